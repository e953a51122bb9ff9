import type { Verification } from '@llave-cdmx/core';
import { LlaveEvent } from './base-event.js';

/**
 * Fired by `<llave-registration-wizard>` when the account was created (level básica). The email
 * code has been sent; `verification` is what `<llave-contact-verifier>` needs to check it.
 */
export class LlaveRegisteredEvent extends LlaveEvent {
  static readonly eventName = 'llave-registered';
  constructor(
    readonly accountId: string,
    readonly verification: Verification,
  ) {
    super();
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'llave-registered': LlaveRegisteredEvent;
  }
}
