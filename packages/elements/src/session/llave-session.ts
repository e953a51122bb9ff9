import { LlaveSession } from './session.js';

export { LlaveSession };

if (globalThis.customElements && !customElements.get('llave-session'))
  customElements.define('llave-session', LlaveSession);

declare global {
  interface HTMLElementTagNameMap {
    'llave-session': LlaveSession;
  }
}
