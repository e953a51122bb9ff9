/**
 * Failed sign-ins counted per login and client IP in a fixed window (DESIGN.md §5: rate limits
 * on login per account and per IP). The key hashes the login so the store never holds CURPs,
 * emails or phones typed by strangers. Applies whether or not the account exists, so the limit
 * reveals nothing about which logins are registered.
 */
import { createHash } from 'node:crypto';
import type { KeyValueStore } from '../types.js';

export const ATTEMPTS_NAMESPACE = 'idp-login-attempts';

interface Window {
  failures: number;
  resetAt: number;
}

export class LoginRateLimiter {
  constructor(
    private readonly kv: KeyValueStore,
    readonly maxFailures = 5,
    readonly windowSeconds = 15 * 60,
  ) {}

  #key(login: string, ip: string): string {
    const normalized = login.trim().toLowerCase().replace(/[\s-]/g, '');
    return createHash('sha256').update(`${normalized}|${ip}`).digest('base64url');
  }

  /** Seconds until another attempt is allowed, or 0 when it is allowed now. */
  async retryAfter(login: string, ip: string): Promise<number> {
    const w = await this.kv.get<Window>(ATTEMPTS_NAMESPACE, this.#key(login, ip));
    if (!w || w.resetAt <= Date.now() || w.failures < this.maxFailures) return 0;
    return Math.ceil((w.resetAt - Date.now()) / 1000);
  }

  async fail(login: string, ip: string): Promise<void> {
    const key = this.#key(login, ip);
    const now = Date.now();
    const current = await this.kv.get<Window>(ATTEMPTS_NAMESPACE, key);
    const w: Window =
      current && current.resetAt > now
        ? { ...current, failures: current.failures + 1 }
        : { failures: 1, resetAt: now + this.windowSeconds * 1000 };
    await this.kv.set(ATTEMPTS_NAMESPACE, key, w, Math.ceil((w.resetAt - now) / 1000));
  }

  async succeed(login: string, ip: string): Promise<void> {
    await this.kv.delete(ATTEMPTS_NAMESPACE, this.#key(login, ip));
  }
}
