import { defineElement } from '../internal/define-element.js';
import { LlaveDocumentSigner } from './document-signer.js';

export { LlaveDocumentSigner };

defineElement('llave-document-signer', LlaveDocumentSigner);

declare global {
  interface HTMLElementTagNameMap {
    'llave-document-signer': LlaveDocumentSigner;
  }
}
