import { ContextProvider } from '@lit/context';
import { BffClient, DEFAULT_BFF_PREFIX, i18n } from '@llave-cdmx/core';
import { css, html, nothing } from 'lit';
import { LlaveElement } from '../internal/base-element.js';
import type { BrowserClient } from './browser-client.js';
import { sessionContext } from './session-context.js';
import { SessionStore } from './session-store.js';

/**
 * @summary Shares one read of the citizen's session with every Llave component inside it.
 *
 * Wrap a page (or part of it) in `<llave-session>` when the BFF is not mounted at `/llave`, or
 * to listen to `llave-session-change` on one element. Without a provider, components share a
 * page-wide session for the default prefix.
 *
 * A site that cannot run any server may opt into `mode="browser"`: the session then signs in
 * from the browser with OpenID Connect (oidc-client-ts, a public client with PKCE), keeps its
 * tokens in memory only and calls the API at `api` with a Bearer token. The BFF stays the
 * recommendation (RFC 10017): see README, "Sites without a server".
 *
 * @slot - The page content that uses the session.
 * @event llave-session-change - The session was first read, ended, or changed (`event.session`).
 *   Not fired for property changes made by the page.
 *
 * @csspart error - Why a browser-only sign-in failed or cannot work (`role="alert"`).
 * @csspart dismiss - The button that hides a failed sign-in's message.
 *
 * @property bffPrefix - Where the BFF is mounted on this origin (attribute `prefix`, default
 *   `/llave`). Not called `prefix` as a property because `Element.prefix` is the DOM's own
 *   (namespace prefix) and must keep its meaning.
 * @property client - The BFF client the session uses (default one for `prefix`); set it to use a
 *   custom `fetch` (tests, service workers) — the session is then read again through it.
 * @property store - The shared session store (read-only; replaced when `prefix` or `client` change).
 * @property mode - (`mode`) `bff` (default): the session is the BFF's. `browser`: OpenID Connect
 *   in the browser, for sites with no server; needs `issuer`, `client-id`, `redirect-uri`, `api`.
 *
 * @attr issuer - `mode="browser"`: the OpenID Connect issuer (https; http only on loopback).
 * @attr client-id - `mode="browser"`: the public client's id (it has no secret).
 * @attr redirect-uri - `mode="browser"`: this page's address as registered at the IdP, exactly
 *   (the sign-in must come back to the page whose memory keeps the tokens).
 * @attr post-logout-redirect-uri - `mode="browser"`: where the IdP sends the citizen after
 *   sign-out (default `redirect-uri`).
 * @attr scope - `mode="browser"`: scopes to ask for (default `openid profile`).
 * @attr api - `mode="browser"`: the Llave API base that allows this origin (CORS).
 * @attr protocol - `mode="browser"`: `oidc` (default). `llave` is refused with a clear message:
 *   the Llave CDMX protocol needs a client secret, which a browser cannot keep.
 */
export class LlaveSession extends LlaveElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  // `static properties` rather than decorators: no page downloads the decorator runtime
  // (DESIGN.md §6). Fields below are plain assignments (useDefineForClassFields: false), so Lit's
  // accessors see them.
  static override properties = {
    bffPrefix: { attribute: 'prefix', reflect: true },
    client: { attribute: false },
    mode: { reflect: true },
  };

  bffPrefix = DEFAULT_BFF_PREFIX;
  client?: BffClient;
  mode: 'bff' | 'browser' = 'bff';

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

  /** Ends the session (at the BFF, or at the IdP in browser mode) and tells every component. */
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

  /** Browser mode's client while that mode is on (a placeholder until its code arrives). */
  #browser?: BffClient;

  /** Swaps the store when the client or its settings no longer match: another session. */
  #syncStore(): void {
    const current = this.#store.client;
    const prefix = this.bffPrefix.replace(/\/$/, '');
    if (!this.client && this.mode === 'browser') {
      if (current === this.#browser) return;
      // Nothing of browser mode is on this path (a page with the BFF pays nothing for it): its
      // code loads now, and until it arrives the session is "being read" (this never answers).
      const waiting = new BffClient({ fetch: () => new Promise(() => {}) });
      this.#browser = waiting;
      this.#use(waiting);
      void import('./browser-client.js').then((m) =>
        m.startBrowserMode(this, waiting, i18n, (client) => {
          if (this.#store.client !== this.#browser) return;
          this.#browser = client;
          this.#use(client);
        }),
      );
      return;
    }
    this.#browser = undefined;
    if (this.client ? this.client !== current : current.prefix !== prefix)
      this.#use(this.client ?? new BffClient({ prefix }));
  }

  #use(client: BffClient): void {
    this.#store = new SessionStore(client, this);
    this.#provider.setValue(this.#store);
    if (this.isConnected) void this.#store.load();
  }

  /** Browser mode's own message (why a sign-in failed), from its on-demand module. */
  get #mode() {
    return (this.#store.client as Partial<Pick<BrowserClient, 'mode'>>).mode;
  }

  override updated(): void {
    this.#mode?.rendered(this);
  }

  override render() {
    return html`${this.#mode?.view(this) ?? nothing}<slot></slot>`;
  }
}
