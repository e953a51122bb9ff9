import { LlaveDocumentSigner } from './document-signer.js';

export { LlaveDocumentSigner };

// Guarded so a page that loads two copies (CDN + bundle) does not throw.
if (!customElements.get('llave-document-signer')) {
  customElements.define('llave-document-signer', LlaveDocumentSigner);
}

declare global {
  interface HTMLElementTagNameMap {
    'llave-document-signer': LlaveDocumentSigner;
  }
}
