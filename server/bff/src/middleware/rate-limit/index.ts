import type { Context, MiddlewareHandler } from 'hono';
import type { RateLimitRule } from '../../config.js';
import { apiError } from '../../errors.js';
import type { SessionStore } from '../../session/store.js';

export interface RateLimitOptions {
  store: SessionStore;
  /** Name of the counter family, part of the key (e.g. `login-ip`). */
  name: string;
  rule: RateLimitRule;
  /** What is counted: the client IP, an account… `undefined` skips counting for this request. */
  key: (c: Context) => string | undefined | Promise<string | undefined>;
}

/**
 * Fixed-window rate limit kept in the session store, so every instance counts together.
 * Over the limit answers 429 `rate_limited` with `retryAfter` (and the Retry-After header).
 *
 * @example
 * app.get('/login', rateLimit({ store, name: 'login-ip', rule: { limit: 30, windowSeconds: 60 }, key: (c) => c.var.clientIp }), handler);
 */
export function rateLimit({ store, name, rule, key }: RateLimitOptions): MiddlewareHandler {
  return async (c, next) => {
    await enforceRateLimit(store, name, rule, await key(c));
    await next();
  };
}

/** The same check, callable from a handler once it knows the key (e.g. from the body). */
export async function enforceRateLimit(
  store: SessionStore,
  name: string,
  rule: RateLimitRule,
  key: string | undefined,
): Promise<void> {
  if (key === undefined) return;
  const { count, resetSeconds } = await store.hit(`${name}:${key}`, rule.windowSeconds);
  if (count > rule.limit) throw apiError(429, 'rate_limited', { retryAfter: resetSeconds });
}
