import { defineElement } from '../internal/define-element.js';
import { LlaveTramiteTracker } from './tramite-tracker.js';

export { LlaveTramiteTracker };

defineElement('llave-tramite-tracker', LlaveTramiteTracker);

declare global {
  interface HTMLElementTagNameMap {
    'llave-tramite-tracker': LlaveTramiteTracker;
  }
}
