/**
 * CSRF protection of the hosted forms: a random per-browser cookie, and in each form an HMAC of
 * it and the sign-in id. A forged cross-site POST lacks the token; an attacker's own token does
 * not match the victim's cookie, which also stops login CSRF (signing a victim into the
 * attacker's account).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

export const CSRF_COOKIE = 'llave_sim_csrf';

export class Csrf {
  constructor(private readonly secret: string) {}

  #mac(cookie: string, scope: string): Buffer {
    return createHmac('sha256', this.secret).update(`${cookie}|${scope}`).digest();
  }

  /** The token for a form of `scope`, setting the cookie when the browser has none yet. */
  issue(c: Context, scope: string): string {
    let cookie = getCookie(c, CSRF_COOKIE);
    if (!cookie || !/^[A-Za-z0-9_-]{43}$/.test(cookie)) {
      cookie = randomBytes(32).toString('base64url');
      // Lax: the first GET arrives by a top-level redirect from the client's site.
      setCookie(c, CSRF_COOKIE, cookie, { path: '/', httpOnly: true, sameSite: 'Lax' });
    }
    return this.#mac(cookie, scope).toString('base64url');
  }

  verify(c: Context, scope: string, token: unknown): boolean {
    const cookie = getCookie(c, CSRF_COOKIE);
    if (!cookie || typeof token !== 'string' || !token) return false;
    const expected = this.#mac(cookie, scope);
    const given = Buffer.from(token, 'base64url');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
