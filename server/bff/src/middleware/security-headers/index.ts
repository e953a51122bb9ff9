import type { MiddlewareHandler } from 'hono';

export interface SecurityHeadersOptions {
  /** Content-Security-Policy of the BFF's own answers (JSON and its few pages). */
  csp?: string;
  /** Add HSTS (only meaningful over https). */
  hsts?: boolean;
}

/**
 * Security headers on every BFF answer. The BFF renders no scripts or styles of its own, so its
 * policy can deny everything; `frame-ancestors 'none'` stops clickjacking of its pages, and
 * `no-store` keeps personal data out of shared caches.
 *
 * @param [options.csp="default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"]
 * @param [options.hsts=false]
 * @example
 * app.use('*', securityHeaders({ hsts: true }));
 */
export function securityHeaders({
  csp = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  hsts = false,
}: SecurityHeadersOptions = {}): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set('Content-Security-Policy', csp);
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('X-Frame-Options', 'DENY');
    h.set('Cross-Origin-Resource-Policy', 'same-origin');
    if (!h.has('Referrer-Policy')) h.set('Referrer-Policy', 'same-origin');
    if (!h.has('Cache-Control')) h.set('Cache-Control', 'no-store');
    if (hsts) h.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  };
}
