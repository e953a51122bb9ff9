import { type PasswordContext, passwordContextFor, validateEmail } from '@llave-cdmx/core';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import {
  newPasswordFields,
  StrengthAnnouncer,
  strengthSentence,
} from '../internal/form/new-password.js';
import type { CommonTranslator } from '../internal/i18n-controller.js';
import type { Draft } from './draft.js';
import type { Secrets } from './field-rules.js';
import type { WizardView } from './view.js';

/**
 * The password and its confirmation, held here in memory only (never in the draft, never in an
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

  input(name: string, value: string, d: Draft): void {
    this.secrets = { ...this.secrets, [name]: value };
    if (name === 'password')
      this.#announcer.schedule(strengthSentence(this.#t, value, passwordContextFor(d)));
    this.#host.requestUpdate();
  }

  toggle(): void {
    this.shown = !this.shown;
    this.#host.requestUpdate();
  }

  /** The account exists: nothing of the password stays. */
  clear(): void {
    this.secrets = { password: '', passwordConfirm: '' };
  }

  /** What the step renders; `privacyUrl` is the page's notice. */
  view(d: Draft, privacyUrl?: string): PasswordStepState {
    return {
      ...this.secrets,
      shown: this.shown,
      context: passwordContextFor(d),
      announcement: this.#announcer.text,
      privacyUrl,
    };
  }
}

export interface PasswordStepState extends Secrets {
  shown: boolean;
  context: PasswordContext;
  /** What the polite region says about the strength, once typing pauses. */
  announcement: string;
  privacyUrl?: string;
}

/** Step 3: the kit's new-password block under the email as username, and the privacy notice. */
export function passwordStep(v: WizardView, s: PasswordStepState) {
  const d = v.draft;
  const privacy = v.id('acceptPrivacyNotice');
  const email = validateEmail(d.email);
  const error = v.errors.acceptPrivacyNotice;
  return html`
    ${newPasswordFields({
      id: v.id,
      t: v.t,
      labels: {
        account: v.t('password.account'),
        password: v.t('password.password'),
        help: v.t('password.help'),
        confirm: v.t('password.confirm'),
        show: v.t('password.show'),
      },
      message: v.message,
      errors: v.errors,
      password: s.password,
      passwordConfirm: s.passwordConfirm,
      shown: s.shown,
      username: email.ok ? email.value : d.email,
      context: s.context,
      announcement: s.announcement,
    })}
    <div class="llave-rw-field">
      <div class="llave-rw-check">
        <input
          type="checkbox"
          id=${privacy}
          name="acceptPrivacyNotice"
          .checked=${d.acceptPrivacyNotice}
          aria-required="true"
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby="${privacy}-error"
        />
        <label for=${privacy}>${v.t('password.privacy')}</label>
      </div>
      ${s.privacyUrl ? html`<a href=${s.privacyUrl} target="_blank" rel="noopener">${v.t('password.privacyLink')}</a>` : nothing}
      <p class="llave-rw-error" id="${privacy}-error">${error ? v.message(error) : ''}</p>
    </div>`;
}
