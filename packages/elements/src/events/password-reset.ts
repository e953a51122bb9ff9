/**
 * Fired by `<llave-password-reset>` when the new password was saved. Carries nothing about the
 * account: the page only learns that the citizen can now sign in.
 */
export class LlavePasswordResetEvent extends Event {
  static readonly eventName = 'llave-password-reset';
  constructor() {
    super(LlavePasswordResetEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'llave-password-reset': LlavePasswordResetEvent;
  }
}
