/**
 * The one interface both identity-provider adapters implement, so the routes never know which
 * protocol is behind them (DESIGN.md §2: `llave` and `oidc`).
 */
import { type Level, type SessionUser, validateMobile } from '@llave-cdmx/core';
import type { AdapterKind } from '../config.js';
import type { LevelWays } from '../levels.js';

/** What a login keeps between the redirect to the IdP and the callback (server-side only). */
export interface LoginTransaction {
  state: string;
  nonce?: string;
  codeVerifier?: string;
  /** Validated same-origin path to land on afterwards. */
  returnTo: string;
  /** Level the page asked for (step-up). */
  level?: Level;
  createdAt: number;
}

export interface TokenSet {
  accessToken: string;
  refreshToken?: string;
  idToken?: string;
  /** Epoch milliseconds; undefined when the IdP does not say (Llave). */
  expiresAt?: number;
  /** The access token's lifetime as the IdP gave it (`expires_in`), in milliseconds. */
  lifetimeMs?: number;
}

/** `expiresAt` and `lifetimeMs` from an `expires_in` in seconds, if the IdP sent a usable one. */
export function expiryFrom(
  expiresIn: number | undefined,
): Pick<TokenSet, 'expiresAt' | 'lifetimeMs'> {
  if (expiresIn === undefined || !Number.isFinite(expiresIn) || expiresIn <= 0) return {};
  const lifetimeMs = expiresIn * 1000;
  return { expiresAt: Date.now() + lifetimeMs, lifetimeMs };
}

/** OIDC-style claims both adapters normalise to (OpenID Connect Core §5.1 names). */
export interface NormalizedClaims {
  sub: string;
  name: string;
  given_name?: string;
  family_name?: string;
  curp?: string;
  /** ISO `YYYY-MM-DD`. */
  birthdate?: string;
  email: string | null;
  /** Mexican mobile, E.164 (`+52` and 10 digits). */
  phone?: string;
  level: Level;
}

/** Claims read again during a session; `level` is absent when the IdP does not say it there. */
export type FreshClaims = Omit<NormalizedClaims, 'level'> & { level?: Level };

export interface LoginResult {
  tokens: TokenSet;
  claims: NormalizedClaims;
  /** OIDC session id (`sid` claim), the key back-channel logout tokens name. */
  sid?: string;
}

export interface LogoutTokenClaims {
  sub?: string;
  sid?: string;
  jti: string;
}

export interface IdpAdapter {
  readonly kind: AdapterKind;
  /** Whether the IdP can raise the level during sign-in (acr_values). Llave cannot. */
  readonly supportsStepUp: boolean;
  startLogin(input: {
    returnTo: string;
    level?: Level;
    /** Ask the IdP for a fresh sign-in even if it has a session (OIDC `prompt=login`, `max_age=0`). */
    reauth?: boolean;
  }): Promise<{ url: string; transaction: LoginTransaction }>;
  /** Validates the callback against the transaction and exchanges the code. */
  finishLogin(callbackUrl: URL, tx: LoginTransaction): Promise<LoginResult>;
  /**
   * How a signed-in citizen reaches each level with this IdP (`SessionInfo.levelUp`);
   * undefined while that cannot be known (OIDC discovery not answering).
   */
  levelWays(): Promise<LevelWays | undefined>;
  /**
   * Reads the citizen's claims again with the session's access token, e.g. after a contact
   * verification raised the account's level. Throws `InvalidGrantError` when the IdP no longer
   * accepts the token or names somebody other than `sub`.
   */
  readClaims(tokens: TokenSet, sub: string): Promise<FreshClaims>;
  /** Uses the refresh token; throws `InvalidGrantError` when the IdP refuses it. */
  refresh?(tokens: TokenSet): Promise<TokenSet>;
  /** Ends the session at the IdP; may return where to send the browser (RP-initiated logout). */
  logout(tokens: TokenSet): Promise<{ redirectTo?: string }>;
  /** Fully validates an OIDC back-channel logout token; throws when anything is off. */
  verifyLogoutToken?(token: string): Promise<LogoutTokenClaims>;
  /** Headers that carry the access token to the Llave API. */
  apiAuthHeaders(tokens: TokenSet): Record<string, string>;
  /** True when the IdP answers at all. */
  health(): Promise<boolean>;
}

export function toSessionUser(claims: NormalizedClaims): SessionUser {
  const user: SessionUser = { sub: claims.sub, name: claims.name, level: claims.level };
  if (claims.given_name) user.givenName = claims.given_name;
  if (claims.family_name) user.familyName = claims.family_name;
  if (claims.curp) user.curp = claims.curp;
  if (claims.birthdate) user.birthdate = claims.birthdate;
  if (claims.email) user.email = claims.email;
  if (claims.phone) user.phone = claims.phone;
  return user;
}

/**
 * A phone as the IdP sent it, in E.164 through core's rule, or undefined when it is not a usable
 * Mexican mobile: an odd value must not break the sign-in, only go unused.
 */
export function mobileOrUndefined(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const result = validateMobile(value);
  return result.ok ? result.value : undefined;
}
