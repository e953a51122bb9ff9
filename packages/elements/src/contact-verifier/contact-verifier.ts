import { Task, TaskStatus } from '@lit/task';
import {
  apiPaths,
  type BffClient,
  type CheckCodeResponse,
  common,
  LlaveError,
  type PasswordResetCheckResponse,
  type Verification,
} from '@llave-cdmx/core';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { LlaveContactVerifiedEvent } from '../events/contact-verified.js';
import { baseStyles } from '../internal/base-styles.js';
import type { CodeChannel } from '../internal/code-channel.js';
import { helpStrings, helpStyles, renderHelp } from '../internal/help/help.js';
import { I18nController } from '../internal/i18n-controller.js';
import { SessionController } from '../internal/session-controller.js';
import { StatesController } from '../internal/states-controller.js';
import { verifierStrings as S } from './contact-verifier.strings.js';
import { verifierStyles } from './contact-verifier.styles.js';
import { correctDestination } from './correct-destination.js';
import { CountdownController, formatSeconds } from './countdown-controller.js';
import { CODE_LENGTH, extractCode } from './extract-code.js';

type Mode = 'verification' | 'password-reset';
/** A message kept untranslated: it is said in whatever language the host has at render time. */
type Say = () => string;

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
 *   verification's: e.g. `<llave-document-signer>`'s signing code. The flow shows what follows.
 * @property destination - The email or mobile as the citizen typed it in this browser: shown in
 *   full, so a typo can be spotted (the masked one is shown only when it is not given, e.g. a
 *   password reset for a contact typed elsewhere). Kept in memory only.
 * @property helpHref - (`help-href`) The agency's help page, linked from the help at the end.
 * @property value - The code typed so far (read-only; also the form value under `name`).
 */
export class LlaveContactVerifier extends LitElement {
  static formAssociated = true;
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [baseStyles, verifierStyles, helpStyles];

  @property({ attribute: 'verification-id' }) verificationId?: string;
  @property({ attribute: false }) verification?: Verification;
  @property({ attribute: false }) client?: BffClient;
  @property({ attribute: false }) codeChannel?: CodeChannel;
  @property({ attribute: false }) destination?: string;
  @property({ attribute: 'help-href' }) helpHref?: string;
  /**
   * @internal `password-reset` makes the same UI check a reset code (used by
   * `<llave-password-reset>`, which passes `codeAccepted` to receive the reset token).
   */
  @property({ attribute: false }) mode: Mode = 'verification';
  /** @internal */
  @property({ attribute: false }) codeAccepted?: (resetToken: string) => void;

  @state() private code = '';
  /**
   * The errors and what the polite region says are kept as messages and translated at render
   * time: a message shown before the host's language loaded (or before a language switch) must
   * not stay in the old language (WCAG 3.1.2 language of parts).
   */
  @state() private error?: Say;
  @state() private announcement: ReadonlyArray<Say> = [];
  @state() private busy = false;
  @state() private locked = false;
  @state() private verified = false;
  @state() private correcting = false;
  @state() private correctError?: Say;

  @query('#code') private input?: HTMLInputElement;

  readonly #internals = this.attachInternals();
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: a controller works through its host
  readonly #states = new StatesController(this, this.#internals, () => ({
    loading: this.#load.status === TaskStatus.PENDING,
    checking: this.busy,
    locked: this.locked,
    verified: this.verified,
  }));
  readonly #i18n = new I18nController(this, [S, common, helpStrings]);
  readonly #session = new SessionController(this);
  readonly #countdown = new CountdownController(this, () => {
    this.#announce(() => this.#i18n.t(S, 'resendReady'));
  });
  #action?: AbortController;
  #otp?: AbortController;

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

  get #id(): string | undefined {
    return this.verification?.id ?? this.verificationId;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#action?.abort();
    this.#otp?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('verification') && this.verification) {
      const v = this.verification;
      this.verified = v.status === 'verified';
      this.locked = v.attemptsLeft <= 0;
      const before = changed.get('verification');
      if (!before || before.resendAvailableAt !== v.resendAvailableAt) {
        this.#startCountdown(v.resendAvailableAt);
        this.#listenForSms();
      }
    }
  }

  protected override updated(): void {
    this.#internals.setFormValue(this.code);
    if (this.code.length === CODE_LENGTH || !this.input) this.#internals.setValidity({});
    else
      this.#internals.setValidity(
        this.code ? { patternMismatch: true } : { valueMissing: true },
        this.#i18n.t(S, this.code ? 'errors.code_format' : 'errors.code_required'),
        this.input,
      );
  }

  #loading = () => html`<p>${this.#i18n.t(S, 'loading')}</p>`;

  override render() {
    const v = this.verification;
    return html`${
      v
        ? this.verified
          ? html`<p class="verified" part="verified" tabindex="-1">
              ${this.#i18n.t(S, `verified.${v.channel}`)}
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
    const t = (k: Parameters<typeof S.t>[0], o?: Record<string, unknown>) => this.#i18n.t(S, k, o);
    const waiting = this.#countdown.secondsLeft > 0;
    return html`
      <p part="intro">${t(`intro.${v.channel}`, { destination: this.#shownDestination(v) })}</p>
      <form part="form" novalidate @submit=${this.#onSubmit}>
        <div class="field">
          <label for="code">${t('label')}</label>
          <p class="help" id="help">${t('help')}</p>
          <input
            id="code"
            part="input"
            name="code"
            autocomplete="one-time-code"
            inputmode="numeric"
            enterkeyhint="done"
            spellcheck="false"
            .value=${live(this.code)}
            aria-invalid=${this.error ? 'true' : 'false'}
            aria-describedby="help error"
            @input=${this.#onInput}
          />
          <p class="error" id="error" role="alert">${this.error?.() ?? ''}</p>
        </div>
        <div class="actions">
          <button
            part="submit"
            type="submit"
            aria-disabled=${this.busy || this.locked ? 'true' : 'false'}
          >
            ${this.busy ? t('checking') : t('submit')}
          </button>
        </div>
      </form>
      <div class="actions">
        <button
          part="resend"
          type="button"
          class="secondary"
          aria-disabled=${waiting ? 'true' : 'false'}
          aria-describedby="countdown"
          @click=${this.#onResend}
        >
          ${t('resend')}
        </button>
        ${
          this.mode === 'verification' && (!this.codeChannel || this.codeChannel.correct)
            ? html`<button
                part="correct"
                type="button"
                class="secondary"
                aria-expanded=${this.correcting ? 'true' : 'false'}
                @click=${() => void this.#toggleCorrect()}
              >
                ${t('wrongContact')}
              </button>`
            : nothing
        }
      </div>
      ${
        this.correcting
          ? correctDestination({
              channel: v.channel,
              t,
              error: this.correctError?.() ?? '',
              onCancel: () => {
                this.correcting = false;
                this.correctError = undefined;
              },
              onInvalid: () => {
                this.correctError = () => t('errors.destination_invalid');
              },
              onSubmit: async (destination) => {
                this.correctError = await this.#onCorrect(destination);
              },
            })
          : nothing
      }
      <p id="countdown" class="status">
        ${waiting ? t('resendIn', { time: formatSeconds(this.#countdown.secondsLeft) }) : ''}
      </p>
      ${renderHelp(this.#i18n.translator, {
        topics: this.mode === 'verification' ? ['code', 'contactTypo'] : ['code', 'forgotContact'],
        href: this.helpHref,
      })}
    `;
  }

  /** The contact in full when it was typed in this browser, masked otherwise. */
  #shownDestination(v: Verification): string {
    return this.destination || v.destinationMasked;
  }

  /** "No es correcto": the field it opens takes focus, so the citizen can type at once (2.4.3). */
  async #toggleCorrect(): Promise<void> {
    this.correcting = !this.correcting;
    if (!this.correcting) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#destination')?.focus();
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

  async #onSubmit(e: Event): Promise<void> {
    e.preventDefault();
    await this.check();
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
    this.#announce(() => this.#i18n.t(S, 'checking'));
    const signal = this.#newAction();
    try {
      if (this.codeChannel) {
        await this.codeChannel.check(this.code, signal);
        this.#otp?.abort();
        return;
      }
      if (this.mode === 'password-reset') {
        const res = await this.#client.api<PasswordResetCheckResponse>(
          apiPaths.passwordResetCheck(v.id),
          { body: { code: this.code }, signal },
        );
        this.#otp?.abort();
        this.codeAccepted?.(res.resetToken);
        return;
      }
      const res = await this.#client.api<CheckCodeResponse>(apiPaths.verificationCheck(v.id), {
        body: { code: this.code },
        signal,
      });
      this.#otp?.abort();
      this.verified = true;
      this.verification = { ...v, status: 'verified' };
      this.#announce(() => this.#i18n.t(S, `verified.${v.channel}`));
      this.dispatchEvent(new LlaveContactVerifiedEvent(v.id, res.channel, res.level));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.verified')?.focus();
    } catch (err) {
      if (signal.aborted) return;
      this.#onCheckError(err, v);
    } finally {
      this.busy = false;
    }
  }

  #onCheckError(err: unknown, v: Verification): void {
    const code = err instanceof LlaveError ? err.code : '';
    if (code === 'code_invalid') {
      const left = Math.max(0, v.attemptsLeft - 1);
      this.verification = { ...v, attemptsLeft: left };
      if (left === 0) this.locked = true;
      this.#fail(left === 0 ? 'errors.too_many_attempts' : 'errors.code_invalid', { count: left });
    } else if (code === 'too_many_attempts') {
      this.locked = true;
      this.#fail('errors.too_many_attempts');
    } else if (code === 'code_expired' || code === 'code_used') {
      this.#fail(`errors.${code}`);
    } else {
      this.error = this.#message(err);
      this.#announce();
    }
  }

  async #onResend(): Promise<void> {
    const v = this.verification;
    if (!v || this.#countdown.secondsLeft > 0) return;
    const signal = this.#newAction();
    try {
      const next = this.codeChannel
        ? { ...v, ...(await this.codeChannel.resend(signal)) }
        : this.mode === 'password-reset'
          ? {
              ...v,
              ...(await this.#client.api<Partial<Verification>>(
                apiPaths.passwordResetResend(v.id),
                { method: 'POST', signal },
              )),
            }
          : await this.#client.api<Verification>(apiPaths.verificationResend(v.id), {
              method: 'POST',
              signal,
            });
      this.#sent(next);
    } catch (err) {
      if (signal.aborted) return;
      if (err instanceof LlaveError && err.code === 'resend_too_soon' && err.retryAfter) {
        this.#startCountdown(Date.now() + err.retryAfter * 1000);
        this.#fail('errors.resend_too_soon', { seconds: err.retryAfter });
      } else this.error = this.#message(err);
    }
  }

  async #onCorrect(destination: string): Promise<Say | undefined> {
    const v = this.verification;
    if (!v) return;
    const signal = this.#newAction();
    try {
      const next = this.codeChannel?.correct
        ? await this.codeChannel.correct(destination, signal)
        : await this.#client.api<Verification>(apiPaths.verificationDestination(v.id), {
            method: 'PUT',
            body: { destination },
            signal,
          });
      this.correcting = false;
      // What she typed now is what the code went to: show it in full from here on.
      this.destination = destination;
      this.#sent(next);
      return undefined;
    } catch (err) {
      if (signal.aborted) return undefined;
      const code = err instanceof LlaveError ? err.code : '';
      if (code === 'email_registered' || code === 'phone_registered')
        return () => this.#i18n.t(S, `errors.${code}`);
      if (code === 'validation_failed' || code === 'bad_request')
        return () => this.#i18n.t(S, 'errors.destination_invalid');
      return this.#message(err);
    }
  }

  /** A new code went out: only it is valid now, so the old typing and errors go. */
  #sent(next: Verification): void {
    this.code = '';
    this.error = undefined;
    this.locked = false;
    this.verification = next;
    this.#announce(() => this.#i18n.t(S, 'resent', { destination: this.#shownDestination(next) }));
    this.input?.focus();
  }

  #startCountdown(until: number | string): void {
    this.#countdown.start(until);
    const seconds = this.#countdown.secondsLeft;
    if (seconds > 0) this.#announce(() => this.#i18n.t(S, 'resendStarted', { seconds }), true);
  }

  /** WebOTP: Android Chrome reads the SMS and offers the code; the request dies with us. */
  #listenForSms(): void {
    this.#otp?.abort();
    if (this.verification?.channel !== 'sms' || !('OTPCredential' in window)) return;
    const otp = new AbortController();
    this.#otp = otp;
    navigator.credentials
      .get({ otp: { transport: ['sms'] }, signal: otp.signal } as CredentialRequestOptions)
      .then((cred) => {
        const code = (cred as (Credential & { code?: string }) | null)?.code;
        if (!code || otp.signal.aborted) return;
        this.code = extractCode(code);
        void this.check();
      })
      .catch(() => {
        // Aborted, refused or unsupported: typing the code still works.
      });
  }

  #newAction(): AbortSignal {
    this.#action?.abort();
    this.#action = new AbortController();
    return this.#action.signal;
  }

  #fail(key: Parameters<typeof S.t>[0], opts?: Record<string, unknown>): void {
    this.error = () => this.#i18n.t(S, key, opts);
    // The error speaks (role=alert); a stale "Revisando el código…" must not stay beside it.
    this.#announce();
    this.input?.focus();
  }

  /** Appends to (never repeats into) the polite region; `append` keeps the previous sentence. */
  #announce(say?: () => string, append = false): void {
    const kept = append ? this.announcement : [];
    this.announcement = say ? [...kept, say] : [];
  }

  #message(err: unknown): Say {
    if (err instanceof LlaveError) {
      if (err.kind === 'network') return () => this.#i18n.t(common, 'errors.network_error');
      if (err.kind === 'not-found') return () => this.#i18n.t(S, 'errors.not_found');
      // A code a flow's channel may answer (document_changed, rate_limited…) in its own words.
      const code = err.code;
      if (err.kind !== 'server') return () => this.#i18n.error(code);
    }
    return () => this.#i18n.t(common, 'errors.internal_error');
  }
}
