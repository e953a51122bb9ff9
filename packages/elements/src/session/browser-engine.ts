/**
 * OpenID Connect in the browser, for `<llave-session mode="browser">`: oidc-client-ts as a
 * public client (authorization code with PKCE S256, state and nonce checked by the library).
 * Loaded by browser-client.ts only when needed, so no other page downloads oidc-client-ts.
 *
 * Where each thing lives, and why (RFC 10017, OAuth 2.0 for Browser-Based Applications):
 * - Tokens: in this document's memory only (`InMemoryWebStorage` as the user store). Nothing a
 *   script can find in localStorage, sessionStorage or a cookie; a reload or another tab starts
 *   signed out, and signing in again is one redirect while the IdP session lasts.
 * - The sign-in's one-time state (state, nonce, PKCE verifier; never a token): it must outlive
 *   the redirect to the IdP, which unloads this document, so it cannot be in memory. It goes to
 *   sessionStorage (this tab only, gone when the tab closes), under our own prefix, and every
 *   entry is removed as soon as the IdP's answer has been processed, accepted or refused.
 * - Refresh: the rotating refresh token (RFC 9700 §4.14.2), in memory with the rest, renews the
 *   access token before it expires; without one the session ends with the access token.
 */
import {
  acrFor,
  i18n,
  type Level,
  LlaveError,
  levelUpBySignIn,
  type SessionInfo,
  sessionUserFromClaims,
} from '@llave-cdmx/core';
import {
  ErrorResponse,
  InMemoryWebStorage,
  type User,
  UserManager,
  WebStorageStateStore,
} from 'oidc-client-ts';
import type { BrowserSessionSettings } from './browser-mode.js';

/** Our keys in sessionStorage: the state of a sign-in under way, never a token. */
const STATE_PREFIX = 'llave.oidc.';

/** Parameters of an IdP's answer (RFC 6749 §4.1.2, RFC 9207, OIDC Session Management). */
const ANSWER_PARAMS = ['code', 'state', 'iss', 'session_state', 'error', 'error_description'];

/**
 * Claims oidc-client-ts drops from the profile; its default list drops `acr` too, which says
 * the level this sign-in reached, so the list is ours.
 */
const PROTOCOL_CLAIMS = ['nbf', 'jti', 'auth_time', 'nonce', 'amr', 'azp', 'at_hash', 'sid'];

export interface EngineHooks {
  /** The session changed by itself (renewed, expired, refused). */
  changed(): void;
  /** An IdP's answer was refused; nothing of it was kept. */
  refused(error: LlaveError): void;
}

const isInvalidGrant = (err: unknown) =>
  err instanceof ErrorResponse && err.error === 'invalid_grant';

/** `returnTo` as a path on this origin, or undefined (never another origin: no open redirect). */
function samePagePath(returnTo: unknown): string | undefined {
  if (typeof returnTo !== 'string' || !returnTo.startsWith('/') || /^\/[/\\]/.test(returnTo))
    return undefined;
  const url = new URL(returnTo, location.origin);
  return url.origin === location.origin ? `${url.pathname}${url.search}${url.hash}` : undefined;
}

export class BrowserEngine {
  readonly hooks = new Set<EngineHooks>();
  readonly #s: BrowserSessionSettings;
  readonly #states = new WebStorageStateStore({ prefix: STATE_PREFIX, store: sessionStorage });
  readonly #um: UserManager;
  #user: User | null = null;
  #refusal?: LlaveError;
  readonly #ready: Promise<void>;

  constructor(settings: BrowserSessionSettings) {
    this.#s = settings;
    this.#um = new UserManager({
      authority: settings.issuer,
      client_id: settings.clientId,
      redirect_uri: settings.redirectUri,
      post_logout_redirect_uri: settings.postLogoutRedirectUri,
      scope: settings.scope,
      response_type: 'code',
      userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
      stateStore: this.#states,
      // Abandoned sign-ins (the person closed the IdP's page) are swept after 10 minutes.
      staleStateAgeInSeconds: 600,
      // Renews with the refresh token a minute before the access token expires.
      automaticSilentRenew: true,
      // Session monitoring reads the IdP's cookie from an iframe: third-party cookies, and
      // nothing here needs it (tokens end with the page).
      monitorSession: false,
      // Standard providers may put profile claims only in userinfo (OIDC Core §5.4).
      loadUserInfo: true,
      filterProtocolClaims: PROTOCOL_CLAIMS,
      // RFC 7009 §2.2: the body of a revocation answer is ignored, and providers send it as
      // text (oidc-provider: an empty text/plain), which the library would otherwise refuse.
      revokeTokenAdditionalContentTypes: ['text/plain', 'text/html'],
      // Token, userinfo and revocation calls carry no cookie: the client is the PKCE proof.
      fetchRequestCredentials: 'omit',
    });
    const events = this.#um.events;
    events.addUserLoaded((user) => {
      this.#user = user;
      this.#changed();
    });
    events.addUserUnloaded(() => {
      this.#user = null;
      this.#changed();
    });
    events.addAccessTokenExpired(() => void this.#forget());
    // A refresh token the IdP no longer honours ends the session; a network hiccup does not
    // (the next renewal, or the access token's expiry, decides).
    events.addSilentRenewError((err) => {
      if (isInvalidGrant(err)) void this.#forget();
    });
    this.#ready = this.#answer(location.href);
  }

  listen(hooks: EngineHooks): void {
    this.hooks.add(hooks);
    // A client created after the answer was refused still shows it.
    if (this.#refusal) hooks.refused(this.#refusal);
  }

  #changed(): void {
    for (const h of this.hooks) h.changed();
  }

  #refuse(cause: unknown): void {
    this.#refusal = new LlaveError(
      'sign-in',
      'sign_in_failed',
      0,
      {},
      undefined,
      undefined,
      undefined,
      {
        cause,
      },
    );
    for (const h of this.hooks) h.refused(this.#refusal);
  }

  async #forget(): Promise<void> {
    this.#user = null;
    await this.#um.removeUser();
  }

  /** Processes the IdP's answer in `href`, if it is one, then takes it out of the address bar. */
  async #answer(href: string): Promise<void> {
    const url = new URL(href);
    const q = url.searchParams;
    if (!q.has('state')) return;
    const on = (target: string) => new URL(target).pathname === url.pathname;
    const signIn = (q.has('code') || q.has('error')) && on(this.#s.redirectUri);
    const signOut = !signIn && on(this.#s.postLogoutRedirectUri);
    if (!signIn && !signOut) return;
    let returnTo: string | undefined;
    try {
      if (signIn) {
        await this.#checkIssuer(q);
        const user = await this.#um.signinRedirectCallback(href);
        this.#user = user;
        returnTo = samePagePath((user.state as { returnTo?: unknown } | undefined)?.returnTo);
      } else {
        await this.#um.signoutRedirectCallback(href);
      }
    } catch (cause) {
      await this.#forget();
      // A sign-out answer that does not match is simply dropped: nobody is signed in anyway.
      if (signIn) this.#refuse(cause);
    } finally {
      // Used or refused, the one-time state has served: none of it stays behind.
      for (const key of await this.#states.getAllKeys()) await this.#states.remove(key);
      for (const p of ANSWER_PARAMS) q.delete(p);
      // The code must not stay in the history, the address bar or a bookmark.
      history.replaceState(
        history.state,
        '',
        returnTo ?? `${url.pathname}${url.search}${url.hash}`,
      );
    }
  }

  /**
   * Mix-up defence oidc-client-ts leaves to us: discovery must name the configured issuer
   * exactly (OIDC Discovery §4.3), and an authorization answer must carry that issuer as `iss`
   * whenever the IdP says it sends it (RFC 9207 §2.4).
   */
  async #checkIssuer(q: URLSearchParams): Promise<void> {
    const meta = await this.#um.metadataService.getMetadata();
    if (meta.issuer !== this.#s.issuer) throw new Error('discovery names another issuer');
    const iss = q.get('iss');
    const expected = (meta as { authorization_response_iss_parameter_supported?: boolean })
      .authorization_response_iss_parameter_supported;
    if (iss === null ? expected === true : iss !== meta.issuer)
      throw new Error('authorization response from another issuer (RFC 9207)');
  }

  async session(): Promise<SessionInfo> {
    await this.#ready;
    const user = this.#user;
    const claims = user && !user.expired ? sessionUserFromClaims(user.profile) : undefined;
    if (!user || !claims) return { authenticated: false };
    const info: SessionInfo = { authenticated: true, user: claims };
    const meta = await this.#um.metadataService.getMetadata().catch(() => undefined);
    if (meta) info.levelUp = levelUpBySignIn(claims.level, meta.acr_values_supported);
    // No `expiresAt`: there is no server-side session whose end a page could be warned of
    // (`<llave-session-timeout>` is for the BFF's); tokens renew, or the session simply ends.
    return info;
  }

  /** Renews the tokens with the refresh token (rotated by the IdP); claims are read again. */
  async refresh(): Promise<SessionInfo> {
    await this.#ready;
    if (this.#user?.refresh_token) {
      try {
        this.#user = await this.#um.signinSilent();
      } catch (cause) {
        if (isInvalidGrant(cause)) await this.#forget();
        else
          throw new LlaveError('network', 'network_error', 0, {}, undefined, undefined, undefined, {
            cause,
          });
      }
    }
    return this.session();
  }

  /** The access token for an API call, renewed first if it expired; undefined when signed out. */
  async accessToken(): Promise<string | undefined> {
    await this.#ready;
    if (this.#user?.expired && this.#user.refresh_token) await this.refresh().catch(() => {});
    const user = this.#user;
    return user && !user.expired ? user.access_token : undefined;
  }

  /** Leaves for the IdP: authorization request with PKCE S256, state and nonce. */
  async signIn(returnTo?: string, level?: Level): Promise<void> {
    await this.#ready;
    try {
      await this.#um.clearStaleState();
      await this.#um.signinRedirect({
        state: { returnTo: samePagePath(returnTo) ?? `${location.pathname}${location.search}` },
        ...(level ? { acr_values: acrFor(level) } : {}),
        ui_locales: i18n.language,
      });
    } catch (cause) {
      // Discovery unreachable, or a setting the IdP refuses: say so rather than do nothing.
      this.#refuse(cause);
      this.#changed();
    }
  }

  /**
   * Forgets the tokens, revokes them (RFC 7009) and ends the session at the IdP (RP-initiated
   * logout), which comes back to `postLogoutRedirectUri`. Without an end-session endpoint the
   * tokens are still revoked and forgotten.
   */
  async logout(): Promise<void> {
    await this.#ready;
    const user = this.#user;
    if (!user) return;
    // Best effort: ending the session at the IdP matters more, and ends the grant anyway.
    await this.#um.revokeTokens().catch(() => {});
    const meta = await this.#um.metadataService.getMetadata().catch(() => undefined);
    try {
      if (meta?.end_session_endpoint)
        await this.#um.signoutRedirect({ id_token_hint: user.id_token });
    } finally {
      await this.#forget();
    }
  }
}

const engines = new Map<string, BrowserEngine>();

/** One engine per settings on a page, so an IdP's answer is processed exactly once. */
export function engineFor(settings: BrowserSessionSettings, hooks: EngineHooks): BrowserEngine {
  const key = JSON.stringify(settings);
  let engine = engines.get(key);
  if (!engine) {
    engine = new BrowserEngine(settings);
    engines.set(key, engine);
  }
  engine.listen(hooks);
  return engine;
}
