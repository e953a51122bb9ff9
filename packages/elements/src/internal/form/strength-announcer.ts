import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Says the password's strength to screen readers once typing pauses, not on every keystroke
 * (which would interrupt the person on each character, WCAG 4.1.3).
 */
export class StrengthAnnouncer implements ReactiveController {
  text = '';
  #timer?: ReturnType<typeof setTimeout>;
  constructor(
    private readonly host: ReactiveControllerHost,
    readonly delayMs = 900,
  ) {
    host.addController(this);
  }
  schedule(text: string): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.text = text;
      this.host.requestUpdate();
    }, this.delayMs);
  }
  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }
}
