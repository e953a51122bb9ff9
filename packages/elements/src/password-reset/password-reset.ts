import {
  apiPaths,
  type BffClient,
  common,
  LlaveError,
  type PasswordResetStarted,
  parseCurp,
  type Verification,
  validateEmail,
  validateMobile,
} from '@llave-cdmx/core';
import { html, nothing, render } from 'lit';
import { LlavePasswordResetEvent } from '../events/password-reset.js';
import { LlaveElement } from '../internal/base-element.js';
import { baseStyles } from '../internal/base-styles.js';
import type { CodeChannel } from '../internal/code-channel.js';
import { type FieldView, textField } from '../internal/form/fields.js';
import { LightForm } from '../internal/form/light-form.js';
import { loadPasswordStage, type PasswordStage } from '../internal/form/load-password-stage.js';
import type { PasswordSecrets } from '../internal/form/password-stage.js';
import { type HelpTopic, helpStrings, helpStyles, renderHelp } from '../internal/help/help.js';
import { I18nController } from '../internal/i18n-controller.js';
import { loadContactVerifier } from '../internal/load-verifier.js';
import { SessionController } from '../internal/session-controller.js';
import { StatesController } from '../internal/states-controller.js';
import { resetStrings as S } from './password-reset.strings.js';
import { resetStyles } from './password-reset.styles.js';
import { resetCodeChannel, resetVerification } from './reset-channel.js';

/**
 * The later steps load on demand (the first keystroke starts the download): the verifier for
 * the code, the kit's password stage (strength estimate, breached-password list) for the new
 * password.
 */
const loadVerifier = loadContactVerifier;

type Stage = 'start' | 'code' | 'password' | 'done';
let instances = 0;

/** The contact as the API expects it: a normalised email or an E.164 mobile. */
function normaliseContact(input: string): string | undefined {
  const email = validateEmail(input);
  if (email.ok) return email.value;
  const mobile = validateMobile(input);
  return mobile.ok ? mobile.value : undefined;
}

/**
 * @summary Recovers a forgotten password: CURP and contact, then the code, then a new password
 * (NIST rules, strength meter), without ever saying whether an account exists.
 *
 * Fields are rendered into a light-DOM `<form>` (slotted) so password managers offer to update
 * the saved password.
 *
 * @slot - Holds the light-DOM form the element creates; do not put content here.
 * @event llave-password-reset - The new password was saved.
 * @csspart heading - The stage heading.
 * @csspart help - The help disclosure at the end, the same in every component.
 * @cssproperty --llave-password-reset-max-width - Maximum width (default 36rem).
 * @cssproperty --llave-password-reset-reserved-height - Height reserved before upgrade (llave.css) and kept as a minimum, so nothing moves (default 30rem: its end help made it 29.6rem tall on a desktop).
 * @cssstate busy - A request is under way.
 * @cssstate done - The password was changed.
 *
 * @property client - The BFF client (defaults to the session's).
 * @property signInUrl - (`sign-in-url`) Where "sign in" goes at the end (default: the BFF login).
 * @property helpHref - (`help-href`) The agency's help page, linked from the help at the end.
 */
export class LlavePasswordReset extends LlaveElement {
  static override styles = [baseStyles, resetStyles, helpStyles];

  // `static properties` rather than decorators: no page downloads the decorator runtime
  // (DESIGN.md §6). Fields below are plain assignments (useDefineForClassFields: false), so Lit's
  // accessors see them. `state: true` alone: Lit gives state no attribute (createProperty sets
  // `attribute: false`), and the manifest keeps only the header's members (public-contract.mjs).
  static override properties = {
    client: { attribute: false },
    signInUrl: { attribute: 'sign-in-url' },
    helpHref: { attribute: 'help-href' },
    stage: { state: true },
    curp: { state: true },
    contact: { state: true },
    errors: { state: true },
    summary: { state: true },
    alert: { state: true },
    busy: { state: true },
    started: { state: true },
    offline: { state: true },
  };

  client?: BffClient;
  signInUrl?: string;
  helpHref?: string;

  private stage: Stage = 'start';
  private curp = '';
  private contact = '';
  private errors: Record<string, string> = {};
  private summary: string[] = [];
  private alert = '';
  private busy = false;
  private started?: PasswordResetStarted;
  /** The last request failed for want of a connection: the help leads with that answer. */
  private offline = false;

  #resetToken = '';
  #code?: { started: PasswordResetStarted; verification: Verification; channel: CodeChannel };
  readonly #uid = `llave-pr-${++instances}`;
  readonly #light = new LightForm(this, {
    input: (e) => this.#onInput(e),
    submit: (e) => void this.#onSubmit(e),
    click: (e) => {
      if ((e.target as Element).closest('button')?.name === 'toggle-password')
        this.#secrets?.toggle();
    },
  });
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: a controller works through its host
  readonly #states = new StatesController(this, () => ({
    busy: this.busy,
    done: this.stage === 'done',
  }));
  readonly #i18n = new I18nController(this, [S, common, helpStrings]);
  readonly #session = new SessionController(this);

  get #client(): BffClient {
    return this.#session.client(this.client);
  }

  readonly #t = this.#i18n.translator;
  #message = (code: string) => this.#i18n.error(code);

  get #view(): FieldView {
    return { errors: this.errors, id: (name) => `${this.#uid}-${name}`, message: this.#message };
  }

  protected override updated(): void {
    render(this.#renderForm(), this.#light.form, { host: this });
  }

  override render() {
    const t = this.#t;
    return html`<h2 part="heading" tabindex="-1">${t(`steps.${this.stage}`)}</h2>
      ${
        this.summary.length
          ? html`<div class="summary" tabindex="-1" role="group" aria-labelledby="summary-title">
              <p id="summary-title"><strong>${t('common:form.summary')}</strong></p>
              <ul>
                ${this.summary.map(
                  (name) =>
                    html`<li><a href="#${this.#view.id(name)}" @click=${(e: Event) => {
                      e.preventDefault();
                      this.#light.form.querySelector<HTMLElement>(`[name="${name}"]`)?.focus();
                    }}>${this.#message(this.errors[name] ?? '')}</a></li>`,
                )}
              </ul>
            </div>`
          : nothing
      }
      ${this.alert ? html`<div class="alert" role="alert">${this.alert}</div>` : nothing}
      ${this.stage === 'start' ? html`<p>${t('intro')}</p>` : nothing}
      ${this.stage === 'code' ? this.#renderCode() : nothing}
      <slot></slot>
      ${
        this.stage === 'done'
          ? html`<p class="done" role="status">${t('done')}</p>
              <a class="button" href=${this.signInUrl ?? this.#client.loginUrl()}>${t('common:actions.enterAccount')}</a>`
          : nothing
      }
      ${
        this.stage === 'code' || this.stage === 'password'
          ? html`<p><button type="button" class="link" @click=${() => this.#restart()}>${t('startOver')}</button></p>`
          : nothing
      }
      ${
        // The verifier offers its own (code) help on the code stage: one help, in one place.
        this.stage === 'code'
          ? nothing
          : renderHelp(t, { topics: this.#helpTopics(), href: this.helpHref })
      }`;
  }

  /** The guide's short answers for the trouble at hand, the most likely first. */
  #helpTopics(): HelpTopic[] {
    if (this.offline) return ['pageNotLoading', 'forgotContact'];
    if (this.stage === 'start') return ['forgotContact', 'pageNotLoading'];
    return ['pageNotLoading', 'tramitesAgency'];
  }

  #renderCode() {
    const s = this.started!;
    // Once per reset: a new object each render would reset the verifier's attempts and lock.
    if (this.#code?.started !== s) {
      const channel = resetCodeChannel(
        () => this.#client,
        s,
        (token) => {
          this.#resetToken = token;
          void this.#goTo('password');
        },
      );
      this.#code = { started: s, verification: resetVerification(s), channel };
    }
    return html`<p role="status">${this.#t('sent', { destination: s.destinationMasked })}</p>
      <llave-contact-verifier
        .codeChannel=${this.#code.channel}
        .client=${this.#client}
        help-href=${this.helpHref ?? nothing}
        .verification=${this.#code.verification}
      ></llave-contact-verifier>`;
  }

  #renderForm() {
    const v = this.#view;
    const t = this.#t;
    if (this.stage === 'start')
      return html`${textField(v, 'curp', { label: t('common:personal.curp'), help: t('curpHelp'), value: this.curp, maxlength: 18, autocapitalize: 'characters' })}
        ${textField(v, 'contact', { label: t('contact'), help: t('contactHelp'), value: this.contact, autocomplete: 'username', inputmode: 'email' })}
        <div class="llave-rw-actions">
          <button type="submit" class="llave-rw-primary" aria-disabled=${String(this.busy)}>${t(this.busy ? 'sending' : 'send')}</button>
        </div>`;
    const pw = this.#pw;
    if (this.stage === 'password' && pw)
      return html`${pw.stage.newPasswordFields({
        id: v.id,
        t,
        message: this.#message,
        errors: this.errors,
        ...pw.secrets.secrets,
        shown: pw.secrets.shown,
        username: normaliseContact(this.contact) ?? this.contact,
        context: this.#context,
        announcement: pw.secrets.announcement,
      })}
        <div class="llave-rw-actions">
          <button type="submit" class="llave-rw-primary" aria-disabled=${String(this.busy)}>${t(this.busy ? 'common:status.saving' : 'save')}</button>
        </div>`;
    return nothing;
  }

  /** Set once the password step's module is here (always before that step renders). */
  #pw?: { stage: PasswordStage; secrets: PasswordSecrets };

  get #secrets(): PasswordSecrets | undefined {
    return this.#pw?.secrets;
  }

  /** The reset's password rule: the person's CURP and contact may not make the password. */
  get #context() {
    return this.#pw!.stage.passwordContextFor({ curp: this.curp, email: this.contact });
  }

  #onInput(e: Event): void {
    const el = e.target as HTMLInputElement;
    void loadVerifier();
    void loadPasswordStage();
    if (el.name === 'curp') this.curp = el.value;
    else if (el.name === 'contact') this.contact = el.value;
    else if (el.name === 'password' || el.name === 'passwordConfirm')
      this.#secrets?.input(el.name, el.value, this.#context);
  }

  #validate(): Record<string, string> {
    const errors: Record<string, string> = {};
    if (this.stage === 'start') {
      const curp = parseCurp(this.curp);
      if (!curp.ok) errors.curp = curp.code;
      if (!normaliseContact(this.contact)) errors.contact = 'contact';
    } else {
      const { password, passwordConfirm } = this.#secrets!.secrets;
      const error = this.#pw!.stage.passwordError(password, this.#context);
      if (error) errors.password = error;
      else if (password !== passwordConfirm) errors.passwordConfirm = 'password_mismatch';
    }
    return errors;
  }

  async #onSubmit(e: Event): Promise<void> {
    e.preventDefault();
    if (this.busy) return;
    this.errors = this.#validate();
    this.summary = Object.keys(this.errors);
    this.alert = '';
    if (this.summary.length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.summary')?.focus();
      return;
    }
    this.busy = true;
    this.offline = false;
    try {
      if (this.stage === 'start') {
        this.started = await this.#client.api<PasswordResetStarted>(apiPaths.passwordResets, {
          body: { curp: this.curp.trim().toUpperCase(), contact: normaliseContact(this.contact) },
        });
        await this.#goTo('code');
      } else {
        await this.#client.api(apiPaths.passwordResetPassword(this.started!.resetId), {
          method: 'PUT',
          body: { resetToken: this.#resetToken, password: this.#secrets!.secrets.password },
        });
        this.#secrets?.clear();
        this.#resetToken = '';
        await this.#goTo('done');
        this.dispatchEvent(new LlavePasswordResetEvent());
      }
    } catch (err) {
      this.#onError(err);
    } finally {
      this.busy = false;
    }
  }

  #onError(err: unknown): void {
    if (!(err instanceof LlaveError)) throw err;
    this.offline = err.kind === 'network';
    if (err.code === 'validation_failed' && err.fields.password) {
      this.errors = { password: err.fields.password };
      this.summary = ['password'];
    } else if (['code_expired', 'code_invalid', 'code_used', 'not_found'].includes(err.code)) {
      this.#restart('expired');
    } else {
      this.alert = this.#message(
        err.kind === 'network'
          ? 'network_error'
          : err.kind === 'rate-limited'
            ? 'rate_limited'
            : 'internal_error',
      );
    }
  }

  /** Back to the first form; what was typed there stays (only the secret parts go). */
  #restart(reason?: string): void {
    this.#secrets?.clear();
    this.#resetToken = '';
    this.started = undefined;
    void this.#goTo('start').then(() => {
      if (reason) this.alert = this.#message(reason);
    });
  }

  async #goTo(stage: Stage): Promise<void> {
    if (stage === 'code') await loadVerifier();
    if (stage === 'password') {
      const loaded = await loadPasswordStage();
      this.#pw ??= { stage: loaded, secrets: new loaded.PasswordSecrets(this, this.#t) };
    }
    this.stage = stage;
    this.errors = {};
    this.summary = [];
    this.alert = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }
}
