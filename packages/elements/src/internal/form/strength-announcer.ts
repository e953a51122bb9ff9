import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clock } from '../clock.js';

/**
 * Says the password's strength to screen readers once typing pauses, not on every keystroke
 * (which would interrupt the person on each character, WCAG 4.1.3). The pause runs on the kit's
 * `clock`, so a test can end it with a fake one instead of waiting for it.
 */
export class StrengthAnnouncer implements ReactiveController {
  text = '';
  #timer?: number;
  constructor(
    private readonly host: ReactiveControllerHost,
    readonly delayMs = 900,
  ) {
    host.addController(this);
  }
  schedule(text: string): void {
    clock.clearTimeout(this.#timer);
    this.#timer = clock.setTimeout(() => {
      this.text = text;
      this.host.requestUpdate();
    }, this.delayMs);
  }
  hostDisconnected(): void {
    clock.clearTimeout(this.#timer);
  }
}
