import {
  type AvailabilityResponse,
  apiPaths,
  type BffClient,
  type CurpLookup,
  isoDate,
  LlaveError,
  type PostalCodeLookup,
  parseCurp,
  passwordContextFor,
  type RegistrationResponse,
  validateEmail,
  validateMobile,
  validatePostalCode,
} from '@llave-cdmx/core';
import { html, LitElement, nothing, render } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LlaveRegisteredEvent } from '../events/registered.js';
import { LlaveStepChangeEvent, type StepDirection } from '../events/step-change.js';
import { baseStyles } from '../internal/base-styles.js';
import { LightForm } from '../internal/form/light-form.js';
import {
  newPasswordFields,
  StrengthAnnouncer,
  strengthSentence,
} from '../internal/form/new-password.js';
import { type HelpTopic, helpStyles, renderHelp } from '../internal/help/help.js';
import { I18nController } from '../internal/i18n-controller.js';
import { loadContactVerifier } from '../internal/load-verifier.js';
import { SessionController } from '../internal/session-controller.js';
import { StatesController } from '../internal/states-controller.js';
import { buildRequest } from './build-request.js';
import { contactStep } from './contact-step.js';
import { countryCode } from './countries.js';
import { clearDraft, type Draft, emptyDraft, loadDraft, saveDraft } from './draft.js';
import { personalStep } from './personal-step.js';
import { wizardNamespaces } from './registration-wizard.strings.js';
import { wizardStyles } from './registration-wizard.styles.js';
import {
  birthDateError,
  FIELD_STEP,
  type FieldErrors,
  validateField,
  validateStep,
} from './validate.js';
import type { WizardView } from './view.js';

type Step = 1 | 2 | 3;
type Conflict = {
  code: 'curp_registered' | 'email_registered' | 'phone_registered';
  helpUrl?: string;
};
let instances = 0;

/**
 * @summary Creates a Llave CDMX account in three steps (your data, contact, password) and ends
 * with the email code.
 *
 * The fields are rendered into a `<form>` in the element's light DOM (slotted), so password
 * managers and address autofill find them; nothing the citizen types is lost when going back or
 * reloading (a sessionStorage draft that never holds the password).
 *
 * @slot - Holds the light-DOM form the wizard creates; do not put content here.
 *
 * @event llave-step-change - The citizen moved to another step (`step`, `direction`).
 * @event llave-registered - The account exists (`accountId`, `verification`).
 * @event llave-contact-verified - Re-dispatched from the last step: the email is confirmed.
 *
 * @csspart progress - The ordered list of steps.
 * @csspart heading - The step heading ("Paso N de 3").
 * @csspart summary - The error summary shown on a submit with errors.
 * @csspart conflict - The "already registered" message.
 * @csspart help - The help disclosure at the end, the same in every component.
 * @csspart sign-in - The "Iniciar sesión" link once the account is ready.
 *
 * @cssproperty --llave-registration-wizard-gap - Space between fields (default 1rem).
 * @cssproperty --llave-registration-wizard-max-width - Maximum width (default 40rem).
 * @cssproperty --llave-registration-wizard-reserved-height - Height reserved before upgrade (llave.css; default 65rem, the least the first step measures).
 *
 * @cssstate busy - A request is under way.
 * @cssstate registered - The account was created; the email code is being checked.
 *
 * @property draftKey - (`draft-key`) Names the sessionStorage draft (two wizards, two keys).
 * @property client - The BFF client (defaults to the session's).
 * @property resetUrl - (`reset-url`) Where "recover my password" goes in conflict messages.
 * @property privacyUrl - (`privacy-url`) The privacy notice the citizen accepts.
 * @property helpHref - (`help-href`) The agency's help page, linked from the help at the end.
 * @property returnTo - (`return-to`) The page to come back to after signing in with the new
 *   account (the "Iniciar sesión" link at the end; default `/`).
 * @property step - The current step (1–3, 4 for the email code); read-only.
 */
export class LlaveRegistrationWizard extends LitElement {
  static override styles = [baseStyles, wizardStyles, helpStyles];

  @property({ attribute: 'draft-key' }) draftKey = 'default';
  @property({ attribute: false }) client?: BffClient;
  @property({ attribute: 'reset-url' }) resetUrl?: string;
  @property({ attribute: 'privacy-url' }) privacyUrl?: string;
  @property({ attribute: 'help-href' }) helpHref?: string;
  @property({ attribute: 'return-to' }) returnTo = '/';

  @state() private draft: Draft = emptyDraft();
  @state() private errors: FieldErrors = {};
  @state() private summary: string[] = [];
  @state() private conflict?: Conflict;
  @state() private alert = '';
  @state() private postal?: PostalCodeLookup | null;
  @state() private postalPending = false;
  @state() private curpPending = false;
  @state() private busy = false;
  @state() private shown = false;
  @state() private registration?: RegistrationResponse;
  @state() private verified = false;

  // The password lives only here, in memory: never in the draft, never in an attribute.
  #password = '';
  #passwordConfirm = '';
  readonly #uid = `llave-rw-${++instances}`;
  readonly #light = new LightForm(this, {
    input: (e) => this.#onInput(e),
    change: (e) => this.#onChange(e),
    submit: (e) => void this.#onSubmit(e),
    click: (e) => this.#onClick(e),
  });
  readonly #internals = this.attachInternals();
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: a controller works through its host
  readonly #states = new StatesController(this, this.#internals, () => ({
    busy: this.busy,
    registered: !!this.registration,
  }));
  readonly #i18n = new I18nController(this, wizardNamespaces);
  readonly #session = new SessionController(this);
  readonly #announcer = new StrengthAnnouncer(this);
  #restored = false;
  #curpAbort?: AbortController;
  #postalAbort?: AbortController;

  get #form(): HTMLFormElement {
    return this.#light.form;
  }

  get step(): Step | 4 {
    return this.registration ? 4 : this.draft.step;
  }

  get #client(): BffClient {
    return this.#session.client(this.client);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#restored) {
      this.#restored = true;
      this.draft = loadDraft(this.draftKey);
      // A restored CP or CURP brings back what was looked up for it.
      if (this.draft.codigoPostal) void this.#lookupPostal(this.draft.codigoPostal);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#curpAbort?.abort();
    this.#postalAbort?.abort();
  }

  /* ------------------------------------------------------------ rendering */

  /** A wizard key, or a `common:` one (shared labels: sexo, documents, password strength). */
  readonly #t = this.#i18n.translator;

  get #view(): WizardView {
    return {
      draft: this.draft,
      errors: this.errors,
      id: (name) => `${this.#uid}-${name}`,
      value: (name) => String(this.draft[name as keyof Draft] ?? ''),
      optionalLabel: this.#t('optional'),
      chooseLabel: this.#t('personal.choose'),
      t: this.#t,
      message: (code) => this.#i18n.error(code),
      lang: this.#i18n.language,
    };
  }

  protected override updated(): void {
    render(this.#renderForm(), this.#form, { host: this });
  }

  override render() {
    const step = this.step;
    const t = this.#t;
    return html`
      <ol class="progress" part="progress" aria-label=${t('progress')}>
        ${([1, 2, 3] as const).map((n) => {
          const name = t(`steps.${n}`);
          const done = n < step;
          return html`<li aria-current=${n === step ? 'step' : nothing} class=${done ? 'done' : ''}>
            ${
              done && step !== 4
                ? html`<button type="button" @click=${() => this.#goTo(n, 'back')}>
                    ${t('goTo', { step: n, name })}
                  </button>`
                : html`<span>${n}. ${name}</span>`
            }${done ? html`<span class="visually-hidden"> (${t('done')})</span>` : nothing}
          </li>`;
        })}
      </ol>
      <h2 part="heading" tabindex="-1">
        ${step !== 4 ? html`<span class="step-of">${t('stepOf', { step })}</span>` : nothing}
        ${this.verified ? t('verify.title') : t(`steps.${step}`)}
      </h2>
      ${this.#renderSummary()} ${this.#renderConflict()}
      ${this.alert ? html`<div class="alert" role="alert">${this.alert}</div>` : nothing}
      <slot></slot>
      ${step === 4 ? this.#renderVerify() : nothing}
      ${
        // The verifier offers its own (code) help on the last step: one help, in one place.
        step === 4 && !this.verified
          ? nothing
          : renderHelp(this.#t, { topics: this.#helpTopics(), href: this.helpHref })
      }
    `;
  }

  #renderSummary() {
    if (!this.summary.length) return nothing;
    return html`<div class="summary" part="summary" tabindex="-1" role="group" aria-labelledby="summary-title">
      <p id="summary-title"><strong>${this.#t('summary.title')}</strong></p>
      <ul>
        ${this.summary.map(
          (name) => html`<li>
            <a href="#${this.#view.id(name)}" @click=${(e: Event) => {
              e.preventDefault();
              this.#focusField(name);
            }}>${this.#view.message(this.errors[name] ?? 'required')}</a>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  /** The email as typed (normalised), so the code step shows it in full, typo and all. */
  #typedEmail(): string {
    const r = validateEmail(this.draft.email);
    return r.ok ? r.value : this.draft.email;
  }

  /** The guide's answers for the trouble at hand: the conflict first, then the usual ones. */
  #helpTopics(): HelpTopic[] {
    const c = this.conflict?.code;
    const first: HelpTopic[] =
      c === 'curp_registered'
        ? ['curpRegistered']
        : c === 'email_registered'
          ? ['emailRegistered']
          : c === 'phone_registered'
            ? ['phoneRegistered']
            : [];
    return [...first, 'pageNotLoading', 'tramitesAgency'];
  }

  /**
   * The conflict says what happened and what the guide says to do (sign in or recover; if the
   * account is not yours, a módulo de atención or writing with ID, proof of address and a
   * photo; LOCATEL), then the ways out. Focus goes to the message itself (tabindex -1), so it is
   * read first, not to a link.
   */
  #renderConflict() {
    const c = this.conflict;
    if (!c) return nothing;
    const t = this.#t;
    const topic = this.#helpTopics()[0]!;
    return html`<div class="conflict" part="conflict" role="group" tabindex="-1" aria-labelledby="conflict-title">
      <p id="conflict-title"><strong>${t(`conflict.${c.code}`)}</strong></p>
      <p>${t(`help:topics.${topic}.answer`)}</p>
      <ul>
        <li><a href=${this.#client.loginUrl(location.pathname)}>${t('conflict.signIn')}</a></li>
        ${this.resetUrl ? html`<li><a href=${this.resetUrl}>${t('conflict.recover')}</a></li>` : nothing}
        ${c.helpUrl || this.helpHref ? html`<li><a href=${(c.helpUrl || this.helpHref)!}>${t('conflict.help')}</a></li>` : nothing}
      </ul>
      <p>${t('conflict.locatel')} <a href="tel:+525556581111">55 5658 1111</a></p>
    </div>`;
  }

  #renderVerify() {
    // However step 4 was reached (also from a page that set the registration), the verifier it
    // shows must come: the tag upgrades when its code arrives.
    void loadContactVerifier();
    const reg = this.registration!;
    return this.verified
      ? html`<p class="done-message">${this.#t('verify.done')}</p>
          <p>
            <a class="button" part="sign-in" href=${this.#client.loginUrl(this.returnTo)}
              >${this.#t('verify.signIn')}</a
            >
          </p>`
      : html`<p>${this.#t('verify.intro')}</p>
          <llave-contact-verifier
            .verification=${reg.verification}
            .destination=${this.#typedEmail()}
            .client=${this.#client}
            help-href=${this.helpHref ?? nothing}
            @llave-contact-verified=${() => void this.#finished()}
          ></llave-contact-verifier>`;
  }

  /**
   * The account is ready: say so in the heading and put focus there (WCAG 2.4.3), with the next
   * step right below it, instead of leaving focus on <body> under a stale "Confirma tu correo".
   */
  async #finished(): Promise<void> {
    this.verified = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  #renderForm() {
    const step = this.step;
    if (step === 4) return nothing;
    const v = this.#view;
    const t = this.#t;
    const body =
      step === 1
        ? personalStep(v, {
            postal: this.postal,
            postalPending: this.postalPending,
            curpPending: this.curpPending,
          })
        : step === 2
          ? contactStep(v)
          : this.#passwordStep(v);
    return html`${body}
      <div class="llave-rw-actions">
        <button type="submit" class="llave-rw-primary" aria-disabled=${this.busy ? 'true' : 'false'}>
          ${this.busy ? t(step === 3 ? 'sending' : 'checking') : t(step === 3 ? 'submit' : 'next')}
        </button>
        ${step > 1 ? html`<button type="button" class="llave-rw-secondary" name="back">${t('back')}</button>` : nothing}
      </div>`;
  }

  #passwordStep(v: WizardView) {
    const d = this.draft;
    const privacy = v.id('acceptPrivacyNotice');
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
        errors: this.errors,
        password: this.#password,
        passwordConfirm: this.#passwordConfirm,
        shown: this.shown,
        username: validateEmail(d.email).ok
          ? (validateEmail(d.email) as { value: string }).value
          : d.email,
        context: this.#passwordContext,
        announcement: this.#announcer.text,
      })}
      <div class="llave-rw-field">
        <div class="llave-rw-check">
          <input
            type="checkbox"
            id=${privacy}
            name="acceptPrivacyNotice"
            .checked=${d.acceptPrivacyNotice}
            aria-required="true"
            aria-invalid=${this.errors.acceptPrivacyNotice ? 'true' : 'false'}
            aria-describedby="${privacy}-error"
          />
          <label for=${privacy}>${v.t('password.privacy')}</label>
        </div>
        ${this.privacyUrl ? html`<a href=${this.privacyUrl} target="_blank" rel="noopener">${v.t('password.privacyLink')}</a>` : nothing}
        <p class="llave-rw-error" id="${privacy}-error">
          ${this.errors.acceptPrivacyNotice ? v.message(this.errors.acceptPrivacyNotice) : ''}
        </p>
      </div>`;
  }

  /** Core's one rule: the same facts the server refuses a password for. */
  get #passwordContext() {
    return passwordContextFor(this.draft);
  }

  /* ------------------------------------------------------------ input */

  #update(patch: Partial<Draft>): void {
    this.draft = { ...this.draft, ...patch };
    saveDraft(this.draftKey, this.draft);
  }

  #revalidate(name: string): void {
    const code = validateField(name, this.draft, this.postal ?? undefined, this.#secrets);
    const next = { ...this.errors };
    if (code) next[name] = code;
    else delete next[name];
    this.errors = next;
  }

  get #secrets() {
    return { password: this.#password, passwordConfirm: this.#passwordConfirm };
  }

  #onInput(e: Event): void {
    // The code step's verifier downloads while the citizen fills in the form.
    void loadContactVerifier();
    const el = e.target as HTMLInputElement;
    const name = el.name;
    if (name === 'password' || name === 'passwordConfirm') {
      if (name === 'password') {
        this.#password = el.value;
        this.#announcer.schedule(strengthSentence(this.#t, el.value, this.#passwordContext));
      } else this.#passwordConfirm = el.value;
      if (this.errors[name]) this.#revalidate(name);
      this.requestUpdate();
      return;
    }
    if (name === 'noCurp') {
      this.#update({ kind: el.checked ? 'extranjero' : 'nacional', fromRegistry: false });
      this.errors = {};
      return;
    }
    if (name === 'acceptPrivacyNotice') {
      this.#update({ acceptPrivacyNotice: el.checked });
      if (this.errors[name]) this.#revalidate(name);
      return;
    }
    if (name === 'nacionalidad') {
      const code = countryCode(el.value, this.#i18n.language);
      this.#update({ nacionalidad: code, nacionalidadTexto: el.value });
      if (this.errors[name] || code) this.#revalidate(name);
      return;
    }
    if (name === 'fechaDia' || name === 'fechaMes' || name === 'fechaAnio') {
      this.#onDatePart(name, el.value);
      return;
    }
    if (!(name in this.draft)) return;
    this.#update({ [name]: el.value } as Partial<Draft>);
    if (this.errors[name] || el instanceof HTMLSelectElement) this.#revalidate(name);
    if (name === 'curp') this.#onCurp(el.value);
    if (name === 'codigoPostal') {
      const cp = validatePostalCode(el.value);
      if (cp.ok) void this.#lookupPostal(cp.value);
      else this.postal = undefined;
    }
  }

  /** Leaving a field shows its error (not while the person is still typing it). */
  /**
   * A part of the birth date changed. A whole date typed or pasted into the day field
   * (15031960, 15/03/1960) is spread over the three fields instead of being lost.
   */
  #onDatePart(name: 'fechaDia' | 'fechaMes' | 'fechaAnio', value: string): void {
    const v = value.trim();
    const whole =
      name === 'fechaDia' &&
      (/^(\d{2})(\d{2})(\d{4})$/.exec(v) ?? /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})$/.exec(v));
    const parts = whole
      ? { fechaDia: whole[1]!, fechaMes: whole[2]!, fechaAnio: whole[3]! }
      : { ...pick(this.draft), [name]: value };
    const iso = birthDateError(parts)
      ? ''
      : isoDate(Number(parts.fechaAnio), Number(parts.fechaMes), Number(parts.fechaDia))!;
    this.#update({ ...parts, fechaNacimiento: iso });
    if (this.errors.fechaNacimiento) this.#revalidate('fechaNacimiento');
  }

  #onChange(e: Event): void {
    const el = e.target as HTMLInputElement;
    // The year is the last part of the date: leaving it checks the whole date.
    if (el.name === 'fechaAnio' && el.value !== '') this.#revalidate('fechaNacimiento');
    else if (el.name && el.name in this.draft && el.type !== 'checkbox' && el.value !== '')
      this.#revalidate(el.name);
  }

  #onClick(e: Event): void {
    const button = (e.target as Element).closest('button');
    if (button?.name === 'toggle-password') this.shown = !this.shown;
    if (button?.name === 'back' && this.draft.step > 1)
      this.#goTo((this.draft.step - 1) as Step, 'back');
  }

  /** A complete CURP is checked at once; a valid one prefills, then asks the registry. */
  #onCurp(value: string): void {
    const parsed = parseCurp(value);
    if (value.trim().length < 18) return;
    this.#revalidate('curp');
    if (!parsed.ok) return;
    const { sexo, fechaNacimiento, estadoNacimiento, curp } = parsed.value;
    const names = this.draft.fromRegistry
      ? { nombre: '', primerApellido: '', segundoApellido: '', fromRegistry: false }
      : {};
    this.#update({ sexo, fechaNacimiento, estadoNacimiento, ...names });
    void this.#lookupCurp(curp);
  }

  async #lookupCurp(curp: string): Promise<void> {
    this.#curpAbort?.abort();
    const abort = new AbortController();
    this.#curpAbort = abort;
    this.curpPending = true;
    try {
      const found = await this.#client.api<CurpLookup>(apiPaths.curp(curp), {
        signal: abort.signal,
      });
      if (found.source === 'renapo' && parseCurp(this.draft.curp).ok) {
        this.#update({
          nombre: found.nombre,
          primerApellido: found.primerApellido,
          segundoApellido: found.segundoApellido ?? '',
          sexo: found.sexo,
          fechaNacimiento: found.fechaNacimiento,
          estadoNacimiento: found.estadoNacimiento,
          fromRegistry: true,
        });
        const { nombre: _n, primerApellido: _p, segundoApellido: _s, ...rest } = this.errors;
        this.errors = rest;
      }
    } catch {
      // The registry is a convenience: without it the citizen types the names.
    } finally {
      if (this.#curpAbort === abort) this.curpPending = false;
    }
  }

  async #lookupPostal(cp: string): Promise<void> {
    this.#postalAbort?.abort();
    const abort = new AbortController();
    this.#postalAbort = abort;
    this.postalPending = true;
    try {
      const found = await this.#client.api<PostalCodeLookup>(apiPaths.postalCode(cp), {
        signal: abort.signal,
      });
      this.postal = found;
      const keep = found.asentamientos.some((a) => a.id === this.draft.asentamientoId);
      const only = found.asentamientos.length === 1 ? found.asentamientos[0]!.id : '';
      if (!keep) this.#update({ asentamientoId: only });
      const { codigoPostal: _c, ...rest } = this.errors;
      this.errors = rest;
    } catch (err) {
      if (abort.signal.aborted) return;
      if (err instanceof LlaveError && (err.kind === 'not-found' || err.kind === 'validation')) {
        this.postal = null;
        this.errors = { ...this.errors, codigoPostal: 'postal_code_not_found' };
      }
    } finally {
      if (this.#postalAbort === abort) this.postalPending = false;
    }
  }

  /* ------------------------------------------------------------ steps */

  async #goTo(step: Step | 4, direction: StepDirection): Promise<void> {
    if (step === 4) await loadContactVerifier();
    else this.#update({ step });
    this.summary = [];
    this.errors = {};
    this.alert = '';
    if (direction === 'forward') this.conflict = undefined;
    this.dispatchEvent(new LlaveStepChangeEvent(step, direction));
    await this.updateComplete;
    // WCAG 2.4.3: after a step change, start reading at the new step's heading.
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  #focusField(name: string): void {
    this.#form.querySelector<HTMLElement>(`#${CSS.escape(this.#view.id(name))}`)?.focus();
  }

  async #onSubmit(e: Event): Promise<void> {
    e.preventDefault();
    if (this.busy || this.step === 4) return;
    const step = this.draft.step;
    const errors = validateStep(step, this.draft, this.postal, this.#secrets);
    this.errors = errors;
    this.summary = Object.keys(errors);
    this.alert = '';
    if (this.summary.length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.summary')?.focus();
      return;
    }
    this.busy = true;
    try {
      if (step === 3) return await this.#register();
      if (await this.#hasConflict(step)) return;
      this.conflict = undefined;
      await this.#goTo((step + 1) as Step, 'forward');
    } finally {
      this.busy = false;
    }
  }

  /** Availability is advice: a failed check lets the citizen go on (the final POST decides). */
  async #hasConflict(step: Step): Promise<boolean> {
    const d = this.draft;
    const body =
      step === 1
        ? d.kind === 'nacional'
          ? { curp: parseCurp(d.curp).ok ? d.curp.trim().toUpperCase() : undefined }
          : undefined
        : {
            email: (validateEmail(d.email) as { value: string }).value,
            mobile: d.mobile.trim()
              ? (validateMobile(d.mobile) as { value: string }).value
              : undefined,
          };
    if (!body) return false;
    try {
      const res = await this.#client.api<AvailabilityResponse>(apiPaths.availability, { body });
      const code =
        res.curp === 'registered'
          ? 'curp_registered'
          : res.email === 'registered'
            ? 'email_registered'
            : res.mobile === 'registered'
              ? 'phone_registered'
              : undefined;
      this.conflict = code ? { code } : undefined;
      if (code) await this.#focusConflict();
      return Boolean(code);
    } catch {
      return false;
    }
  }

  async #focusConflict(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.conflict')?.focus();
  }

  async #register(): Promise<void> {
    try {
      const res = await this.#client.api<RegistrationResponse>(apiPaths.registrations, {
        body: buildRequest(this.draft, this.postal ?? undefined, this.#password),
      });
      clearDraft(this.draftKey);
      this.#password = '';
      this.#passwordConfirm = '';
      this.registration = res;
      this.dispatchEvent(new LlaveRegisteredEvent(res.accountId, res.verification));
      await this.#goTo(4, 'forward');
    } catch (err) {
      await this.#onRegisterError(err);
    }
  }

  async #onRegisterError(err: unknown): Promise<void> {
    if (!(err instanceof LlaveError)) throw err;
    if (
      err.code === 'curp_registered' ||
      err.code === 'email_registered' ||
      err.code === 'phone_registered'
    ) {
      const step = err.code === 'curp_registered' ? 1 : 2;
      await this.#goTo(step, 'back');
      this.conflict = { code: err.code, helpUrl: err.helpUrl };
      await this.#focusConflict();
      return;
    }
    if (err.code === 'validation_failed' && Object.keys(err.fields).length) {
      const errors: FieldErrors = {};
      for (const [path, code] of Object.entries(err.fields)) {
        const name = path.split('.').at(-1)!;
        errors[name in FIELD_STEP ? name : 'password'] = code;
      }
      const step = Math.min(...Object.keys(errors).map((n) => FIELD_STEP[n] ?? 3)) as Step;
      if (step !== 3) await this.#goTo(step, 'back');
      this.errors = errors;
      this.summary = Object.keys(errors);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.summary')?.focus();
      return;
    }
    this.alert = this.#i18n.error(
      err.kind === 'network' ? 'network' : err.kind === 'rate-limited' ? 'rate_limited' : 'generic',
    );
  }
}

const pick = (d: Draft) => ({ fechaDia: d.fechaDia, fechaMes: d.fechaMes, fechaAnio: d.fechaAnio });
