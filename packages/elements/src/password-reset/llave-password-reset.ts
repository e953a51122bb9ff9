// The contact verifier loads when the citizen reaches the code (see password-reset.ts).
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
