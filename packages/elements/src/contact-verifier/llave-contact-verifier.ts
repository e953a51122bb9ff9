import { LlaveContactVerifier } from './contact-verifier.js';

export { LlaveContactVerifier };

if (!customElements.get('llave-contact-verifier')) {
  customElements.define('llave-contact-verifier', LlaveContactVerifier);
}

declare global {
  interface HTMLElementTagNameMap {
    'llave-contact-verifier': LlaveContactVerifier;
  }
}
