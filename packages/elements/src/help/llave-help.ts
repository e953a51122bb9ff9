import { defineElement } from '../internal/define-element.js';
import { LlaveHelp } from './help.js';

export { LlaveHelp };

defineElement('llave-help', LlaveHelp);

declare global {
  interface HTMLElementTagNameMap {
    'llave-help': LlaveHelp;
  }
}
