import type { EndReason, TimeoutPhase } from '../session-timeout/deadline-controller.js';

/**
 * Fired by `<llave-session-timeout>` when its warning opens (`phase: 'warning'`) or the session
 * ends (`phase: 'ended'` with `reason`), so the page can save a draft. Not fired for property
 * changes made by the page.
 */
export class LlaveSessionTimeoutEvent extends Event {
  static readonly eventName = 'llave-session-timeout';
  constructor(
    readonly phase: Exclude<TimeoutPhase, 'quiet'>,
    readonly reason: EndReason,
  ) {
    super(LlaveSessionTimeoutEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'llave-session-timeout': LlaveSessionTimeoutEvent;
  }
}
