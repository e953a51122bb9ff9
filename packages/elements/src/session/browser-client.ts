/**
 * `<llave-session mode="browser">`'s client, loaded by session.ts only when that mode is on.
 * It has `BffClient`'s surface, so every component works unchanged; behind it, OpenID Connect in
 * the browser (browser-mode.ts, then oidc-client-ts in browser-engine.ts only when there is an
 * IdP answer to process or a sign-in to start).
 */
import type { ApiTarget, I18n, Level, SessionInfo } from '@llave-cdmx/core';
import { BffClient } from '@llave-cdmx/core';
import { BrowserMode, type BrowserSessionAttributes } from './browser-mode.js';
import type { SessionStore } from './session-store.js';

/** The attributes browser mode reads; a change to any of them is another session. */
export const BROWSER_ATTRIBUTES = [
  'issuer',
  'client-id',
  'redirect-uri',
  'post-logout-redirect-uri',
  'scope',
  'api',
  'protocol',
] as const;

type Host = HTMLElement & { readonly store: SessionStore };

export class BrowserClient extends BffClient {
  readonly mode: BrowserMode;

  constructor(
    readonly attrs: BrowserSessionAttributes,
    /** The `<llave-session>` whose sign-in buttons this session answers. */
    readonly host: Host,
    i18n: I18n,
  ) {
    super({ prefix: '' });
    this.mode = new BrowserMode(this, i18n);
  }

  /** Called when the session changes by itself: the store reads it again. */
  onChange(): void {
    if (this.host.store.client === this) void this.host.store.refresh();
  }

  /** A link that signs in on this page; `#` when the session cannot work. */
  override loginUrl(returnTo?: string, level?: Level): string {
    return this.mode.loginUrl(returnTo, level);
  }

  /** Leaves for the IdP (authorization request with PKCE, state and nonce). */
  signIn(returnTo?: string, level?: Level): Promise<void> {
    return this.mode.signIn(returnTo, level);
  }

  override session(): Promise<SessionInfo> {
    return this.mode.session();
  }

  /** New tokens with the rotating refresh token (claims read again: a raised level shows). */
  override refreshSession(): Promise<SessionInfo> {
    return this.mode.refresh();
  }

  /** Forgets and revokes the tokens and ends the session at the IdP (RP-initiated logout). */
  override logout(): Promise<void> {
    return this.mode.logout();
  }

  /** The API's own origin with the access token as `Bearer`, no cookies. */
  override apiTarget(path: string): Promise<ApiTarget> {
    return this.mode.apiTarget(path);
  }
}

/**
 * Gives `host` its browser-mode client now, and a new one whenever one of its attributes
 * changes, through `use`; stops once `host` uses another client (mode turned off).
 */
export function startBrowserMode(
  host: Host,
  waiting: BffClient,
  i18n: I18n,
  use: (client: BffClient) => void,
): void {
  let current = waiting;
  const swap = () => {
    if (host.store.client !== current) return observer.disconnect();
    const attrs = Object.fromEntries(BROWSER_ATTRIBUTES.map((a) => [a, host.getAttribute(a)]));
    current = new BrowserClient(attrs, host, i18n);
    use(current);
  };
  const observer = new MutationObserver(swap);
  observer.observe(host, { attributes: true, attributeFilter: [...BROWSER_ATTRIBUTES] });
  swap();
}
