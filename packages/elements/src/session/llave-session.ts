import { defineElement } from '../internal/define-element.js';
import { LlaveSession } from './session.js';

export { LlaveSession };

defineElement('llave-session', LlaveSession);

declare global {
  interface HTMLElementTagNameMap {
    'llave-session': LlaveSession;
  }
}
