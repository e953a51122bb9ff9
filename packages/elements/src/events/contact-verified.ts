import type { Channel, Level } from '@llave-cdmx/core';
import { LlaveEvent } from './base-event.js';

/**
 * Fired by `<llave-contact-verifier>` when the code was right: the contact is verified and the
 * account's `level` is what the server answered (usually `verificada`).
 */
export class LlaveContactVerifiedEvent extends LlaveEvent {
  static readonly eventName = 'llave-contact-verified';
  constructor(
    readonly verificationId: string,
    readonly channel: Channel,
    readonly level: Level,
  ) {
    super();
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'llave-contact-verified': LlaveContactVerifiedEvent;
  }
}
