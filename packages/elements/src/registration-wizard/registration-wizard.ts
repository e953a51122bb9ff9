import {
  apiPaths,
  type BffClient,
  type RegistrationResponse,
  validateEmail,
} from '@llave-cdmx/core';
import { html, nothing, render } from 'lit';
import { LlaveRegisteredEvent } from '../events/registered.js';
import { LlaveStepChangeEvent, type StepDirection } from '../events/step-change.js';
import { LlaveElement } from '../internal/base-element.js';
import { baseStyles } from '../internal/base-styles.js';
import { LightForm } from '../internal/form/light-form.js';
import { helpStyles, renderHelp } from '../internal/help/help.js';
import { I18nController } from '../internal/i18n-controller.js';
import { loadContactVerifier } from '../internal/load-verifier.js';
import { SessionController } from '../internal/session-controller.js';
import { StatesController } from '../internal/states-controller.js';
import { buildRequest } from './build-request.js';
import { contactStep } from './contact-step.js';
import type { Draft } from './draft.js';
import { DraftController } from './draft-controller.js';
import { type FieldErrors, type RuleContext, validateStep } from './field-rules.js';
import { LookupController } from './lookups.js';
import { type Conflict, conflictAfter, helpTopics, registerFailure } from './outcomes.js';
import { PasswordStep } from './password-step.js';
import { personalStep } from './personal-step.js';
import { wizardNamespaces } from './registration-wizard.strings.js';
import { wizardStyles } from './registration-wizard.styles.js';
import type { WizardView } from './view.js';
import {
  actions,
  conflictMessage,
  progress,
  type Step,
  summary,
  verifyStep,
} from './wizard-parts.js';

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
export class LlaveRegistrationWizard extends LlaveElement {
  static override styles = [baseStyles, wizardStyles, helpStyles];

  // `static properties` rather than decorators: no page downloads the decorator runtime
  // (DESIGN.md §6). Fields below are plain assignments (useDefineForClassFields: false), so Lit's
  // accessors see them. `state: true` alone: Lit gives state no attribute (createProperty sets
  // `attribute: false`), and the manifest keeps only the header's members (public-contract.mjs).
  static override properties = {
    draftKey: { attribute: 'draft-key' },
    client: { attribute: false },
    resetUrl: { attribute: 'reset-url' },
    privacyUrl: { attribute: 'privacy-url' },
    helpHref: { attribute: 'help-href' },
    returnTo: { attribute: 'return-to' },
    summary: { state: true },
    conflict: { state: true },
    alert: { state: true },
    busy: { state: true },
    registration: { state: true },
    verified: { state: true },
  };

  draftKey = 'default';
  client?: BffClient;
  resetUrl?: string;
  privacyUrl?: string;
  helpHref?: string;
  returnTo = '/';

  private summary: string[] = [];
  private conflict?: Conflict;
  private alert = '';
  private busy = false;
  private registration?: RegistrationResponse;
  private verified = false;

  readonly #uid = `llave-rw-${++instances}`;
  readonly #light = new LightForm(this, {
    input: (e) => this.#onInput(e),
    change: (e) => this.#form.leave(e.target as HTMLInputElement),
    submit: (e) => void this.#onSubmit(e),
    click: (e) => this.#onClick(e),
  });
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: a controller works through its host
  readonly #states = new StatesController(this, () => ({
    busy: this.busy,
    registered: !!this.registration,
  }));
  readonly #i18n = new I18nController(this, wizardNamespaces);
  readonly #session = new SessionController(this);
  readonly #password = new PasswordStep(this, this.#i18n.translator);
  readonly #form = new DraftController(
    this,
    () => this.draftKey,
    () => this.#context,
    (d: Draft) => {
      // A restored CP brings back what was looked up for it; a restored step 3, its module.
      if (d.codigoPostal) void this.#lookups.postalCode(d.codigoPostal);
      if (d.step === 3) void this.#password.load();
    },
  );
  readonly #lookups = new LookupController(this, () => this.#client, this.#form);

  get #draft(): Draft {
    return this.#form.draft;
  }

  get step(): Step | 4 {
    return this.registration ? 4 : this.#draft.step;
  }

  get #client(): BffClient {
    return this.#session.client(this.client);
  }

  /* ------------------------------------------------------------ rendering */

  /** A wizard key, or a `common:` / `help:` one. */
  readonly #t = this.#i18n.translator;

  get #view(): WizardView {
    return {
      draft: this.#draft,
      errors: this.#form.errors,
      id: (name) => `${this.#uid}-${name}`,
      value: (name) => String(this.#draft[name as keyof Draft] ?? ''),
      optionalLabel: this.#t('common:form.optional'),
      chooseLabel: this.#t('common:form.choose'),
      t: this.#t,
      message: (code) => this.#i18n.error(code),
      lang: this.#i18n.language,
    };
  }

  protected override updated(): void {
    render(this.#renderForm(), this.#light.form, { host: this });
  }

  override render() {
    const step = this.step;
    const t = this.#t;
    const v = this.#view;
    return html`
      ${progress(t, step, (n) => void this.#goTo(n, 'back'))}
      <h2 part="heading" tabindex="-1">
        ${step !== 4 ? html`<span class="step-of">${t('stepOf', { step })}</span>` : nothing}
        ${this.verified ? t('verify.title') : t(`steps.${step}`)}
      </h2>
      ${summary(v, this.summary, (name) => this.#focusField(name))}
      ${
        // Only with a conflict: the sign-in link reads the page's address (none on a server).
        this.conflict
          ? conflictMessage(t, this.conflict, {
              signIn: this.#client.loginUrl(location.pathname),
              reset: this.resetUrl,
              help: this.helpHref,
            })
          : nothing
      }
      ${this.alert ? html`<div class="alert" role="alert">${this.alert}</div>` : nothing}
      <slot></slot>
      ${step === 4 ? this.#renderVerify() : nothing}
      ${
        // The verifier offers its own (code) help on the last step: one help, in one place.
        step === 4 && !this.verified
          ? nothing
          : renderHelp(t, { topics: helpTopics(this.conflict), href: this.helpHref })
      }
    `;
  }

  /**
   * The account is ready: say so in the heading and put focus there (WCAG 2.4.3), with the next
   * step right below it, instead of leaving focus on <body> under a stale "Confirma tu correo".
   */
  async #finished(): Promise<void> {
    this.verified = true;
    await this.#focus('h2');
  }

  #renderVerify() {
    // However step 4 was reached (also from a page that set the registration), the verifier it
    // shows must come: the tag upgrades when its code arrives.
    void loadContactVerifier();
    const email = validateEmail(this.#draft.email);
    return verifyStep(this.#t, {
      verified: this.verified,
      registration: this.registration!,
      destination: email.ok ? email.value : this.#draft.email,
      client: this.#client,
      helpHref: this.helpHref,
      signIn: this.#client.loginUrl(this.returnTo),
      onVerified: () => void this.#finished(),
    });
  }

  #renderForm() {
    const step = this.step;
    if (step === 4) return nothing;
    const v = this.#view;
    const l = this.#lookups;
    return html`${
      step === 1
        ? personalStep(v, l)
        : step === 2
          ? contactStep(v)
          : this.#password.render(v, this.privacyUrl)
    }
      ${actions(this.#t, step, this.busy)}`;
  }

  /* ------------------------------------------------------------ input */

  get #context(): RuleContext {
    return {
      lookup: this.#lookups.postal ?? undefined,
      secrets: this.#password.secrets,
      passwordError: this.#password.error,
      lang: this.#i18n.language,
    };
  }

  #onInput(e: Event): void {
    // The code step's verifier downloads while the citizen fills in the form.
    void loadContactVerifier();
    const el = e.target as HTMLInputElement;
    void this.#password.load();
    const secret = (name: string, value: string) => this.#password.input(name, value, this.#draft);
    if (this.#form.input(el, secret)) this.#lookups.input(el.name, el.value);
  }

  #onClick(e: Event): void {
    const button = (e.target as Element).closest('button');
    if (button?.name === 'toggle-password') this.#password.toggle();
    if (button?.name === 'back' && this.#draft.step > 1)
      void this.#goTo((this.#draft.step - 1) as Step, 'back');
  }

  /* ------------------------------------------------------------ steps */

  async #goTo(step: Step | 4, direction: StepDirection): Promise<void> {
    // What the step needs is here before it shows (usually long since, started by typing).
    if (step === 4) await loadContactVerifier();
    if (step === 3) await this.#password.load();
    if (step !== 4) this.#form.update({ step });
    this.summary = [];
    this.#form.setErrors({});
    this.alert = '';
    if (direction === 'forward') this.conflict = undefined;
    this.dispatchEvent(new LlaveStepChangeEvent(step, direction));
    // WCAG 2.4.3: after a step change, start reading at the new step's heading.
    await this.#focus('h2');
  }

  /** After the next render, focus what the citizen should read first (heading, summary…). */
  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #focusField(name: string): void {
    this.#light.form.querySelector<HTMLElement>(`#${CSS.escape(this.#view.id(name))}`)?.focus();
  }

  /** Errors found: listed in the summary, which takes focus (GOV.UK error summary). */
  async #showErrors(errors: FieldErrors): Promise<boolean> {
    this.#form.setErrors(errors);
    this.summary = Object.keys(errors);
    if (this.summary.length) await this.#focus('.summary');
    return this.summary.length > 0;
  }

  async #onSubmit(e: Event): Promise<void> {
    e.preventDefault();
    if (this.busy || this.step === 4) return;
    const step = this.#draft.step;
    this.alert = '';
    if (
      await this.#showErrors(validateStep(step, this.#draft, this.#lookups.postal, this.#context))
    )
      return;
    this.busy = true;
    try {
      if (step === 3) return await this.#register();
      // No conflict: #hasConflict cleared the last one.
      if (await this.#hasConflict(step)) return;
      await this.#goTo((step + 1) as Step, 'forward');
    } finally {
      this.busy = false;
    }
  }

  async #hasConflict(step: Step): Promise<boolean> {
    const code = await conflictAfter(this.#client, step, this.#draft);
    this.conflict = code ? { code } : undefined;
    if (code) await this.#focus('.conflict');
    return Boolean(code);
  }

  async #register(): Promise<void> {
    let res: RegistrationResponse;
    try {
      res = await this.#client.api<RegistrationResponse>(apiPaths.registrations, {
        body: buildRequest(
          this.#draft,
          this.#lookups.postal ?? undefined,
          this.#password.secrets.password,
        ),
      });
    } catch (err) {
      return this.#onRegisterError(err);
    }
    this.#form.clear();
    this.#password.clear();
    this.registration = res;
    this.dispatchEvent(new LlaveRegisteredEvent(res.accountId, res.verification));
    await this.#goTo(4, 'forward');
  }

  /** A conflict or field errors take the citizen to the step that holds them; else an alert. */
  async #onRegisterError(err: unknown): Promise<void> {
    const failure = registerFailure(err);
    if ('alert' in failure) {
      this.alert = this.#i18n.error(failure.alert);
      return;
    }
    if ('conflict' in failure) {
      await this.#goTo(failure.step, 'back');
      this.conflict = failure.conflict;
      await this.#focus('.conflict');
      return;
    }
    if (failure.step !== 3) await this.#goTo(failure.step, 'back');
    await this.#showErrors(failure.errors);
  }
}
