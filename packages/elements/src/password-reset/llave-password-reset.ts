import '../contact-verifier/llave-contact-verifier.js';
import { LlavePasswordReset } from './password-reset.js';

export { LlavePasswordReset };

if (!customElements.get('llave-password-reset')) {
  customElements.define('llave-password-reset', LlavePasswordReset);
}

declare global {
  interface HTMLElementTagNameMap {
    'llave-password-reset': LlavePasswordReset;
  }
}
