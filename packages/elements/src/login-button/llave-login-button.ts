import { defineElement } from '../internal/define-element.js';
import { LlaveLoginButton } from './login-button.js';

export { LlaveLoginButton };

defineElement('llave-login-button', LlaveLoginButton);

declare global {
  interface HTMLElementTagNameMap {
    'llave-login-button': LlaveLoginButton;
  }
}
