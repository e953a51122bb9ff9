import type { Channel, Level } from '@llave-cdmx/core';

/**
 * Fired by `<llave-contact-verifier>` when the code was right: the contact is verified and the
 * account's `level` is what the server answered (usually `verificada`).
 */
export class LlaveContactVerifiedEvent extends Event {
  static readonly eventName = 'llave-contact-verified';
  constructor(
    readonly verificationId: string,
    readonly channel: Channel,
    readonly level: Level,
  ) {
    super(LlaveContactVerifiedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'llave-contact-verified': LlaveContactVerifiedEvent;
  }
}
