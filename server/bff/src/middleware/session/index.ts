import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { LoadedSession, Sessions } from '../../session/sessions.js';

declare module 'hono' {
  interface ContextVariableMap {
    /** The live server-side session of this request, if any. */
    session: LoadedSession | undefined;
  }
}

/**
 * Loads the session named by the session cookie into `c.var.session`. An unknown, expired or
 * malformed id simply means "no session"; a store failure propagates (→ 503, fail closed).
 *
 * @param sessions the session manager
 * @param cookieName `__Host-llave_sid` (or `llave_sid` in localhost development)
 * @example
 * app.use('/session', sessionMiddleware(sessions, '__Host-llave_sid'));
 */
export function sessionMiddleware(sessions: Sessions, cookieName: string): MiddlewareHandler {
  return async (c, next) => {
    c.set('session', await sessions.load(getCookie(c, cookieName)));
    await next();
  };
}
