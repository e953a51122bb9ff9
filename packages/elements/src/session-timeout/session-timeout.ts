import { html, nothing } from 'lit';
import { LlaveSessionTimeoutEvent } from '../events/session-timeout.js';
import { LlaveElement } from '../internal/base-element.js';
import { baseStyles } from '../internal/base-styles.js';
import { I18nController } from '../internal/i18n-controller.js';
import { SessionController } from '../internal/session-controller.js';
import { StatesController } from '../internal/states-controller.js';
import { DeadlineController, type TimeoutPhase } from './deadline-controller.js';
import { sessionTimeoutStrings as strings } from './session-timeout.strings.js';
import { sessionTimeoutStyles } from './session-timeout.styles.js';

/**
 * @summary Warns before the citizen's session ends, lets them continue or sign out, and after
 * it ends explains why and offers to sign in again to the same page (WCAG 2.2.1).
 *
 * Put one on every page a signed-in citizen uses. It shows nothing until it is time to warn;
 * then a modal dialog takes focus, says how long is left (announced when it opens and once a
 * minute, not every second) and offers "Seguir en la sesión" (the BFF restarts the idle
 * deadline) or "Cerrar sesión". When the absolute limit comes first it says plainly that the
 * session cannot be extended. Tabs of the same site stay in step: continuing in one tab closes
 * the warning in the others.
 *
 * @event llave-session-timeout - The warning opened (`event.phase === 'warning'`) or the session
 *   ended (`'ended'`, `event.reason`: `idle`, `absolute` or `signed-out`): the page may save a draft.
 *
 * @csspart dialog - The modal dialog.
 * @csspart title - Its heading.
 * @csspart continue - The button that keeps the session (or closes a notice).
 * @csspart sign-out - The sign-out button.
 * @csspart sign-in - The link to sign in again after the session ended.
 *
 * @cssproperty --llave-session-timeout-max-width - Width of the dialog (default 32rem).
 *
 * @cssstate warning - The warning is open.
 * @cssstate ended - The session ended and the dialog says so.
 *
 * @property warnBefore - Seconds before the end to warn (attribute `warn-before`, default 120:
 *   at least two minutes, as GOV.UK advises, so a slow reader can act in time).
 */
export class LlaveSessionTimeout extends LlaveElement {
  static override styles = [baseStyles, sessionTimeoutStyles];
  // `state: true` alone: Lit gives state no attribute (createProperty sets `attribute: false`),
  // and the manifest keeps only the header's members (public-contract.mjs).
  static override properties = {
    warnBefore: { type: Number, attribute: 'warn-before' },
    busy: { state: true },
    error: { state: true },
  };

  warnBefore = 120;
  private busy: '' | 'extend' | 'sign-out' = '';
  private error: '' | 'extendFailed' | 'signOutFailed' = '';

  #i18n = new I18nController(this, [strings]);
  #session = new SessionController(this);
  #deadline = new DeadlineController(this, this.#session, (phase) => this.#onPhase(phase));
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: a controller works through its host
  readonly #states = new StatesController(this, () => ({
    warning: this.#deadline.phase === 'warning',
    ended: this.#deadline.phase === 'ended',
  }));
  #returnFocus?: HTMLElement;
  #announced = '';

  readonly #t = this.#i18n.translator;

  override render() {
    const { phase } = this.#deadline;
    // One dialog element whatever the phase, so closing it can hand focus back.
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      aria-describedby="body"
      @cancel=${this.#onCancel}
    >
      ${phase === 'quiet' ? nothing : phase === 'ended' ? this.#ended() : this.#warning()}
      ${this.error ? html`<p class="error" role="alert">${this.#t(this.error)}</p>` : nothing}
    </dialog>`;
  }

  #warning() {
    const { final } = this.#deadline;
    const time = this.#duration(this.#deadline.secondsLeft);
    const clock = new Intl.DateTimeFormat(this.#i18n.language, {
      hour: 'numeric',
      minute: '2-digit',
    }).format(this.#deadline.end);
    const live = this.#announcement();
    return html`<h2 id="title" part="title" tabindex="-1">
        ${this.#t(final ? 'final.title' : 'warning.title')}
      </h2>
      <div id="body">
        <p>${this.#t(final ? 'final.body' : 'warning.body', { clock, time })}</p>
        <p>${this.#t(final ? 'final.why' : 'warning.keep')}</p>
      </div>
      <p class="visually-hidden" aria-live="polite">${live}</p>
      <div class="actions">
        <button part="continue" class="primary" ?disabled=${!!this.busy} @click=${this.#continue}>
          ${this.#t(final ? 'final.ok' : this.busy === 'extend' ? 'warning.continuing' : 'warning.continue')}
        </button>
        <button part="sign-out" class="secondary" ?disabled=${!!this.busy} @click=${this.#signOut}>
          ${this.#t(this.busy === 'sign-out' ? 'signingOut' : 'signOut')}
        </button>
      </div>`;
  }

  #ended() {
    const { reason } = this.#deadline;
    const here = `${location.pathname}${location.search}`;
    const why = reason === 'signed-out' ? ('signedOut' as const) : reason;
    return html`<h2 id="title" part="title" tabindex="-1">${this.#t('ended.title')}</h2>
      <div id="body">
        <p>${this.#t(`ended.${why}`)}</p>
        <p>${this.#t('ended.again')}</p>
      </div>
      <div class="actions">
        <a part="sign-in" class="button primary" href=${this.#session.store.client.loginUrl(here)}
          >${this.#t('ended.signIn')}</a
        >
        <button class="secondary" @click=${this.#close}>${this.#t('ended.close')}</button>
      </div>`;
  }

  /**
   * What the live region says: the time left, rounded to the minute, so it speaks when the
   * dialog opens and once a minute (and at 30 s), never every second (WCAG 4.1.3).
   */
  #announcement(): string {
    const s = this.#deadline.secondsLeft;
    const step = s > 60 ? Math.ceil(s / 60) * 60 : s > 30 ? 60 : 30;
    const count = step >= 60 ? step / 60 : step;
    const text = this.#t('left', { time: this.#duration(step), count });
    // At 0 the dialog is about to say the session ended: the last words stay.
    if (s > 0) this.#announced = text;
    return this.#announced;
  }

  #duration(total: number): string {
    const minutes = Math.floor(total / 60);
    const seconds = total % 60;
    const m = this.#t('minutes', { count: minutes });
    const s = this.#t('seconds', { count: seconds });
    if (!minutes) return s;
    return seconds ? this.#t('minutesSeconds', { minutes: m, seconds: s }) : m;
  }

  // LitElement's own `updated` does nothing: no super call to make.
  protected override updated(): void {
    // Off the page (a framework moving it) a dialog cannot be modal: it opens once back.
    if (!this.isConnected) return;
    // render() always returns the one dialog.
    const dialog = this.renderRoot.querySelector('dialog')!;
    const open = this.#deadline.phase !== 'quiet';
    if (open && !dialog.matches(':modal')) {
      // Open but not modal: it was taken off the page, which took it out of the top layer.
      if (dialog.open) dialog.close();
      else this.#returnFocus = deepActiveElement();
      dialog.showModal();
      // Focus the heading, not a button: the citizen hears what happened and the time left
      // (aria-describedby) before the choices, and Enter cannot continue by accident.
      this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      this.#returnFocus?.focus();
      this.#returnFocus = undefined;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Put back on the page with the dialog due: show it again, modal (see updated).
    if (this.hasUpdated) this.requestUpdate();
  }

  #onPhase(phase: TimeoutPhase): void {
    this.error = '';
    this.#announced = '';
    if (phase === 'quiet') return;
    this.dispatchEvent(new LlaveSessionTimeoutEvent(phase, this.#deadline.reason));
    // The heading changes with the phase while the dialog stays open: bring focus back to it.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h2')?.focus());
  }

  // Listeners bound in the template are methods: Lit calls them with the host as `this`.
  /** Escape: on the idle warning it means "continue" (GOV.UK), elsewhere "close". */
  #onCancel(event: Event) {
    event.preventDefault();
    if (this.#deadline.phase === 'warning') void this.#continue();
    else this.#close();
  }

  async #continue() {
    if (this.#deadline.final) return this.#close();
    this.busy = 'extend';
    this.error = '';
    try {
      await this.#deadline.extend();
    } catch {
      this.error = 'extendFailed';
    } finally {
      this.busy = '';
    }
  }

  async #signOut() {
    this.busy = 'sign-out';
    this.error = '';
    try {
      await this.#deadline.signOut();
    } catch {
      this.error = 'signOutFailed';
    } finally {
      this.busy = '';
    }
  }

  #close() {
    this.#deadline.dismiss();
  }
}

/** The focused element, looking through open shadow roots (a field inside another component). */
function deepActiveElement(): HTMLElement | undefined {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement && el !== document.body ? el : undefined;
}
