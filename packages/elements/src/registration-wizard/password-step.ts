import { validateEmail } from '@llave-cdmx/core';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { loadPasswordStage, type PasswordStage } from '../internal/form/load-password-stage.js';
import type { PasswordSecrets, Secrets } from '../internal/form/password-stage.js';
import type { CommonTranslator } from '../internal/i18n-controller.js';
import type { Draft } from './draft.js';
import type { WizardView } from './view.js';

const NONE: Secrets = { password: '', passwordConfirm: '' };

/**
 * Step 3's part of the wizard: the kit's password stage, loaded on demand (the first keystroke
 * anywhere starts it; the step waits for it), and the password it holds in memory only.
 */
export class PasswordStep {
  stage?: PasswordStage;
  #secrets?: PasswordSecrets;
  readonly #host: ReactiveControllerHost;
  readonly #t: CommonTranslator;

  constructor(host: ReactiveControllerHost, t: CommonTranslator) {
    this.#host = host;
    this.#t = t;
  }

  async load(): Promise<void> {
    // Called on every keystroke (to start the download early): once here, nothing to do.
    if (this.stage) return;
    const stage = await loadPasswordStage();
    if (!this.stage) {
      this.stage = stage;
      this.#secrets = new stage.PasswordSecrets(this.#host, this.#t);
    }
    this.#host.requestUpdate();
  }

  get secrets(): Secrets {
    return this.#secrets?.secrets ?? NONE;
  }

  /** Core's password rule for this person (the same the server applies). */
  error = (password: string, d: Draft): string | undefined =>
    this.stage?.passwordError(password, this.stage.passwordContextFor(d));

  input(name: string, value: string, d: Draft): void {
    if (this.stage)
      this.#secrets?.input(name as 'password', value, this.stage.passwordContextFor(d));
  }

  toggle(): void {
    this.#secrets?.toggle();
  }

  clear(): void {
    this.#secrets?.clear();
  }

  render(v: WizardView, privacyUrl?: string) {
    return this.stage && this.#secrets
      ? passwordStep(v, this.stage, this.#secrets, privacyUrl)
      : nothing;
  }
}

/**
 * Step 3: the kit's new-password block (from the password stage, loaded on demand) under the
 * email as username, and the privacy notice.
 */
export function passwordStep(
  v: WizardView,
  stage: PasswordStage,
  pw: PasswordSecrets,
  privacyUrl?: string,
) {
  const d = v.draft;
  const privacy = v.id('acceptPrivacyNotice');
  const email = validateEmail(d.email);
  const error = v.errors.acceptPrivacyNotice;
  return html`
    ${stage.newPasswordFields({
      id: v.id,
      t: v.t,
      message: v.message,
      errors: v.errors,
      ...pw.secrets,
      shown: pw.shown,
      username: email.ok ? email.value : d.email,
      context: stage.passwordContextFor(d),
      announcement: pw.announcement,
    })}
    <div class="llave-rw-field">
      <div class="llave-rw-check">
        <input
          type="checkbox"
          id=${privacy}
          name="acceptPrivacyNotice"
          .checked=${d.acceptPrivacyNotice}
          aria-required="true"
          aria-invalid=${!!error}
          aria-describedby="${privacy}-error"
        />
        <label for=${privacy}>${v.t('password.privacy')}</label>
      </div>
      ${privacyUrl ? html`<a href=${privacyUrl} target="_blank" rel="noopener">${v.t('password.privacyLink')}</a>` : nothing}
      <p class="llave-rw-error" id="${privacy}-error">${error ? v.message(error) : ''}</p>
    </div>`;
}
