import { LlaveDocumentPicker } from './document-picker.js';

export { LlaveDocumentPicker };

// Guarded so a page that loads two copies (CDN + bundle) does not throw.
if (!customElements.get('llave-document-picker')) {
  customElements.define('llave-document-picker', LlaveDocumentPicker);
}

declare global {
  interface HTMLElementTagNameMap {
    'llave-document-picker': LlaveDocumentPicker;
  }
}
