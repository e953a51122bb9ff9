import { defineElement } from '../internal/define-element.js';
import { LlaveDocumentPicker } from './document-picker.js';

export { LlaveDocumentPicker };

defineElement('llave-document-picker', LlaveDocumentPicker);

declare global {
  interface HTMLElementTagNameMap {
    'llave-document-picker': LlaveDocumentPicker;
  }
}
