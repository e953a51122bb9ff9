import { defineElement } from '../internal/define-element.js';
import { LlaveSessionTimeout } from './session-timeout.js';

export { LlaveSessionTimeout };

defineElement('llave-session-timeout', LlaveSessionTimeout);

declare global {
  interface HTMLElementTagNameMap {
    'llave-session-timeout': LlaveSessionTimeout;
  }
}
