import type { Level } from '@llave-cdmx/core';

/**
 * Fired by `<llave-login-button>` just before the browser leaves for Llave CDMX (sign-in or a
 * step-up to a higher level). Cancelable: call `preventDefault()` to stay on the page, e.g. to
 * save a form draft first or to ask for consent, then send the citizen to `url` yourself.
 * Not fired for programmatic property changes.
 */
export class LlaveLoginStartEvent extends Event {
  static readonly eventName = 'llave-login-start';
  constructor(
    /** Where the browser is about to go: `${prefix}/login?returnTo=…[&level=…]`. */
    readonly url: string,
    /** The path (and query) the citizen comes back to. */
    readonly returnTo: string,
    /** The level asked for, when this is a step-up or the page requires one. */
    readonly level?: Level,
  ) {
    super(LlaveLoginStartEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'llave-login-start': LlaveLoginStartEvent;
  }
}
