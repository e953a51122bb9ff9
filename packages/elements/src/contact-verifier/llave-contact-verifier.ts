import { defineElement } from '../internal/define-element.js';
import { LlaveContactVerifier } from './contact-verifier.js';

export { LlaveContactVerifier };

defineElement('llave-contact-verifier', LlaveContactVerifier);

declare global {
  interface HTMLElementTagNameMap {
    'llave-contact-verifier': LlaveContactVerifier;
  }
}
