/**
 * Standard OpenID Connect through openid-client v6: discovery with an exact issuer match,
 * code flow with PKCE S256, state and nonce, RFC 9207 `iss` checks, refresh with rotation,
 * RP-initiated logout and back-channel logout tokens validated in full.
 */
import {
  ACR_PREFIX,
  acrFor,
  isLevel,
  LEVELS,
  type Level,
  levelFromClaims,
  parseIsoDate,
} from '@llave-cdmx/core';
import { createRemoteJWKSet, customFetch as joseCustomFetch, jwtVerify } from 'jose';
import * as client from 'openid-client';
import { InvalidGrantError, LoginError, UpstreamError } from '../errors.js';
import { toUpstreamError } from '../http/outbound.js';
import type { LevelWays } from '../levels.js';
import {
  expiryFrom,
  type FreshClaims,
  type IdpAdapter,
  type LoginTransaction,
  type LogoutTokenClaims,
  mobileOrUndefined,
  type NormalizedClaims,
  type TokenSet,
} from './types.js';

// The levels as acr values live in core (claims.ts), shared with the browser-only session.
export { ACR_PREFIX };

const BACKCHANNEL_EVENT = 'http://schemas.openid.net/event/backchannel-logout';
/** Seconds of clock difference with the IdP tolerated on `exp`, `nbf` and `iat`. */
export const CLOCK_TOLERANCE_SECONDS = 30;
/** Asymmetric algorithms only: a logout token must be signed by the IdP's published keys. */
const LOGOUT_TOKEN_ALGS = ['RS256', 'PS256', 'ES256', 'ES384', 'EdDSA'];

export interface OidcAdapterOptions {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
  scope: string;
  fetch: typeof fetch;
  /** Whole-request timeout in seconds for openid-client's calls. */
  timeoutSeconds: number;
}

export function normalizeOidcClaims(claims: Record<string, unknown>): NormalizedClaims {
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  const sub = str(claims.sub);
  if (!sub) throw new LoginError('id token without sub');
  const given = str(claims.given_name);
  const family = str(claims.family_name);
  const out: NormalizedClaims = {
    sub,
    name: str(claims.name) ?? ([given, family].filter(Boolean).join(' ') || sub),
    email: str(claims.email) ?? null,
    level: levelFromClaims(claims),
  };
  if (given) out.given_name = given;
  if (family) out.family_name = family;
  const curp = str(claims.curp);
  if (curp) out.curp = curp;
  const birthdate = parseIsoDate(claims.birthdate);
  if (birthdate) out.birthdate = birthdate;
  const phone = mobileOrUndefined(claims.phone_number);
  if (phone) out.phone = phone;
  return out;
}

/**
 * openid-client checks `exp` and `nbf` but not that `iat` is in the past: an ID token "issued"
 * ten minutes from now is refused here (OIDC Core §3.1.3.7 step 10, within the clock tolerance).
 */
function assertIssuedInThePast(claims: { iat?: unknown }): void {
  const now = Math.floor(Date.now() / 1000);
  if (typeof claims.iat !== 'number' || claims.iat > now + CLOCK_TOLERANCE_SECONDS) {
    throw new LoginError('id token iat is missing or in the future');
  }
}

/** Network trouble → UpstreamError; an OAuth error answer → the protocol error it means. */
function classify(err: unknown, what: string): Error {
  if (err instanceof client.ResponseBodyError) {
    if (err.error === 'invalid_grant') return new InvalidGrantError(`${what}: invalid_grant`);
    if (err.status >= 500) return new UpstreamError('bad_response', `${what}: HTTP ${err.status}`);
    return new LoginError(`${what}: ${err.error}`);
  }
  if (err instanceof client.AuthorizationResponseError) {
    return new LoginError(`${what}: authorization error ${err.error}`);
  }
  const e = err as { name?: string; message?: string; cause?: unknown };
  if (
    e?.name === 'TimeoutError' ||
    e?.name === 'AbortError' ||
    (e?.name === 'TypeError' && /fetch failed/.test(e.message ?? ''))
  ) {
    return toUpstreamError(err, what);
  }
  if (err instanceof client.ClientError || err instanceof TypeError) {
    // e.g. OAUTH_RESPONSE_IS_NOT_CONFORM on a 5xx, or a non-JSON answer.
    const status = (e.cause as { status?: number } | undefined)?.status;
    if (status && status >= 500)
      return new UpstreamError('bad_response', `${what}: HTTP ${status}`);
  }
  return new LoginError(`${what}: ${e?.message ?? 'failed'}`);
}

export class OidcAdapter implements IdpAdapter {
  readonly kind = 'oidc';
  readonly supportsStepUp = true;
  readonly #o: OidcAdapterOptions;
  #config: Promise<client.Configuration> | undefined;
  #jwks: ReturnType<typeof createRemoteJWKSet> | undefined;
  #ways: LevelWays | undefined;

  constructor(options: OidcAdapterOptions) {
    this.#o = options;
  }

  /**
   * Discovery, cached once it succeeds; a failure is not cached, so the BFF recovers by itself
   * when the IdP comes back. openid-client checks that the discovered `issuer` is exactly the
   * configured one (OIDC Discovery §4.3).
   */
  configuration(): Promise<client.Configuration> {
    if (!this.#config) {
      const isHttp = this.#o.issuer.startsWith('http:');
      this.#config = client
        .discovery(
          new URL(this.#o.issuer),
          this.#o.clientId,
          // The same tolerance openid-client applies to exp and nbf, and we to iat.
          { client_secret: this.#o.clientSecret, [client.clockTolerance]: CLOCK_TOLERANCE_SECONDS },
          client.ClientSecretBasic(this.#o.clientSecret),
          {
            execute: [
              // openid-client skips the ID token's signature when the token comes straight
              // from the token endpoint over TLS; verify it anyway against the IdP's JWKS,
              // so a token endpoint answer nobody signed (a proxy, a misrouted call, a broken
              // IdP) cannot sign anybody in. The JWKS is cached (5 min) and refetched for an
              // unknown kid at most once a minute (oauth4webapi's key selection).
              client.enableNonRepudiationChecks,
              // Plain http only for a loopback issuer in development/tests.
              ...(isHttp ? [client.allowInsecureRequests] : []),
            ],
            [client.customFetch]: this.#o.fetch as client.CustomFetch,
            timeout: this.#o.timeoutSeconds,
          },
        )
        .then((config) => {
          config[client.customFetch] = this.#o.fetch as client.CustomFetch;
          config.timeout = this.#o.timeoutSeconds;
          return config;
        })
        .catch((err: unknown) => {
          this.#config = undefined;
          throw classify(err, 'oidc discovery') instanceof UpstreamError
            ? classify(err, 'oidc discovery')
            : new UpstreamError('bad_response', 'oidc discovery failed', { cause: err });
        });
    }
    return this.#config;
  }

  async startLogin(input: { returnTo: string; level?: Level; reauth?: boolean }) {
    const config = await this.configuration();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const params: Record<string, string> = {
      redirect_uri: this.#o.redirectUri,
      scope: this.#o.scope,
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    };
    if (input.level) params.acr_values = acrFor(input.level);
    if (input.reauth) {
      // OIDC Core §3.1.2.1: prompt=login makes the IdP ask for the credentials again even with
      // a live session; max_age=0 makes the ID token's auth_time prove that it did.
      params.prompt = 'login';
      params.max_age = '0';
    }
    const url = client.buildAuthorizationUrl(config, params);
    const transaction: LoginTransaction = {
      state,
      nonce,
      codeVerifier,
      returnTo: input.returnTo,
      level: input.level,
      createdAt: Date.now(),
    };
    return { url: url.href, transaction };
  }

  async finishLogin(callbackUrl: URL, tx: LoginTransaction) {
    const config = await this.configuration();
    if (!tx.codeVerifier || !tx.nonce) throw new LoginError('transaction is not an oidc one');
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      // Validates state, the RFC 9207 `iss` parameter (required when the IdP advertises
      // authorization_response_iss_parameter_supported), the ID token signature (enabled in
      // `configuration()`), iss, aud, exp and the nonce, and sends the PKCE verifier; `iat` is
      // checked below.
      tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: tx.codeVerifier,
        expectedState: tx.state,
        expectedNonce: tx.nonce,
        idTokenExpected: true,
      });
    } catch (err) {
      throw classify(err, 'oidc code exchange');
    }
    const idClaims = tokens.claims();
    if (!idClaims) throw new LoginError('no id token');
    assertIssuedInThePast(idClaims);
    let all: Record<string, unknown> = { ...idClaims };
    if (config.serverMetadata().userinfo_endpoint) {
      try {
        const info = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
        // The ID token's acr (what this sign-in achieved) wins over anything in userinfo.
        all = { ...info, ...idClaims };
        if (info.level !== undefined && idClaims.level === undefined) all.level = info.level;
      } catch (err) {
        throw classify(err, 'oidc userinfo');
      }
    }
    const set: TokenSet = { accessToken: tokens.access_token, ...expiryFrom(tokens.expiresIn()) };
    if (tokens.refresh_token) set.refreshToken = tokens.refresh_token;
    if (tokens.id_token) set.idToken = tokens.id_token;
    const sid = typeof idClaims.sid === 'string' ? idClaims.sid : undefined;
    return { tokens: set, claims: normalizeOidcClaims(all), sid };
  }

  /**
   * Step-up is a new sign-in with `acr_values` (OIDC Core §3.1.2.1), so a level is reachable by
   * `login` exactly when discovery advertises its acr in `acr_values_supported`.
   */
  async levelWays(): Promise<LevelWays | undefined> {
    if (this.#ways) return this.#ways;
    let config: client.Configuration;
    try {
      config = await this.configuration();
    } catch {
      // Discovery is down: say nothing rather than fail `/session` (components fall back).
      return undefined;
    }
    const supported = config.serverMetadata().acr_values_supported ?? [];
    const ways: LevelWays = {};
    for (const level of LEVELS) {
      ways[level] = supported.includes(acrFor(level)) ? 'login' : 'unavailable';
    }
    this.#ways = Object.freeze(ways);
    return this.#ways;
  }

  async readClaims(tokens: TokenSet, sub: string): Promise<FreshClaims> {
    const config = await this.configuration();
    if (!config.serverMetadata().userinfo_endpoint) {
      throw new UpstreamError('bad_response', 'issuer has no userinfo endpoint');
    }
    let info: Record<string, unknown>;
    try {
      // Also checks that userinfo's `sub` is the session's (OIDC Core §5.3.2).
      info = await client.fetchUserInfo(config, tokens.accessToken, sub);
    } catch (err) {
      const e = classify(err, 'oidc userinfo');
      throw e instanceof LoginError ? new InvalidGrantError(e.message) : e;
    }
    const claims: FreshClaims = normalizeOidcClaims(info);
    // userinfo carries no `acr`: without a `level` claim, keep the level the sign-in achieved.
    if (!isLevel(info.level)) {
      delete claims.level;
    }
    return claims;
  }

  async refresh(tokens: TokenSet): Promise<TokenSet> {
    if (!tokens.refreshToken) throw new InvalidGrantError('no refresh token');
    const config = await this.configuration();
    let res: Awaited<ReturnType<typeof client.refreshTokenGrant>>;
    try {
      res = await client.refreshTokenGrant(config, tokens.refreshToken);
    } catch (err) {
      throw classify(err, 'oidc refresh');
    }
    const refreshedClaims = res.claims();
    if (refreshedClaims) assertIssuedInThePast(refreshedClaims);
    const next: TokenSet = {
      accessToken: res.access_token,
      // Rotation: a new refresh token replaces the old one; keep the old one only if none came.
      refreshToken: res.refresh_token ?? tokens.refreshToken,
      idToken: res.id_token ?? tokens.idToken,
      ...expiryFrom(res.expiresIn()),
    };
    return next;
  }

  async logout(tokens: TokenSet): Promise<{ redirectTo?: string }> {
    const config = await this.configuration();
    const meta = config.serverMetadata();
    if (tokens.refreshToken && meta.revocation_endpoint) {
      await client
        .tokenRevocation(config, tokens.refreshToken, { token_type_hint: 'refresh_token' })
        .catch(() => {});
    }
    if (!meta.end_session_endpoint) return {};
    const params: Record<string, string> = {
      post_logout_redirect_uri: this.#o.postLogoutRedirectUri,
      client_id: this.#o.clientId,
    };
    if (tokens.idToken) params.id_token_hint = tokens.idToken;
    return { redirectTo: client.buildEndSessionUrl(config, params).href };
  }

  /** OpenID Connect Back-Channel Logout 1.0 §2.6, every check. */
  async verifyLogoutToken(token: string): Promise<LogoutTokenClaims> {
    const config = await this.configuration();
    const meta = config.serverMetadata();
    if (!meta.jwks_uri) throw new LoginError('issuer has no jwks_uri');
    this.#jwks ??= createRemoteJWKSet(new URL(meta.jwks_uri), {
      [joseCustomFetch]: this.#o.fetch as never,
    });
    const { payload, protectedHeader } = await jwtVerify(token, this.#jwks, {
      issuer: meta.issuer,
      audience: this.#o.clientId,
      algorithms: LOGOUT_TOKEN_ALGS,
      maxTokenAge: '5m',
      requiredClaims: ['iat', 'jti'],
    }).catch((err: unknown) => {
      throw new LoginError(`logout token: ${(err as Error).message}`);
    });
    if (protectedHeader.typ && protectedHeader.typ.toLowerCase() !== 'logout+jwt') {
      throw new LoginError('logout token: wrong typ');
    }
    const events = payload.events as Record<string, unknown> | undefined;
    const event = events?.[BACKCHANNEL_EVENT];
    if (!event || typeof event !== 'object' || Array.isArray(event)) {
      throw new LoginError('logout token: no back-channel logout event');
    }
    if ('nonce' in payload) throw new LoginError('logout token: nonce is prohibited');
    const sub = typeof payload.sub === 'string' ? payload.sub : undefined;
    const sid = typeof payload.sid === 'string' ? payload.sid : undefined;
    if (!sub && !sid) throw new LoginError('logout token: neither sub nor sid');
    return { sub, sid, jti: String(payload.jti) };
  }

  apiAuthHeaders(tokens: TokenSet): Record<string, string> {
    return { authorization: `Bearer ${tokens.accessToken}` };
  }

  async health(): Promise<boolean> {
    try {
      const res = await this.#o.fetch(`${this.#o.issuer}/.well-known/openid-configuration`);
      await res.arrayBuffer();
      return res.ok;
    } catch {
      return false;
    }
  }
}
