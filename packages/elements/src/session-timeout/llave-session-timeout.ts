import { LlaveSessionTimeout } from './session-timeout.js';

export { LlaveSessionTimeout };

// Guarded so a page that loads two copies (CDN + bundle) does not throw.
if (!customElements.get('llave-session-timeout')) {
  customElements.define('llave-session-timeout', LlaveSessionTimeout);
}

declare global {
  interface HTMLElementTagNameMap {
    'llave-session-timeout': LlaveSessionTimeout;
  }
}
