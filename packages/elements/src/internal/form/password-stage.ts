/**
 * The new-password stage of the registration wizard and the password reset, loaded only when
 * the citizen gets near it (the first keystroke in either starts the download, and the stage
 * waits for it): the strength estimate and the breached-password list are most of its weight,
 * and most visits never need them at first paint (DESIGN.md §6). One chunk for both.
 */
import { type PasswordContext, passwordContextFor, validatePassword } from '@llave-cdmx/core';
import type { ReactiveControllerHost } from 'lit';
import type { CommonTranslator } from '../i18n-controller.js';
import { strengthSentence } from './new-password.js';
import { StrengthAnnouncer } from './strength-announcer.js';

export { newPasswordFields } from './new-password.js';
export { passwordContextFor };

/** Core's rule, the one the server applies (NIST SP 800-63B, breached list, the person's data). */
export function passwordError(password: string, context: PasswordContext): string | undefined {
  const r = validatePassword(password, context);
  return r.ok ? undefined : r.code;
}

export interface Secrets {
  password: string;
  passwordConfirm: string;
}

/**
 * The password and its confirmation, held here in memory only (never in a draft, never in an
 * attribute), whether it is shown, and its strength said politely once typing pauses.
 */
export class PasswordSecrets {
  secrets: Secrets = { password: '', passwordConfirm: '' };
  shown = false;
  readonly #host: ReactiveControllerHost;
  readonly #t: CommonTranslator;
  readonly #announcer: StrengthAnnouncer;

  constructor(host: ReactiveControllerHost, t: CommonTranslator) {
    this.#host = host;
    this.#t = t;
    this.#announcer = new StrengthAnnouncer(host);
  }

  /** What the strength region says, once typing paused. */
  get announcement(): string {
    return this.#announcer.text;
  }

  input(name: 'password' | 'passwordConfirm', value: string, context: PasswordContext): void {
    this.secrets = { ...this.secrets, [name]: value };
    if (name === 'password') this.#announcer.schedule(strengthSentence(this.#t, value, context));
    this.#host.requestUpdate();
  }

  toggle(): void {
    this.shown = !this.shown;
    this.#host.requestUpdate();
  }

  /** Done (or started over): nothing of the password stays. */
  clear(): void {
    this.secrets = { password: '', passwordConfirm: '' };
  }
}
