import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clock } from '../clock.js';

/** How long typing must pause before the strength is said. */
const PAUSE_MS = 900;

/**
 * Says the password's strength to screen readers once typing pauses, not on every keystroke
 * (which would interrupt the person on each character, WCAG 4.1.3). The pause runs on the kit's
 * `clock`, so a test can end it with a fake one instead of waiting for it.
 */
export class StrengthAnnouncer implements ReactiveController {
  text = '';
  #timer?: number;
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }
  schedule(text: string): void {
    clock.clearTimeout(this.#timer);
    this.#timer = clock.setTimeout(() => {
      this.text = text;
      this.host.requestUpdate();
    }, PAUSE_MS);
  }
  hostDisconnected(): void {
    clock.clearTimeout(this.#timer);
  }
}
