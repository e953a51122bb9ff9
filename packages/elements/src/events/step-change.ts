import { LlaveEvent } from './base-event.js';

/** Which way the citizen moved between the registration wizard's steps. */
export type StepDirection = 'forward' | 'back';

/**
 * Fired by `<llave-registration-wizard>` when the citizen moves to another step (1–3, and 4 for
 * the email code). Not fired when the wizard restores a saved draft or when `step` is set from
 * script: only for the citizen's own moves.
 */
export class LlaveStepChangeEvent extends LlaveEvent {
  static readonly eventName = 'llave-step-change';
  constructor(
    readonly step: number,
    readonly direction: StepDirection,
  ) {
    super();
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'llave-step-change': LlaveStepChangeEvent;
  }
}
