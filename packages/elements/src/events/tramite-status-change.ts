import type { Tramite, TramiteStatus } from '@llave-cdmx/core';
import { LlaveEvent } from './base-event.js';

/**
 * Fired by `<llave-tramite-tracker>` when a refresh (button or interval) finds that a trámite's
 * status changed since the last time it was shown. Not fired on the first load.
 */
export class LlaveTramiteStatusChangeEvent extends LlaveEvent {
  static readonly eventName = 'llave-tramite-status-change';
  constructor(
    readonly tramite: Tramite,
    readonly previousStatus: TramiteStatus,
  ) {
    super();
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'llave-tramite-status-change': LlaveTramiteStatusChangeEvent;
  }
}
