import { ContextProvider } from '@lit/context';
import { BffClient, DEFAULT_BFF_PREFIX } from '@llave-cdmx/core';
import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { sessionContext } from './session-context.js';
import { SessionStore } from './session-store.js';

/**
 * @summary Shares one read of the citizen's session with every Llave component inside it.
 *
 * Wrap a page (or part of it) in `<llave-session>` when the BFF is not mounted at `/llave`, or
 * to listen to `llave-session-change` on one element. Without a provider, components share a
 * page-wide session for the default prefix.
 *
 * @slot - The page content that uses the session.
 * @event llave-session-change - The session was first read, ended, or changed (`event.session`).
 *   Not fired for property changes made by the page.
 *
 * @property bffPrefix - Where the BFF is mounted on this origin (attribute `prefix`, default
 *   `/llave`). Not called `prefix` as a property because `Element.prefix` is the DOM's own
 *   (namespace prefix) and must keep its meaning.
 * @property client - The BFF client the session uses (default one for `prefix`); set it to use a
 *   custom `fetch` (tests, service workers) — the session is then read again through it.
 * @property store - The shared session store (read-only; replaced when `prefix` or `client` change).
 */
export class LlaveSession extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  @property({ attribute: 'prefix', reflect: true }) bffPrefix = DEFAULT_BFF_PREFIX;

  @property({ attribute: false }) client?: BffClient;

  #store = new SessionStore(new BffClient({ prefix: this.bffPrefix }), this);
  #provider = new ContextProvider(this, { context: sessionContext, initialValue: this.#store });

  constructor() {
    super();
    // A verifier inside this provider raised the level: refresh this provider's session.
    this.addEventListener('llave-contact-verified', () => this.#store.verified());
  }

  /** The store the components below share: `state`, `refresh()`, `logout()`, `client`. */
  get store(): SessionStore {
    return this.#store;
  }

  /** Reads the session again (after a login in another tab, or a step-up). */
  refresh(): Promise<void> {
    return this.#store.refresh();
  }

  /** Ends the session at the BFF and tells every component. */
  logout(): Promise<void> {
    return this.#store.logout();
  }

  override willUpdate(): void {
    this.#syncStore();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Properties set before connecting (`.client`, `prefix`) must win before anything reads the
    // session: children connect right after this and ask for the store.
    this.#syncStore();
    void this.#store.load();
  }

  /** Swaps the store when the client or prefix no longer match: a different BFF is a different session. */
  #syncStore(): void {
    const prefix = this.bffPrefix.replace(/\/$/, '');
    const current = this.#store.client;
    const stale = this.client ? this.client !== current : current.prefix !== prefix;
    if (!stale) return;
    this.#store = new SessionStore(this.client ?? new BffClient({ prefix }), this);
    this.#provider.setValue(this.#store);
    if (this.isConnected) void this.#store.load();
  }

  override render() {
    return html`<slot></slot>`;
  }
}
