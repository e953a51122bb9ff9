import { LlaveHelp } from './help.js';

export { LlaveHelp };

// Guarded so a page that loads two copies (CDN + bundle) does not throw.
if (!customElements.get('llave-help')) customElements.define('llave-help', LlaveHelp);

declare global {
  interface HTMLElementTagNameMap {
    'llave-help': LlaveHelp;
  }
}
