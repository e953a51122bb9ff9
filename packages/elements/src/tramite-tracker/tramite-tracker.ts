import {
  apiPaths,
  BACKGROUND_HEADER,
  type BffClient,
  LlaveError,
  type Tramite,
  type TramiteList,
  type TramiteStatus,
} from '@llave-cdmx/core';
import { validateFolio } from '@llave-cdmx/core/validators/folio';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { LlaveTramiteStatusChangeEvent } from '../events/tramite-status-change.js';
import { ConnectivityController } from '../internal/connectivity-controller.js';
import { prepareRecordFormats } from '../internal/documents-format.js';
import { renderHelp } from '../internal/help/help.js';
import { I18nController } from '../internal/i18n-controller.js';
import { dateTimeFormat } from '../internal/intl.js';
import { SessionController } from '../internal/session-controller.js';
import { StatesController } from '../internal/states-controller.js';
import { renderTramite } from './tramite-card.js';
import { trackerNamespaces } from './tramite-tracker.strings.js';
import { tramiteTrackerStyles } from './tramite-tracker.styles.js';

type Mode = 'mine' | 'lookup';
type Load = 'first' | 'manual' | 'auto';

/**
 * @summary Follows trámites: a signed-in citizen sees theirs, newest first; anyone can look one
 * up by folio or línea de captura. Each shows agency, name, dates and a status timeline.
 *
 * @event llave-tramite-status-change - A refresh found a trámite in a new status
 *   (`event.tramite`, `event.previousStatus`). Not fired on the first load.
 *
 * @csspart base - The outer wrapper.
 * @csspart heading - The component's heading.
 * @csspart form - The lookup form.
 * @csspart input - The folio input.
 * @csspart submit - The lookup button.
 * @csspart refresh - The refresh button.
 * @csspart tramite - One trámite.
 * @csspart status - A trámite's status badge.
 * @csspart timeline - The ordered list of status steps.
 * @csspart step - One step; the current one also has `current-step`.
 * @csspart message - Status and error messages.
 * @csspart help - The help disclosure at the end, the same in every component.
 *
 * @cssproperty --llave-tramite-tracker-background - Background of the component.
 * @cssproperty --llave-tramite-tracker-border-color - Borders of cards and the input.
 * @cssproperty --llave-tramite-tracker-accent - Buttons and the current step.
 * @cssproperty --llave-tramite-tracker-gap - Space between sections.
 * @cssproperty --llave-tramite-tracker-radius - Corner radius.
 * @cssproperty --llave-tramite-tracker-reserved-height - Height reserved before upgrade (llave.css) and kept as a minimum, so nothing moves (default 10.25rem; 16.25rem on phones).
 *
 * @cssstate loading - Loading the session or trámites.
 * @cssstate refreshing - A refresh is under way (the last data stays on screen).
 * @cssstate offline - No connection.
 * @cssstate signed-in - Showing the citizen's own trámites.
 *
 * refreshInterval (refresh-interval) - Seconds between automatic refreshes; 0 (default) = never.
 * client - The BFF client (defaults to the session's).
 * helpHref (help-href) - The agency's help page, linked from the help at the end.
 */
export class LlaveTramiteTracker extends LitElement {
  static override styles = tramiteTrackerStyles;

  @property({ attribute: 'refresh-interval', type: Number }) refreshInterval = 0;
  @property({ attribute: false }) client?: BffClient;
  @property({ attribute: 'help-href' }) helpHref?: string;

  @state() private _items?: Tramite[];
  @state() private _busy?: Load;
  @state() private _error?: LlaveError;
  @state() private _fieldError = '';
  @state() private _notice = '';

  readonly #internals = this.attachInternals();
  readonly #net = new ConnectivityController(this, () => {
    if (this._error?.kind === 'network') void this.#load('auto');
  });
  readonly #i18n = new I18nController(this, trackerNamespaces);
  readonly #session = new SessionController(this);
  #mode?: Mode;
  #folio = '';
  #timer?: ReturnType<typeof setInterval>;
  #abort?: AbortController;

  get #client(): BffClient {
    return this.#session.client(this.client);
  }

  // Status labels are shared by every component (core's `common` namespace).
  readonly #t = this.#i18n.translator;

  /** Loads the shown trámites again (what the refresh button does). */
  refresh(): Promise<void> {
    return this.#load('manual');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#schedule();
    // While the session and the trámites are on their way.
    prepareRecordFormats(this.#i18n.language);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#timer);
    this.#abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('refreshInterval')) this.#schedule();
    // The session decides the mode; switching signs in or out starts over.
    const info = this.#session.state.info;
    const mode: Mode | undefined = info ? (info.authenticated ? 'mine' : 'lookup') : undefined;
    if (mode && mode !== this.#mode) {
      this.#mode = mode;
      this._items = undefined;
      this._error = undefined;
      if (mode === 'mine') void this.#load('first');
    }
  }

  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: a controller works through its host
  readonly #states = new StatesController(this, this.#internals, () => ({
    loading: !this.#mode || this._busy === 'first',
    refreshing: this._busy === 'manual' || this._busy === 'auto',
    offline: !this.#net.online || this._error?.kind === 'network',
    'signed-in': this.#mode === 'mine',
  }));

  #schedule(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    if (!this.isConnected || !(this.refreshInterval > 0)) return;
    // Never more often than every 5 s, whatever the page asks: the API is shared by everyone.
    const ms = Math.max(5, this.refreshInterval) * 1000;
    this.#timer = setInterval(() => {
      if (document.hidden || !this.#net.online || this._busy || !this._items?.length) return;
      void this.#load('auto');
    }, ms);
  }

  async #fetch(signal: AbortSignal, kind: Load): Promise<Tramite[]> {
    // An automatic refresh is not the citizen's activity: it must not keep the session alive.
    const headers = kind === 'auto' ? { [BACKGROUND_HEADER]: '1' } : undefined;
    if (this.#mode === 'mine') {
      const list = await this.#client.api<TramiteList>(apiPaths.myTramites, { signal, headers });
      // Newest first, whatever order the server used.
      return [...list.items].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    }
    return [await this.#client.api<Tramite>(apiPaths.tramite(this.#folio), { signal, headers })];
  }

  async #load(kind: Load): Promise<void> {
    if (this.#mode === 'lookup' && !this.#folio) return;
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this._busy = kind;
    if (kind !== 'auto') this._notice = '';
    try {
      const items = await this.#fetch(abort.signal, kind);
      const changes = kind === 'first' ? [] : this.#changes(items);
      this._items = items;
      this._error = undefined;
      this.#announce(kind, changes);
      if (kind === 'first' && this.#mode === 'lookup' && items[0]) void this.#found(items[0]);
      for (const [t, previous] of changes) {
        this.dispatchEvent(new LlaveTramiteStatusChangeEvent(t, previous));
      }
    } catch (error) {
      if (abort.signal.aborted) return;
      const e = error instanceof LlaveError ? error : new LlaveError('server', 'internal_error', 0);
      if (e.kind === 'needs-login' && this.#mode === 'mine') {
        // The session ended on the server: the store re-reads it and the lookup form takes over.
        void this.#session.store.refresh();
      }
      if (kind === 'first' || !this._items) this._items = undefined;
      this._error = e;
      if (kind === 'auto' && e.kind !== 'network') this._notice = this.#t('errors.refreshFailed');
    } finally {
      if (this.#abort === abort) this._busy = undefined;
    }
  }

  #changes(items: Tramite[]): Array<[Tramite, TramiteStatus]> {
    const before = new Map((this._items ?? []).map((t) => [t.folio, t.status]));
    return items.flatMap((t): Array<[Tramite, TramiteStatus]> => {
      const previous = before.get(t.folio);
      return previous && previous !== t.status ? [[t, previous]] : [];
    });
  }

  /** Polite and only about what changed (WCAG 4.1.3); a manual refresh also confirms it ran. */
  #announce(kind: Load, changes: Array<[Tramite, TramiteStatus]>): void {
    const lines = changes.map(([t]) =>
      this.#t('changed', {
        name: t.name,
        folio: t.folio,
        status: this.#t(`common:tramiteStatuses.${t.status}`),
      }),
    );
    if (kind === 'manual' && !lines.length) lines.push(this.#t('noChanges'));
    if (kind === 'manual' || lines.length) {
      const time = dateTimeFormat(this.#i18n.language, { timeStyle: 'short' }).format(new Date());
      this._notice = [...lines, this.#t('updatedAt', { time })].join(' ');
    }
  }

  /**
   * A lookup that found its trámite says so and takes focus to it, as a not-found one speaks:
   * otherwise a screen-reader user hears nothing and the result sits below, unseen at 200 %.
   */
  async #found(t: Tramite): Promise<void> {
    const status = this.#t(`common:tramiteStatuses.${t.status}`);
    this._notice = this.#t('lookup.found', { name: t.name, folio: t.folio, status });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="tramite"] h3')?.focus();
  }

  #onSubmit(e: SubmitEvent): void {
    e.preventDefault();
    const input = (e.currentTarget as HTMLFormElement).elements.namedItem(
      'folio',
    ) as HTMLInputElement;
    const result = validateFolio(input.value);
    if (!result.ok) {
      this._fieldError = this.#i18n.t(`common:errors.${result.code}`);
      this._items = undefined;
      input.focus();
      return;
    }
    input.value = result.value;
    this._fieldError = '';
    this._notice = '';
    this.#folio = result.value;
    this._items = undefined;
    void this.#load('first');
  }

  /* ------------------------------------------------------------- render */

  override render() {
    const mode = this.#mode;
    return html`<section part="base" class="base" aria-labelledby="heading">
      <h2 id="heading" part="heading">
        ${mode === 'mine' ? this.#t('titleMine') : this.#t('titleLookup')}
      </h2>
      ${
        !mode
          ? html`<p role="status" class="muted">${this.#t('loading')}</p>`
          : html`${mode === 'lookup' ? this.#renderForm() : nothing} ${this.#renderResults()}`
      }
      <p part="message" class="notice" role="status" aria-live="polite">${this._notice}</p>
      ${renderHelp(this.#t, {
        topics:
          this._error?.kind === 'network'
            ? ['pageNotLoading', 'tramitesAgency']
            : ['tramitesAgency', 'pageNotLoading'],
        href: this.helpHref,
      })}
    </section>`;
  }

  #renderForm() {
    const invalid = !!this._fieldError;
    return html`<form part="form" class="lookup" novalidate @submit=${this.#onSubmit}>
      <label for="folio">${this.#t('lookup.label')}</label>
      <p id="folio-help" class="muted">${this.#t('lookup.help')}</p>
      <div class="row">
        <input
          id="folio"
          name="folio"
          part="input"
          type="text"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          aria-describedby="folio-help folio-error"
          aria-invalid=${invalid ? 'true' : 'false'}
        />
        <button part="submit" class="primary" type="submit" ?disabled=${this._busy === 'first'}>
          ${this.#t('lookup.submit')}
        </button>
      </div>
      <p id="folio-error" class="error" role="alert">${this._fieldError}</p>
    </form>`;
  }

  #renderResults() {
    const e = this._error;
    if (this._busy === 'first' && !this._items) {
      return html`<p role="status" class="muted">
        ${this.#mode === 'lookup' ? this.#t('lookup.searching') : this.#t('loading')}
      </p>`;
    }
    if (!this.#net.online || e?.kind === 'network') {
      return html`<div class="callout" role="alert">
          <p><strong>${this.#t('offline.title')}</strong> ${this.#t('offline.message')}</p>
          <button type="button" @click=${() => this.#load(this._items ? 'manual' : 'first')}>
            ${this.#t('retry')}
          </button>
        </div>
        ${this.#renderList()}`;
    }
    if (e && !this._items) {
      if (e.kind === 'not-found') {
        return html`<p class="callout" role="alert">${this.#t('lookup.notFound', { folio: this.#folio })}</p>`;
      }
      if (e.kind === 'needs-login') return nothing;
      return html`<div class="callout" role="alert">
        <p>${this.#t('errors.generic')}</p>
        <button type="button" @click=${() => this.#load('first')}>${this.#t('retry')}</button>
      </div>`;
    }
    return this.#renderList();
  }

  #renderList() {
    const items = this._items;
    if (!items) return nothing;
    const busy = this._busy === 'manual' || this._busy === 'auto';
    return html`<div class="toolbar">
        <button
          part="refresh"
          type="button"
          aria-disabled=${busy ? 'true' : 'false'}
          @click=${() => {
            if (!busy) void this.refresh();
          }}
        >
          ${busy ? this.#t('refreshing') : this.#t('refresh')}
        </button>
      </div>
      ${
        items.length
          ? html`<div class="list">
            ${repeat(
              items,
              (t) => t.folio,
              (t) => renderTramite(t, this.#t, this.#i18n.language),
            )}
          </div>`
          : html`<p class="muted">${this.#t('empty')}</p>`
      }`;
  }
}
