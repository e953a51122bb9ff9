import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { LoginTransaction } from '../adapters/types.js';
import { StoreUnavailableError } from '../errors.js';
import type { SessionRecord, SessionStore } from './store.js';

// Compare-and-delete, so a lock that expired and was taken by another instance is not released.
const UNLOCK = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;
// Compare-and-extend: only the holder renews its lease.
const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
// INCR and set the window on the first hit in one step, so a crash between them cannot leave a
// counter without expiry (which would block a person forever).
const HIT = `local n = redis.call('incr', KEYS[1]) if n == 1 then redis.call('expire', KEYS[1], ARGV[1]) end return {n, redis.call('ttl', KEYS[1])}`;

/**
 * Shared store on Redis: sessions survive the restart of any BFF instance and the refresh lock
 * is seen by all of them.
 *
 * Fail closed and recover: the offline queue is off and commands time out, so while Redis is
 * down every call rejects at once with `StoreUnavailableError` (→ 503) instead of queueing
 * requests in memory; ioredis keeps reconnecting in the background and the first command after
 * it is back succeeds.
 */
export class RedisStore implements SessionStore {
  readonly kind = 'redis';
  readonly #redis: Redis;
  readonly #prefix: string;
  #lastErrorLog = 0;

  constructor(url: string, prefix: string, logger: Logger) {
    this.#prefix = prefix;
    this.#redis = new Redis(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: 1000,
      connectTimeout: 2000,
      retryStrategy: (times) => Math.min(times * 100, 1000),
    });
    this.#redis.on('error', (err: Error) => {
      // ioredis reports every failed reconnect; one line per 10 s is enough to page someone.
      const now = Date.now();
      if (now - this.#lastErrorLog > 10_000) {
        this.#lastErrorLog = now;
        logger.error({ err: { message: err.message } }, 'session store (redis) unavailable');
      }
    });
    this.#redis.on('ready', () => logger.info('session store (redis) ready'));
  }

  async #run<T>(fn: (redis: Redis) => Promise<T>): Promise<T> {
    try {
      return await fn(this.#redis);
    } catch (err) {
      throw new StoreUnavailableError('redis unavailable', { cause: err });
    }
  }

  #k(kind: string, key: string): string {
    return `${this.#prefix}${kind}:${key}`;
  }

  ready(): Promise<void> {
    if (this.#redis.status === 'ready') return Promise.resolve();
    return new Promise((resolve) => this.#redis.once('ready', () => resolve()));
  }

  async getSession(key: string): Promise<SessionRecord | undefined> {
    const raw = await this.#run((r) => r.get(this.#k('s', key)));
    return raw ? (JSON.parse(raw) as SessionRecord) : undefined;
  }
  async setSession(key: string, record: SessionRecord, ttlSeconds: number): Promise<void> {
    await this.#run((r) =>
      r.set(this.#k('s', key), JSON.stringify(record), 'EX', Math.max(1, Math.ceil(ttlSeconds))),
    );
  }
  async deleteSession(key: string): Promise<void> {
    await this.#run((r) => r.del(this.#k('s', key)));
  }
  async putTransaction(key: string, tx: LoginTransaction, ttlSeconds: number): Promise<void> {
    await this.#run((r) => r.set(this.#k('t', key), JSON.stringify(tx), 'EX', ttlSeconds));
  }
  async takeTransaction(key: string): Promise<LoginTransaction | undefined> {
    // GETDEL is atomic: two callbacks racing with the same cookie cannot both get it.
    const raw = await this.#run((r) => r.getdel(this.#k('t', key)));
    return raw ? (JSON.parse(raw) as LoginTransaction) : undefined;
  }
  async markOnce(key: string, ttlSeconds: number): Promise<boolean> {
    const ok = await this.#run((r) => r.set(this.#k('o', key), '1', 'EX', ttlSeconds, 'NX'));
    return ok === 'OK';
  }
  async addToIndex(key: string, member: string, ttlSeconds: number): Promise<void> {
    const k = this.#k('i', key);
    await this.#run((r) => r.multi().sadd(k, member).expire(k, ttlSeconds).exec());
  }
  async takeIndex(key: string): Promise<string[]> {
    const k = this.#k('i', key);
    const res = await this.#run((r) => r.multi().smembers(k).del(k).exec());
    return (res?.[0]?.[1] as string[] | undefined) ?? [];
  }
  async hit(key: string, windowSeconds: number): Promise<{ count: number; resetSeconds: number }> {
    const [count, ttl] = (await this.#run((r) =>
      r.eval(HIT, 1, this.#k('r', key), windowSeconds),
    )) as [number, number];
    return { count, resetSeconds: ttl > 0 ? ttl : windowSeconds };
  }
  async lock(key: string, ttlMs: number): Promise<string | undefined> {
    const token = randomUUID();
    const ok = await this.#run((r) => r.set(this.#k('l', key), token, 'PX', ttlMs, 'NX'));
    return ok === 'OK' ? token : undefined;
  }
  async unlock(key: string, token: string): Promise<void> {
    await this.#run((r) => r.eval(UNLOCK, 1, this.#k('l', key), token));
  }
  async renewLock(key: string, token: string, ttlMs: number): Promise<boolean> {
    const ok = await this.#run((r) => r.eval(RENEW, 1, this.#k('l', key), token, ttlMs));
    return ok === 1;
  }
  async ping(): Promise<void> {
    await this.#run((r) => r.ping());
  }
  async close(): Promise<void> {
    this.#redis.disconnect();
  }
}
