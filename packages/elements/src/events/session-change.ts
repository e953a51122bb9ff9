import type { SessionInfo } from '@llave-cdmx/core';

/**
 * Fired when the citizen's session changes: first read, sign-out, or a refresh that finds a
 * different session. Not fired for programmatic property changes.
 */
export class LlaveSessionChangeEvent extends Event {
  static readonly eventName = 'llave-session-change';
  constructor(readonly session: SessionInfo) {
    super(LlaveSessionChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'llave-session-change': LlaveSessionChangeEvent;
  }
}
