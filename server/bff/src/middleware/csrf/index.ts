import type { MiddlewareHandler } from 'hono';
import { apiError } from '../../errors.js';

export interface CsrfOptions {
  header?: string;
  value?: string;
}

/**
 * Requires the custom header `X-CSRF: 1`. A plain HTML form, a link or a cross-site `fetch`
 * without a CORS preflight cannot send a custom header, so its presence proves the call came
 * from a script on this origin (OWASP CSRF cheat sheet, "custom request headers"). Also refuses
 * anything the browser labels `Sec-Fetch-Site: cross-site`, as defence in depth.
 * Runs before any handler that attaches a token.
 *
 * @param [options.header='x-csrf']
 * @param [options.value='1']
 * @example
 * app.use('/api/*', csrf());
 */
export function csrf({ header = 'x-csrf', value = '1' }: CsrfOptions = {}): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.header(header) !== value || c.req.header('sec-fetch-site') === 'cross-site') {
      throw apiError(403, 'csrf_required');
    }
    await next();
  };
}
