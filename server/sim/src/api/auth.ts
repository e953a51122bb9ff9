/**
 * Authentication of `/v1/me/**`: the BFF sends the citizen's access token either Llave style
 * (`accessToken: <token>` header) or OIDC style (`Authorization: Bearer <token>`). Llave tokens
 * are in the key-value store (namespace `llave-access-token`, written by the identity-provider
 * side); OIDC tokens are resolved by that side when it offers `resolveAccessToken`.
 */
import type { MiddlewareHandler } from 'hono';
import { unauthorized } from '../errors.js';
import type { ApiDeps, AuthEnv } from './deps.js';

export const LLAVE_ACCESS_TOKEN_NS = 'llave-access-token';

export interface LlaveAccessTokenRecord {
  accountId: string;
  clientId: string;
  /** Epoch ms of the sign-in the token came from. */
  issuedAt?: number;
}

function tokenFrom(headers: { accessToken?: string; authorization?: string }): string | undefined {
  const llave = headers.accessToken?.trim();
  if (llave) return llave;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  return match?.[1];
}

export function requireCitizen(deps: ApiDeps): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const token = tokenFrom({
      accessToken: c.req.header('accessToken'),
      authorization: c.req.header('authorization'),
    });
    // Tokens are opaque but bounded: a megabyte "token" is not worth a store look-up.
    if (!token || token.length > 4096) throw unauthorized();
    const llave = await deps.ctx.kv.get<LlaveAccessTokenRecord>(LLAVE_ACCESS_TOKEN_NS, token);
    const resolved = llave
      ? { accountId: llave.accountId, signedInAt: llave.issuedAt }
      : await deps.resolveAccessToken?.(token);
    const account = resolved && (await deps.accounts.get(resolved.accountId));
    if (!account) throw unauthorized();
    c.set('accountId', account.id);
    if (resolved.signedInAt !== undefined) c.set('signedInAt', resolved.signedInAt);
    await next();
  };
}
