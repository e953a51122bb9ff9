import { LlaveEvent } from './base-event.js';

/**
 * Fired by `<llave-password-reset>` when the new password was saved. Carries nothing about the
 * account: the page only learns that the citizen can now sign in.
 */
export class LlavePasswordResetEvent extends LlaveEvent {
  static readonly eventName = 'llave-password-reset';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'llave-password-reset': LlavePasswordResetEvent;
  }
}
