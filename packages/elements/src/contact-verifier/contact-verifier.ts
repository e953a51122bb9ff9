import { Task, TaskStatus } from '@lit/task';
import { apiPaths, type BffClient, common, LlaveError, type Verification } from '@llave-cdmx/core';
import { html, type PropertyValues } from 'lit';
import { LlaveContactVerifiedEvent } from '../events/contact-verified.js';
import { LlaveElement } from '../internal/base-element.js';
import { baseStyles } from '../internal/base-styles.js';
import { clock } from '../internal/clock.js';
import type { CodeChannel } from '../internal/code-channel.js';
import { helpStrings, helpStyles, renderHelp } from '../internal/help/help.js';
import { I18nController } from '../internal/i18n-controller.js';
import { SessionController } from '../internal/session-controller.js';
import { StatesController } from '../internal/states-controller.js';
import { type CheckFailure, checkFailure, sayError } from './check-errors.js';
import { codeForm } from './code-form.js';
import { verifierStrings as S } from './contact-verifier.strings.js';
import { verifierStyles } from './contact-verifier.styles.js';
import { CorrectionController, type Say } from './correction-controller.js';
import { CountdownController } from './countdown-controller.js';
import { CODE_LENGTH, extractCode } from './extract-code.js';
import { type Verified, verificationChannel } from './verification-channel.js';
import { WebOtpController } from './webotp.js';

/** Its own keys, and the common code errors a refused code may read. */
type Key = CheckFailure['key'];

/**
 * @summary Checks the code sent to an email or mobile: one input, paste anywhere, WebOTP, resend
 * with an accessible countdown, and a way to correct a mistyped contact.
 *
 * Give it the pending verification as the `verification` property (what `POST /v1/registrations`
 * answered) or its id as the `verification-id` attribute (it is then read from the API).
 *
 * @event llave-contact-verified - The code was right; carries `verificationId`, `channel`, `level`.
 *
 * @csspart intro - The sentence saying where the code went.
 * @csspart form - The code form.
 * @csspart input - The code input (`autocomplete="one-time-code"`).
 * @csspart submit - The confirm button.
 * @csspart resend - The "send another code" button.
 * @csspart correct - The "that's wrong" button that opens the correction form.
 * @csspart verified - The success message.
 * @csspart help - The help disclosure at the end, the same in every component.
 *
 * @cssproperty --llave-contact-verifier-gap - Space between rows (default 1rem).
 * @cssproperty --llave-contact-verifier-input-width - Width of the code input (default 10ch).
 *
 * @cssstate loading - The verification is being read.
 * @cssstate checking - A code is being checked.
 * @cssstate locked - Too many wrong codes: only a resend helps.
 * @cssstate verified - Done.
 *
 * @property verification - The pending `Verification`.
 * @property verificationId - (`verification-id`) Its id, when the object is not at hand.
 * @property client - The BFF client (defaults to the session's).
 * @property codeChannel - A flow's own code (`check`, `resend`, `correct?`) instead of a contact
 *   verification's: a password reset's code, `<llave-document-signer>`'s signing code. The flow
 *   shows what follows; no `llave-contact-verified` fires, and a correction is offered only
 *   when the channel has `correct`.
 * @property destination - The email or mobile as the citizen typed it in this browser: shown in
 *   full, so a typo can be spotted (the masked one is shown only when it is not given, e.g. a
 *   password reset for a contact typed elsewhere). Kept in memory only.
 * @property helpHref - (`help-href`) The agency's help page, linked from the help at the end.
 * @property value - The code typed so far (read-only; also the form value under `name`).
 */
export class LlaveContactVerifier extends LlaveElement {
  static formAssociated = true;
  static override shadowRootOptions = { ...LlaveElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [baseStyles, verifierStyles, helpStyles];

  // `static properties` rather than decorators: no page downloads the decorator runtime
  // (DESIGN.md §6). Fields below are plain assignments (useDefineForClassFields: false), so Lit's
  // accessors see them. `state: true` alone: Lit gives state no attribute (createProperty sets
  // `attribute: false`), and the manifest keeps only the header's members (public-contract.mjs).
  static override properties = {
    verificationId: { attribute: 'verification-id' },
    verification: { attribute: false },
    client: { attribute: false },
    codeChannel: { attribute: false },
    destination: { attribute: false },
    helpHref: { attribute: 'help-href' },
    code: { state: true },
    error: { state: true },
    announcement: { state: true },
    busy: { state: true },
    locked: { state: true },
    verified: { state: true },
  };

  verificationId?: string;
  verification?: Verification;
  client?: BffClient;
  codeChannel?: CodeChannel;
  destination?: string;
  helpHref?: string;

  private code = '';
  /**
   * The errors and what the polite region says are kept as messages and translated at render
   * time: a message shown before the host's language loaded (or before a language switch) must
   * not stay in the old language (WCAG 3.1.2 language of parts).
   */
  private error?: Say;
  private announcement: ReadonlyArray<Say> = [];
  private busy = false;
  private locked = false;
  private verified = false;

  // What `@query('#code')` gave, without the decorator runtime (DESIGN.md §6): read on each use.
  // `?.`: check() may run before the first connection, when there is no render root yet.
  private get input(): HTMLInputElement | null | undefined {
    return this.renderRoot?.querySelector<HTMLInputElement>('#code');
  }

  readonly #internals = this.attachInternals();
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: a controller works through its host
  readonly #states = new StatesController(
    this,
    () => ({
      loading: this.#load.status === TaskStatus.PENDING,
      checking: this.busy,
      locked: this.locked,
      verified: this.verified,
    }),
    this.#internals,
  );
  readonly #i18n = new I18nController(this, [S, common, helpStrings]);
  readonly #session = new SessionController(this);
  readonly #countdown = new CountdownController(this, () => {
    this.#announce(() => this.#t('resendReady'));
  });
  /** The contact verification's own code, when the page injected no other channel. */
  readonly #own = verificationChannel(
    () => this.#client,
    () => this.verification!,
    (res) => void this.#onVerified(res),
  );
  readonly #correction = new CorrectionController(this, {
    channel: () => this.#channel,
    t: (key) => this.#t(key),
    message: (err) => this.#message(err),
    newAction: () => this.#newAction(),
    sent: (next, destination) => {
      // What she typed now is what the code went to: show it in full from here on.
      this.destination = destination;
      this.#sent(next);
    },
  });
  readonly #otp = new WebOtpController(this, (code) => {
    this.code = code;
    void this.check();
  });
  #action?: AbortController;

  // Fetches only when the page gave an id and no verification. The answer becomes
  // `verification` in onComplete, outside the task, so the task never changes its own arguments.
  readonly #load = new Task(this, {
    task: async ([id], { signal }) =>
      id ? this.#client.api<Verification>(apiPaths.verification(id), { signal }) : undefined,
    args: () => [this.verification ? undefined : this.verificationId] as const,
    onComplete: (v) => {
      if (v) this.verification = v;
    },
  });

  constructor() {
    super();
    // Paste anywhere in the component (WCAG 3.3.8: no need to find the right box first).
    this.addEventListener('paste', (e) => this.#onPaste(e));
  }

  get value(): string {
    return this.code;
  }

  get #client(): BffClient {
    return this.#session.client(this.client);
  }

  get #channel(): CodeChannel {
    return this.codeChannel ?? this.#own;
  }

  // The translator's first namespace is S: `t('label')` is the verifier's own key.
  readonly #t = this.#i18n.translator;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#action?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('verification') && this.verification) {
      const v = this.verification;
      this.verified = v.status === 'verified';
      this.locked = v.attemptsLeft <= 0;
      const before = changed.get('verification');
      if (!before || before.resendAvailableAt !== v.resendAvailableAt) {
        this.#startCountdown(v.resendAvailableAt);
        this.#otp.listen(v.channel);
      }
    }
  }

  protected override updated(): void {
    this.#internals.setFormValue(this.code);
    if (this.code.length === CODE_LENGTH || !this.input) this.#internals.setValidity({});
    else
      this.#internals.setValidity(
        this.code ? { patternMismatch: true } : { valueMissing: true },
        this.#t(this.code ? 'errors.code_format' : 'errors.code_required'),
        this.input,
      );
  }

  #loading = () => html`<p>${this.#t('common:status.loading')}</p>`;

  override render() {
    const v = this.verification;
    return html`${
      v
        ? this.verified
          ? html`<p class="verified" part="verified" tabindex="-1">
              ${this.#t(`verified.${v.channel}`)}
            </p>`
          : this.#renderForm(v)
        : this.#load.render({
            // Also before the task starts, as on the server (@lit-labs/ssr never runs it): the
            // browser's first render, which hydrates the server's markup, must be the same one.
            initial: this.#loading,
            pending: this.#loading,
            error: (e) => html`<p class="error" role="alert">${this.#message(e)()}</p>`,
          })
    }
      <p class="visually-hidden" role="status">${this.announcement.map((say) => say()).join(' ')}</p>`;
  }

  #renderForm(v: Verification) {
    return html`${codeForm({
      v,
      t: this.#t,
      // The contact in full when it was typed in this browser, masked otherwise.
      destination: this.destination || v.destinationMasked,
      code: this.code,
      error: this.error?.() ?? '',
      busy: this.busy,
      locked: this.locked,
      secondsLeft: this.#countdown.secondsLeft,
      correction: this.#correction,
      onInput: (e) => this.#onInput(e),
      onSubmit: () => void this.check(),
      onResend: () => void this.#onResend(),
    })}
    ${renderHelp(this.#t, {
      // "Escribí mal mi correo" points at the correction: only where it is offered.
      topics: this.#correction.offered ? ['code', 'contactTypo'] : ['code', 'forgotContact'],
      href: this.helpHref,
    })}`;
  }

  #onInput(e: Event): void {
    const input = e.target as HTMLInputElement;
    this.code = extractCode(input.value);
    // Keep what the person sees equal to what we will send (letters and spaces dropped).
    if (input.value !== this.code) input.value = this.code;
    if (this.error && this.code.length === CODE_LENGTH) this.error = undefined;
  }

  #onPaste(e: ClipboardEvent): void {
    const origin = e.composedPath()[0] as HTMLElement;
    // The correction form takes an email or phone: pasting there is ordinary pasting.
    if (origin?.closest?.('.correct')) return;
    const code = extractCode(e.clipboardData?.getData('text') ?? '');
    if (!code) return;
    e.preventDefault();
    this.code = code;
    this.error = undefined;
    this.input?.focus();
  }

  /** Checks the code typed so far (what the confirm button does). */
  async check(): Promise<void> {
    const v = this.verification;
    if (!v || this.busy || this.locked) return;
    if (this.code.length !== CODE_LENGTH) {
      this.#fail(this.code ? 'errors.code_format' : 'errors.code_required');
      return;
    }
    this.busy = true;
    this.#announce(() => this.#t('checking'));
    const signal = this.#newAction();
    try {
      await this.#channel.check(this.code, signal);
      this.#otp.stop();
    } catch (err) {
      if (!signal.aborted) this.#onCheckError(err, v);
    } finally {
      this.busy = false;
    }
  }

  /** The contact is confirmed: say so, tell the page, and put focus on the result (2.4.3). */
  async #onVerified({ channel, level }: Verified): Promise<void> {
    const v = this.verification!;
    this.verified = true;
    this.verification = { ...v, status: 'verified' };
    this.#announce(() => this.#t(`verified.${v.channel}`));
    this.dispatchEvent(new LlaveContactVerifiedEvent(v.id, channel, level));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.verified')?.focus();
  }

  #onCheckError(err: unknown, v: Verification): void {
    const failure = checkFailure(err, v.attemptsLeft);
    if (!failure) {
      this.error = this.#message(err);
      this.#announce();
      return;
    }
    if (failure.attemptsLeft !== undefined)
      this.verification = { ...v, attemptsLeft: failure.attemptsLeft };
    if (failure.locked) this.locked = true;
    this.#fail(failure.key, failure.options);
  }

  async #onResend(): Promise<void> {
    const v = this.verification;
    if (!v || this.#countdown.secondsLeft > 0) return;
    const signal = this.#newAction();
    try {
      this.#sent({ ...v, ...(await this.#channel.resend(signal)) });
    } catch (err) {
      if (signal.aborted) return;
      if (err instanceof LlaveError && err.code === 'resend_too_soon' && err.retryAfter) {
        this.#startCountdown(clock.now() + err.retryAfter * 1000);
        this.#fail('errors.resend_too_soon', { seconds: err.retryAfter });
      } else this.error = this.#message(err);
    }
  }

  /** A new code went out: only it is valid now, so the old typing and errors go. */
  #sent(next: Verification): void {
    this.code = '';
    this.error = undefined;
    this.locked = false;
    this.verification = next;
    this.#announce(() =>
      this.#t('resent', { destination: this.destination || next.destinationMasked }),
    );
    this.input?.focus();
  }

  #startCountdown(until: number | string): void {
    this.#countdown.start(until);
    const seconds = this.#countdown.secondsLeft;
    if (seconds > 0) this.#announce(() => this.#t('resendStarted', { seconds }), true);
  }

  #newAction(): AbortSignal {
    this.#action?.abort();
    this.#action = new AbortController();
    return this.#action.signal;
  }

  #fail(key: Key, opts?: Record<string, unknown>): void {
    this.error = () => this.#t(key, opts);
    // The error speaks (role=alert); a stale "Revisando el código…" must not stay beside it.
    this.#announce();
    this.input?.focus();
  }

  /** Appends to (never repeats into) the polite region; `append` keeps the previous sentence. */
  #announce(say?: () => string, append = false): void {
    const kept = append ? this.announcement : [];
    this.announcement = say ? [...kept, say] : [];
  }

  #message = (err: unknown): Say => sayError(this.#i18n, err);
}
