import type { Verification } from '@llave-cdmx/core';

/**
 * Fired by `<llave-registration-wizard>` when the account was created (level básica). The email
 * code has been sent; `verification` is what `<llave-contact-verifier>` needs to check it.
 */
export class LlaveRegisteredEvent extends Event {
  static readonly eventName = 'llave-registered';
  constructor(
    readonly accountId: string,
    readonly verification: Verification,
  ) {
    super(LlaveRegisteredEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'llave-registered': LlaveRegisteredEvent;
  }
}
