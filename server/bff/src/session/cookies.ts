/**
 * Cookie names and attributes.
 *
 * Production: `__Host-llave_sid`, Secure, HttpOnly, SameSite=Strict, Path=/. The `__Host-`
 * prefix makes the browser refuse the cookie unless it is Secure, host-only and Path=/, so a
 * sibling subdomain cannot plant or shadow it (RFC 6265bis §4.1.3.2).
 *
 * Why Strict works for the session but not for the transaction cookie: the IdP's redirect back
 * to `/callback` is a cross-site top-level navigation. Strict cookies are not sent on it, Lax
 * ones are (for GET). The callback needs the transaction cookie (it binds `state` to this
 * browser), so that one is Lax; it does not need the session cookie (it creates a new one), so
 * that one stays Strict. The callback then lands on `returnTo` through a same-origin page
 * (meta refresh) instead of a 302, because browsers treat a redirect chain that began
 * cross-site as cross-site and would withhold the fresh Strict cookie on the landing request.
 *
 * Plain-http localhost development: `__Host-` and Secure need https, so the names lose the
 * prefix and the flag. SameSite becomes Lax because local setups mix hosts (`localhost`,
 * `127.0.0.1`, the simulator on another name) which browsers treat as different sites, and a
 * Strict cookie would then vanish on the hop back from the simulator's pages. Loopback http is
 * not reachable by other machines, so the relaxation never reaches production
 * (`resolveConfig` refuses http on any other host).
 */
export interface CookieNames {
  session: string;
  transaction: string;
}

export function cookieNames(dev: boolean): CookieNames {
  return dev
    ? { session: 'llave_sid', transaction: 'llave_tx' }
    : { session: '__Host-llave_sid', transaction: '__Host-llave_tx' };
}

export interface CookieAttrs {
  path: '/';
  httpOnly: true;
  secure: boolean;
  sameSite: 'Strict' | 'Lax';
  maxAge?: number;
}

export function sessionCookieAttrs(dev: boolean, maxAge?: number): CookieAttrs {
  return { path: '/', httpOnly: true, secure: !dev, sameSite: dev ? 'Lax' : 'Strict', maxAge };
}

export function transactionCookieAttrs(dev: boolean, maxAge?: number): CookieAttrs {
  return { path: '/', httpOnly: true, secure: !dev, sameSite: 'Lax', maxAge };
}
