import type { Profile } from '@llave-cdmx/core';
import { LlaveEvent } from './base-event.js';

/** What changed in the ficha: a field saved, or the account's sessions ended. */
export type ProfileChange = 'address' | 'contact' | 'cancelled' | 'misuse-reported';

/**
 * Fired by `<llave-profile>` after the citizen changed their ficha: the address was saved, a new
 * contact was verified (`profile` is the new ficha), or the account was cancelled or a misuse
 * reported (every session ended; `profile` is absent).
 */
export class LlaveProfileChangeEvent extends LlaveEvent {
  static readonly eventName = 'llave-profile-change';
  constructor(
    readonly change: ProfileChange,
    readonly profile?: Profile,
  ) {
    super();
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'llave-profile-change': LlaveProfileChangeEvent;
  }
}
