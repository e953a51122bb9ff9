/**
 * CORS for the account API, for the pages of registered public clients (sites without a
 * server, `<llave-session mode="browser">`): they call it from their own origin with the access
 * token as `Authorization: Bearer`, which always needs a preflight (Fetch §3.2.2).
 *
 * - Only the origins of public clients' redirect URIs are answered (idp/oidc/public-clients.ts);
 *   any other origin gets no CORS headers, so its browser keeps the answer from it.
 * - No `Access-Control-Allow-Credentials`: these calls carry a Bearer token, never a cookie.
 * - Error answers carry the headers too (a 401 must be readable, or the page cannot tell an
 *   expired session from a network failure), and `Retry-After` is exposed for 429s.
 */
import type { MiddlewareHandler } from 'hono';

const ALLOW_METHODS = 'GET, POST, PUT, PATCH, DELETE';
const ALLOW_HEADERS = 'Authorization, Content-Type, Accept, Accept-Language';
const EXPOSE_HEADERS = 'Retry-After';
/** Seconds a browser may reuse a preflight answer. */
const MAX_AGE = '600';

/**
 * @param origins - The allowed origins (read on every request, so a configuration set after
 *   start-up, e.g. a port learned when listening, still applies).
 * @example
 * api.use('*', browserCors(() => browserOrigins(ctx.config.publicClients)));
 */
export function browserCors(origins: () => ReadonlySet<string>): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('origin');
    const allowed = origin !== undefined && origins().has(origin);
    if (c.req.method === 'OPTIONS' && c.req.header('access-control-request-method')) {
      const res = new Response(null, { status: 204, headers: { Vary: 'Origin' } });
      if (allowed) {
        res.headers.set('Access-Control-Allow-Origin', origin);
        res.headers.set('Access-Control-Allow-Methods', ALLOW_METHODS);
        res.headers.set('Access-Control-Allow-Headers', ALLOW_HEADERS);
        res.headers.set('Access-Control-Max-Age', MAX_AGE);
      }
      return res;
    }
    await next();
    c.res.headers.append('Vary', 'Origin');
    if (allowed) {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Expose-Headers', EXPOSE_HEADERS);
    }
  };
}
