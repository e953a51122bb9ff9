// The contact verifier loads when the citizen reaches the code (see password-reset.ts).
import { defineElement } from '../internal/define-element.js';
import { LlavePasswordReset } from './password-reset.js';

export { LlavePasswordReset };

defineElement('llave-password-reset', LlavePasswordReset);

declare global {
  interface HTMLElementTagNameMap {
    'llave-password-reset': LlavePasswordReset;
  }
}
