import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clock } from '../internal/clock.js';

/**
 * Counts down to a moment (a resend becoming available) and re-renders its host every second
 * while it runs. The host announces only the start and the end: a live region that spoke every
 * second would drown everything else a screen-reader user hears (WCAG 2.2.1, 4.1.3). Runs on the
 * kit's `clock`, so a test moves through the countdown with a fake one instead of waiting.
 */
export class CountdownController implements ReactiveController {
  #until = 0;
  #timer?: number;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onEnd: () => void,
  ) {
    host.addController(this);
  }

  /** Whole seconds left, 0 when done. */
  get secondsLeft(): number {
    return Math.max(0, Math.ceil((this.#until - clock.now()) / 1000));
  }

  /** Starts (or restarts) the countdown to `until` (ms since epoch or an ISO string). */
  start(until: number | string): void {
    this.#until = typeof until === 'string' ? Date.parse(until) : until;
    this.#stop();
    if (this.secondsLeft === 0) return;
    this.#tick();
    this.host.requestUpdate();
  }

  /**
   * The next tick falls when the next whole second is used up (the clock has timeouts, not
   * intervals), so the visible `m:ss` never skips one and the end is said the moment a resend
   * becomes possible, not up to a second later.
   */
  #tick(): void {
    const ms = (this.#until - clock.now()) % 1000 || 1000;
    this.#timer = clock.setTimeout(() => {
      this.#timer = undefined;
      if (this.secondsLeft === 0) this.onEnd();
      else this.#tick();
      this.host.requestUpdate();
    }, ms);
  }

  hostConnected(): void {
    if (this.#until && this.secondsLeft > 0 && !this.#timer) this.start(this.#until);
  }

  hostDisconnected(): void {
    this.#stop();
  }

  #stop(): void {
    clock.clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}

/** `m:ss` for the visible countdown. */
export function formatSeconds(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
