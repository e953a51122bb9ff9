/**
 * `GET /oauthV2.xhtml` (and the older `/oauth.xhtml`): the Llave authorize request, with
 * `client_id`, `redirect_url` (not `redirect_uri`) and `state`; no scope, nonce or PKCE exist in
 * this protocol. An unknown client or an unregistered redirect URL gets an error page and is
 * never redirected to (RFC 6749 §4.1.2.1: an open redirector otherwise).
 */
import type { Context, Hono } from 'hono';
import { findClient } from '../clients.js';
import { errorPage, type HostedDeps, pageContext, paths } from '../hosted/shared.js';

export function llaveAuthorizeRoutes(app: Hono, deps: HostedDeps): void {
  const handler = async (c: Context) => {
    const pc = pageContext(c);
    const clientId = c.req.query('client_id');
    const redirectUrl = c.req.query('redirect_url');
    const state = c.req.query('state');
    const client = findClient(deps.ctx.config.clients, clientId);
    if (!client) return errorPage(c, pc, pc.t('errors.unknownClient'), 400);
    if (!redirectUrl || !client.redirectUris.includes(redirectUrl)) {
      return errorPage(c, pc, pc.t('errors.badRedirect'), 400);
    }
    const txn = await deps.txns.create({
      clientId: client.clientId,
      origin: { protocol: 'llave', redirectUrl, ...(state !== undefined ? { state } : {}) },
    });
    return c.redirect(paths.login(txn.id), 302);
  };
  app.get('/oauthV2.xhtml', handler);
  app.get('/oauth.xhtml', handler);
}

/** Where a Llave sign-in ends: the client's redirect URL with `code` and `state`, or `error`. */
export function llaveReturnUrl(
  redirectUrl: string,
  params: Record<string, string | undefined>,
): string {
  const url = new URL(redirectUrl);
  for (const [k, v] of Object.entries(params)) if (v !== undefined) url.searchParams.set(k, v);
  return url.href;
}
