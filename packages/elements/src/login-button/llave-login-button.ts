import { LlaveLoginButton } from './login-button.js';

export { LlaveLoginButton };

// Guarded twice: a page may load two copies (npm + CDN), and Node (SSR) has no registry.
if (globalThis.customElements && !customElements.get('llave-login-button')) {
  customElements.define('llave-login-button', LlaveLoginButton);
}

declare global {
  interface HTMLElementTagNameMap {
    'llave-login-button': LlaveLoginButton;
  }
}
