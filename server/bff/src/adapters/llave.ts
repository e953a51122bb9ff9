/**
 * The Llave CDMX protocol as agencies integrate with it today (DESIGN.md §2): not standard
 * OAuth (`redirect_url`, camelCase JSON, an `accessToken` header), no PKCE, nonce or refresh.
 * Everything the IdP says is normalised to OpenID Connect claim names here, so the rest of the
 * BFF sees the same shapes as with the `oidc` adapter.
 */
import { hash, randomBytes, timingSafeEqual } from 'node:crypto';
import { isLevel, isoDate, type Level } from '@llave-cdmx/core';
import { InvalidGrantError, LoginError, UpstreamError } from '../errors.js';
import { toUpstreamError } from '../http/outbound.js';
import type { LevelWays } from '../levels.js';
import {
  expiryFrom,
  type FreshClaims,
  type IdpAdapter,
  type LoginTransaction,
  mobileOrUndefined,
  type NormalizedClaims,
  type TokenSet,
} from './types.js';

/**
 * Llave has no step-up at sign-in: a citizen reaches `verificada` by verifying a contact with a
 * code (the account API's `/v1/verifications`), and `firma` (e.firma) is not reachable online.
 */
const LLAVE_WAYS: LevelWays = Object.freeze({ verificada: 'verify-contact', firma: 'unavailable' });

export interface LlaveAdapterOptions {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  fetch: typeof fetch;
}

/** Llave writes absent values as the string "null" (seen on `correo`). */
function present(value: unknown): string | undefined {
  if (typeof value !== 'string') return typeof value === 'number' ? String(value) : undefined;
  const v = value.trim();
  return v === '' || v.toLowerCase() === 'null' ? undefined : v;
}

/** `dd/MM/yyyy` → `yyyy-MM-dd`, only for a date that exists. */
export function llaveDateToIso(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(present(value) ?? '');
  return m ? isoDate(Number(m[3]), Number(m[2]), Number(m[1])) : undefined;
}

function levelOf(value: unknown): Level {
  const v = present(value)
    ?.toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  if (isLevel(v)) return v;
  // Numeric levels, if an integration sends them: 1 básica, 2 verificada, 3 firma.
  if (v === '2') return 'verificada';
  if (v === '3') return 'firma';
  return 'basica';
}

/** Llave's `usuario` answer → OIDC-style claims. Throws when it is not a usable person. */
export function normalizeLlaveUser(raw: unknown): NormalizedClaims {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || 'error' in raw) {
    throw new LoginError('usuario answer is not a user');
  }
  const u = raw as Record<string, unknown>;
  const sub = present(u.idUsuario);
  if (!sub) throw new LoginError('usuario answer has no idUsuario');
  const given = present(u.nombre);
  const family = [present(u.primerApellido), present(u.segundoApellido)].filter(Boolean).join(' ');
  const name = [given, family].filter(Boolean).join(' ') || present(u.login) || sub;
  const claims: NormalizedClaims = {
    sub,
    name,
    email: present(u.correo) ?? null,
    level: levelOf(u.nivel),
  };
  if (given) claims.given_name = given;
  if (family) claims.family_name = family;
  const curp = present(u.curp)?.toUpperCase();
  if (curp) claims.curp = curp;
  const birthdate = llaveDateToIso(u.fechaNacimiento);
  if (birthdate) claims.birthdate = birthdate;
  const phone = mobileOrUndefined(present(u.telVigente));
  if (phone) claims.phone = phone;
  return claims;
}

/**
 * Compares in constant time, whatever the inputs: both sides are hashed to 32 bytes first, so
 * neither a shorter guess nor the first differing byte answers sooner (`timingSafeEqual` alone
 * needs equal lengths, and a length check before it would return early).
 */
function sameString(a: string, b: string): boolean {
  return timingSafeEqual(hash('sha256', a, 'buffer'), hash('sha256', b, 'buffer'));
}

/** The one value of a parameter the callback must carry exactly once; a repeat is refused. */
function single(params: URLSearchParams, name: string): string | undefined {
  const values = params.getAll(name);
  return values.length === 1 ? values[0] : undefined;
}

/** Parses a Llave answer, failing safely: no schema is known, so an `error` anywhere is one. */
async function readJson(res: Response, what: string): Promise<Record<string, unknown>> {
  const text = await res.text();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined;
  }
  if (!res.ok || !data || typeof data !== 'object' || 'error' in data) {
    if (res.status >= 500) throw new UpstreamError('bad_response', `${what}: HTTP ${res.status}`);
    throw new LoginError(`${what} refused (HTTP ${res.status})`);
  }
  return data as Record<string, unknown>;
}

export class LlaveAdapter implements IdpAdapter {
  readonly kind = 'llave';
  readonly supportsStepUp = false;
  readonly #o: LlaveAdapterOptions;
  readonly #basic: string;

  constructor(options: LlaveAdapterOptions) {
    this.#o = options;
    this.#basic = `Basic ${Buffer.from(`${options.clientId}:${options.clientSecret}`).toString('base64')}`;
  }

  // Llave has no single sign-on: every authorize shows the login form, so `reauth` is a given.
  async startLogin(input: { returnTo: string; level?: Level }) {
    const state = randomBytes(32).toString('base64url');
    const url = new URL(`${this.#o.baseUrl}/oauthV2.xhtml`);
    url.searchParams.set('client_id', this.#o.clientId);
    url.searchParams.set('redirect_url', this.#o.redirectUri);
    url.searchParams.set('state', state);
    const transaction: LoginTransaction = {
      state,
      returnTo: input.returnTo,
      level: input.level,
      createdAt: Date.now(),
    };
    return { url: url.href, transaction };
  }

  async #call(path: string, init: RequestInit, what: string): Promise<Record<string, unknown>> {
    let res: Response;
    try {
      res = await this.#o.fetch(`${this.#o.baseUrl}${path}`, init);
    } catch (err) {
      throw toUpstreamError(err, what);
    }
    try {
      return await readJson(res, what);
    } catch (err) {
      if (err instanceof LoginError || err instanceof UpstreamError) throw err;
      throw toUpstreamError(err, what);
    }
  }

  async finishLogin(callbackUrl: URL, tx: LoginTransaction) {
    const params = callbackUrl.searchParams;
    if (params.has('error')) throw new LoginError('IdP answered an error to the authorization');
    // Exactly one state and one code: with two, which one a server reads is a guess, and an
    // attacker who adds theirs beside the real state must not get their code redeemed.
    const state = single(params, 'state');
    const code = single(params, 'code');
    if (!state || !sameString(state, tx.state)) throw new LoginError('state mismatch');
    if (!code) throw new LoginError('code missing');
    const token = await this.#call(
      '/rest/oauth/token',
      {
        method: 'POST',
        headers: {
          authorization: this.#basic,
          'content-type': 'application/json',
          accept: 'application/json',
        },
        body: JSON.stringify({
          grantType: 'authorization_code',
          code,
          redirectUri: this.#o.redirectUri,
          clientId: this.#o.clientId,
          clientSecret: this.#o.clientSecret,
        }),
      },
      'llave token',
    );
    const accessToken = present(token.accessToken);
    if (!accessToken) throw new LoginError('token answer has no accessToken');
    const user = await this.#usuario(accessToken);
    const tokens: TokenSet = { accessToken, ...expiryFrom(Number(token.expiresIn)) };
    return { tokens, claims: normalizeLlaveUser(user) };
  }

  #usuario(accessToken: string): Promise<Record<string, unknown>> {
    return this.#call(
      '/rest/oauth/usuario',
      {
        headers: {
          accesstoken: accessToken,
          authorization: this.#basic,
          accept: 'application/json',
        },
      },
      'llave usuario',
    );
  }

  async levelWays(): Promise<LevelWays> {
    return LLAVE_WAYS;
  }

  async readClaims(tokens: TokenSet, sub: string): Promise<FreshClaims> {
    let raw: Record<string, unknown>;
    try {
      raw = await this.#usuario(tokens.accessToken);
    } catch (err) {
      // Llave refused the token (expired, revoked): no refresh token exists, so the session is over.
      if (err instanceof LoginError) throw new InvalidGrantError(err.message);
      throw err;
    }
    let claims: NormalizedClaims;
    try {
      claims = normalizeLlaveUser(raw);
    } catch (err) {
      throw new UpstreamError('bad_response', (err as Error).message);
    }
    if (claims.sub !== sub) throw new InvalidGrantError('usuario names another person');
    return claims;
  }

  async logout(tokens: TokenSet) {
    // Body `{}`: an empty body has been answered 411 by Llave.
    await this.#call(
      '/rest/oauth/logout',
      {
        method: 'POST',
        headers: {
          accesstoken: tokens.accessToken,
          authorization: this.#basic,
          'content-type': 'application/json',
        },
        body: '{}',
      },
      'llave logout',
    );
    return {};
  }

  apiAuthHeaders(tokens: TokenSet): Record<string, string> {
    return { accesstoken: tokens.accessToken };
  }

  async health(): Promise<boolean> {
    try {
      const res = await this.#o.fetch(`${this.#o.baseUrl}/oauthV2.xhtml`, { method: 'GET' });
      await res.arrayBuffer();
      return res.status < 500;
    } catch {
      return false;
    }
  }
}
