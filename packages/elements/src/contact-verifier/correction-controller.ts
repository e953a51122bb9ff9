import { LlaveError, type Verification } from '@llave-cdmx/core';
import type { ReactiveControllerHost } from 'lit';
import type { CodeChannel } from '../internal/code-channel.js';

/** A message kept untranslated: it is said in whatever language the host has at render time. */
export type Say = () => string;

type Key =
  | 'errors.destination_invalid'
  | 'common:errors.email_registered'
  | 'common:errors.phone_registered';

export interface CorrectionDeps {
  channel: () => CodeChannel;
  t: (key: Key) => string;
  /** Words any other failure (network, server…) as the verifier does. */
  message: (err: unknown) => Say;
  /** A fresh signal that aborts the verifier's previous action. */
  newAction: () => AbortSignal;
  /** The code went to the corrected contact. */
  sent: (next: Verification, destination: string) => void;
}

/**
 * "No es correcto, quiero corregirlo": whether the small form is open, its error, and sending
 * the code to the corrected contact through the channel's `correct`. The form's field takes focus
 * when it opens, so the citizen can type at once (WCAG 2.4.3).
 */
export class CorrectionController {
  open = false;
  error?: Say;

  // Private fields: the minifier shortens their names (the verifier's budget is tight).
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #deps: CorrectionDeps;

  constructor(host: ReactiveControllerHost & HTMLElement, deps: CorrectionDeps) {
    this.#host = host;
    this.#deps = deps;
  }

  /** Offered only when the channel can send to another contact. */
  get offered(): boolean {
    return Boolean(this.#deps.channel().correct);
  }

  async toggle(): Promise<void> {
    this.open = !this.open;
    this.#host.requestUpdate();
    if (!this.open) return;
    await this.#host.updateComplete;
    this.#host.shadowRoot?.querySelector<HTMLInputElement>('#destination')?.focus();
  }

  cancel(): void {
    this.open = false;
    this.#say(undefined);
  }

  invalid(): void {
    this.#say(() => this.#deps.t('errors.destination_invalid'));
  }

  async submit(destination: string): Promise<void> {
    const correct = this.#deps.channel().correct;
    if (!correct) return;
    const signal = this.#deps.newAction();
    try {
      const next = await correct(destination, signal);
      this.open = false;
      this.#say(undefined);
      this.#deps.sent(next, destination);
    } catch (err) {
      if (signal.aborted) return;
      const code = err instanceof LlaveError ? err.code : '';
      this.#say(
        code === 'email_registered' || code === 'phone_registered'
          ? () => this.#deps.t(`common:errors.${code}`)
          : code === 'validation_failed' || code === 'bad_request'
            ? () => this.#deps.t('errors.destination_invalid')
            : this.#deps.message(err),
      );
    }
  }

  #say(error: Say | undefined): void {
    this.error = error;
    this.#host.requestUpdate();
  }
}
