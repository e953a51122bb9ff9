import { BACKGROUND_HEADER } from '@llave-cdmx/core';
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
 * Loads the session named by the session cookie into `c.get('session')`. An unknown, expired
 * or malformed id simply means "no session"; a store failure propagates (→ 503, fail closed).
 * Read it with `c.get`, not `c.var`: Hono's `c.var` builds a new object from every variable on
 * each access, which the session endpoint paid on every request.
 * A request marked `X-Llave-Background` (a poll the page makes on its own) does not slide the
 * idle window: only what the citizen does keeps a session alive.
 *
 * @param sessions the session manager
 * @param cookieName `__Host-llave_sid` (or `llave_sid` in localhost development)
 * @param [options.touch=true] false reads the session without sliding its idle window
 * @example
 * app.use('/session', sessionMiddleware(sessions, '__Host-llave_sid'));
 */
export function sessionMiddleware(
  sessions: Sessions,
  cookieName: string,
  { touch = true }: { touch?: boolean } = {},
): MiddlewareHandler {
  return async (c, next) => {
    const background = c.req.header(BACKGROUND_HEADER) !== undefined;
    c.set(
      'session',
      await sessions.load(getCookie(c, cookieName), { touch: touch && !background }),
    );
    await next();
  };
}
