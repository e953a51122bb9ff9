import {
  apiPaths,
  BACKGROUND_HEADER,
  type BffClient,
  LlaveError,
  type Tramite,
  type TramiteList,
} from '@llave-cdmx/core';
import { validateFolio } from '@llave-cdmx/core/validators/folio';
import { html, nothing, type PropertyValues } from 'lit';
import { LlaveTramiteStatusChangeEvent } from '../events/tramite-status-change.js';
import { LlaveElement } from '../internal/base-element.js';
import { clock } from '../internal/clock.js';
import { ConnectivityController } from '../internal/connectivity-controller.js';
import { renderHelp } from '../internal/help/help.js';
import { I18nController } from '../internal/i18n-controller.js';
import { SessionController } from '../internal/session-controller.js';
import { StatesController } from '../internal/states-controller.js';
import { renderLookupForm } from './lookup-form.js';
import { renderTramites } from './tramite-card.js';
import { changeNotice, statusChanges } from './tramite-changes.js';
import { trackerNamespaces } from './tramite-tracker.strings.js';
import { tramiteTrackerStyles } from './tramite-tracker.styles.js';

/** `mine`: the citizen's list; `lookup`: the folio form; `folio`: the one trámite the page named. */
type Mode = 'mine' | 'lookup' | 'folio';
type Load = 'first' | 'manual' | 'auto';

/**
 * @summary Follows trámites: a signed-in citizen sees theirs, newest first; anyone can look one
 * up by folio or línea de captura; a page that knows the folio (right after sending) shows that
 * trámite only. Each shows agency, name, dates and a status timeline; `view="list"` shows the
 * citizen's list as one compact row per trámite, its detail behind "Ver detalle".
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
 * @csspart tramite - One trámite in full.
 * @csspart list - The compact list (`view="list"`).
 * @csspart row - One row of the compact list.
 * @csspart toggle - A row's "Ver detalle" button (`aria-expanded`).
 * @csspart detail - A row's detail (facts and timeline), shown by its toggle.
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
 * @cssproperty --llave-tramite-tracker-reserved-height - Height reserved before upgrade (llave.css) and kept as a minimum, so nothing moves (default 16.5625rem, the folio lookup and the help at the end on a desktop; 22.3125rem on phones).
 *
 * @cssstate loading - Loading the session or trámites.
 * @cssstate refreshing - A refresh is under way (the last data stays on screen).
 * @cssstate offline - No connection.
 * @cssstate signed-in - Showing the citizen's own trámites.
 * @cssstate single - Showing the one trámite named by `folio`.
 *
 * folio (folio) - Shows this trámite only, signed in or not; unset (default): the session decides.
 * view (view) - The citizen's list: `full` (default) or `list` (one compact row per trámite).
 * refreshInterval (refresh-interval) - Seconds between automatic refreshes; 0 (default) = never.
 * client - The BFF client (defaults to the session's).
 * helpHref (help-href) - The agency's help page, linked from the help at the end.
 */
export class LlaveTramiteTracker extends LlaveElement {
  static override styles = tramiteTrackerStyles;

  // `static properties` rather than decorators: no page downloads the decorator runtime
  // (DESIGN.md §6). Fields below are plain assignments (useDefineForClassFields: false), so Lit's
  // accessors see them. `state: true` alone: Lit gives state no attribute (createProperty sets
  // `attribute: false`), and the manifest keeps only the header's members (public-contract.mjs).
  static override properties = {
    folio: {},
    view: {},
    refreshInterval: { attribute: 'refresh-interval', type: Number },
    client: { attribute: false },
    helpHref: { attribute: 'help-href' },
    _items: { state: true },
    _busy: { state: true },
    _error: { state: true },
    _fieldError: { state: true },
    _notice: { state: true },
    _open: { state: true },
  };

  /**
   * Shows this trámite only (folio or línea de captura, normalised like the lookup), signed in
   * or not, with its timeline: no form, no list. Unset, the session decides.
   */
  folio?: string;
  /** The citizen's list: each trámite in `full`, or one compact row each (`list`). */
  view: 'full' | 'list' = 'full';
  refreshInterval = 0;
  client?: BffClient;
  helpHref?: string;

  private _items?: Tramite[];
  private _busy?: Load;
  private _error?: LlaveError;
  private _fieldError = '';
  private _notice = '';
  /** Folios whose row is expanded: kept across refreshes, as the rows are. */
  private _open = new Set<string>();

  readonly #net = new ConnectivityController(this, () => {
    if (this._error?.kind === 'network') void this.#load('auto');
  });
  readonly #i18n = new I18nController(this, trackerNamespaces);
  readonly #session = new SessionController(this);
  #mode?: Mode;
  #folio = '';
  #timer?: number;
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
    // Moved in the page: what disconnecting cut off loads again.
    if (this.#mode && !this._items && !this._error) void this.#load('first');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clock.clearTimeout(this.#timer);
    this.#abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('refreshInterval')) this.#schedule();
    // A folio the page names wins over the session; unset again, the session decides.
    const named = this.folio?.trim() ? validateFolio(this.folio) : undefined;
    if (named) {
      const folio = named.ok ? named.value : this.folio!.trim();
      if (this.#mode !== 'folio' || folio !== this.#folio) {
        this.#start('folio', folio);
        // A folio that cannot exist is not asked for: it is simply not found.
        if (!named.ok) this._error = new LlaveError('not-found', 'not_found', 404);
      }
      return;
    }
    // The session decides the mode; switching signs in or out starts over.
    const info = this.#session.state.info;
    const mode: Mode | undefined = info ? (info.authenticated ? 'mine' : 'lookup') : undefined;
    if (mode !== this.#mode && (mode || this.#mode === 'folio')) this.#start(mode, '');
  }

  #start(mode: Mode | undefined, folio: string): void {
    this.#abort?.abort();
    this.#mode = mode;
    this.#folio = folio;
    this._items = undefined;
    this._error = undefined;
    this._notice = '';
    if (mode === 'mine' || validateFolio(folio).ok) void this.#load('first');
  }

  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: a controller works through its host
  readonly #states = new StatesController(this, () => ({
    loading: !this.#mode || this._busy === 'first',
    refreshing: this._busy === 'manual' || this._busy === 'auto',
    offline: !this.#net.online || this._error?.kind === 'network',
    'signed-in': this.#mode === 'mine',
    single: this.#mode === 'folio',
  }));

  #schedule(): void {
    clock.clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.isConnected || !(this.refreshInterval > 0)) return;
    // Never more often than every 5 s, whatever the page asks: the API is shared by everyone.
    const ms = Math.max(5, this.refreshInterval) * 1000;
    this.#timer = clock.setTimeout(() => {
      this.#schedule();
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
    if (this.#mode !== 'mine' && !this.#folio) return;
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this._busy = kind;
    if (kind !== 'auto') this._notice = '';
    try {
      const items = await this.#fetch(abort.signal, kind);
      const changes = kind === 'first' ? [] : statusChanges(this._items, items);
      this._items = items;
      this._error = undefined;
      const said = changeNotice(this.#t, this.#i18n.language, kind === 'manual', changes);
      if (said) this._notice = said;
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
    this.#start('lookup', result.value);
  }

  /* ------------------------------------------------------------- render */

  override render() {
    const mode = this.#mode;
    return html`<section part="base" class="base" aria-labelledby="heading">
      <h2 id="heading" part="heading">
        ${this.#t(mode === 'mine' ? 'titleMine' : mode === 'folio' ? 'titleFolio' : 'titleLookup')}
      </h2>
      <div class="body">${
        !mode
          ? html`<p role="status" class="muted">${this.#t('common:status.loading')}</p>`
          : html`${
              mode === 'lookup'
                ? renderLookupForm(this.#t, {
                    error: this._fieldError,
                    busy: this._busy === 'first',
                    // Lit calls a listener with the element as `this`.
                    submit: this.#onSubmit,
                  })
                : nothing
            } ${this.#renderResults()}`
      }</div>
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

  #renderResults() {
    const e = this._error;
    if (this._busy === 'first' && !this._items) {
      return html`<p role="status" class="muted">
        ${this.#t(this.#mode === 'mine' ? 'common:status.loading' : 'lookup.searching')}
      </p>`;
    }
    if (!this.#net.online || e?.kind === 'network') {
      return html`<div class="callout" role="alert">
          <p><strong>${this.#t('common:offline.title')}</strong> ${this.#t('common:offline.message')}</p>
          <button type="button" @click=${() => this.#load(this._items ? 'manual' : 'first')}>
            ${this.#t('common:actions.retry')}
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
        <button type="button" @click=${() => this.#load('first')}>${this.#t('common:actions.retry')}</button>
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
          ${this.#t(busy ? 'refreshing' : 'refresh')}
        </button>
      </div>
      ${
        items.length
          ? renderTramites(items, this.#t, this.#i18n.language, {
              rows: this.#mode === 'mine' && this.view === 'list',
              open: this._open,
              toggle: (folio) => {
                const open = new Set(this._open);
                if (!open.delete(folio)) open.add(folio);
                this._open = open;
              },
            })
          : html`<p class="muted">${this.#t('empty')}</p>`
      }`;
  }
}
