/**
 * The refresh lock's lease, on both stores (Redis for real): only the holder renews it, and a
 * renewed lease outlives its first term. No sleeping through the term: the memory store runs on
 * a fake `Date`, and Redis is asked how long the lease has left (PTTL), under the store's own
 * key prefix, the one thing of its layout a deployment configures.
 */
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, afterEach, describe, expect, inject, it, vi } from 'vitest';
import { MemoryStore } from '../src/session/memory-store.js';
import { RedisStore } from '../src/session/redis-store.js';
import type { SessionStore } from '../src/session/store.js';

const stores: SessionStore[] = [];
afterAll(async () => {
  for (const s of stores) await s.close();
});

/**
 * What both stores must do with a lease, whoever keeps the time. `term` is the first lease: the
 * memory store's runs on a fake clock; Redis keeps real time, so its term is long enough that a
 * loaded machine cannot let it run out between two commands (a 300 ms one did, in CI).
 */
async function holderOnly(store: SessionStore, key: string, term = 300): Promise<string> {
  await store.ready();
  const token = (await store.lock(key, term))!;
  expect(token).toBeTruthy();
  expect(await store.lock(key, term)).toBeUndefined();
  expect(await store.renewLock(key, 'not-the-holder', 2 * term)).toBe(false);
  return token;
}

async function releases(store: SessionStore, key: string, token: string): Promise<void> {
  await store.unlock(key, token);
  expect(await store.renewLock(key, token, 5_000)).toBe(false);
  expect(await store.lock(key, 300)).toBeTruthy();
}

describe('memory store lock lease', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is renewed by its holder only, and a renewed lease outlives its first term', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const store = new MemoryStore();
    stores.push(store);
    const token = await holderOnly(store, 'k');
    expect(await store.renewLock('k', token, 5_000)).toBe(true);
    // Past the first 300 ms term the lock is still held, thanks to the renewal.
    vi.advanceTimersByTime(500);
    expect(await store.lock('k', 300)).toBeUndefined();
    await releases(store, 'k', token);
  });

  it('lets a lease nobody renews run out', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const store = new MemoryStore();
    stores.push(store);
    expect(await store.lock('k', 300)).toBeTruthy();
    vi.advanceTimersByTime(299);
    expect(await store.lock('k', 300)).toBeUndefined();
    vi.advanceTimersByTime(1);
    expect(await store.lock('k', 300)).toBeTruthy();
  });
});

describe('redis store lock lease', () => {
  const prefix = `lock-${process.pid}-${Date.now()}:`;
  const raw = new Redis(inject('redisUrl'), { lazyConnect: true });
  afterAll(() => raw.disconnect());

  /** Milliseconds the one lease under this test's prefix has left. */
  async function leaseLeft(): Promise<number> {
    const keys = await raw.keys(`${prefix}*`);
    expect(keys).toHaveLength(1);
    return raw.pttl(keys[0]!);
  }

  it('is renewed by its holder only, and a renewed lease outlives its first term', async () => {
    const store = new RedisStore(inject('redisUrl'), prefix, pino({ level: 'silent' }));
    stores.push(store);
    await raw.connect();
    const term = 30_000;
    const token = await holderOnly(store, 'k', term);
    // A refused renewal (above) left the first term as it was.
    const first = await leaseLeft();
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(term);
    expect(await store.renewLock('k', token, 4 * term)).toBe(true);
    // Redis now keeps it for the new term: well past the whole first one.
    const renewed = await leaseLeft();
    expect(renewed).toBeGreaterThan(term);
    expect(renewed).toBeLessThanOrEqual(4 * term);
    expect(await store.lock('k', term)).toBeUndefined();
    await releases(store, 'k', token);
  });
});
