import { LlaveTramiteTracker } from './tramite-tracker.js';

export { LlaveTramiteTracker };

// Guarded so a page that loads two copies (CDN + bundle) does not throw.
if (!customElements.get('llave-tramite-tracker')) {
  customElements.define('llave-tramite-tracker', LlaveTramiteTracker);
}

declare global {
  interface HTMLElementTagNameMap {
    'llave-tramite-tracker': LlaveTramiteTracker;
  }
}
