/**
 * The refresh lock's lease, on both stores (Redis for real): only the holder renews it, and a
 * renewed lease outlives its first term.
 */
import { pino } from 'pino';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { MemoryStore } from '../src/session/memory-store.js';
import { RedisStore } from '../src/session/redis-store.js';
import type { SessionStore } from '../src/session/store.js';

const stores: SessionStore[] = [];
afterAll(async () => {
  for (const s of stores) await s.close();
});

describe.each([
  ['memory', () => new MemoryStore()],
  [
    'redis',
    () => new RedisStore(inject('redisUrl'), `lock-${process.pid}:`, pino({ level: 'silent' })),
  ],
] as const)('%s store lock lease', (_, make) => {
  it('is renewed by its holder only, and a renewed lease outlives its first term', async () => {
    const store = make();
    stores.push(store);
    await store.ready();
    const key = `k-${Math.random()}`;
    const token = (await store.lock(key, 300))!;
    expect(token).toBeTruthy();
    expect(await store.lock(key, 300)).toBeUndefined();
    expect(await store.renewLock(key, 'not-the-holder', 5_000)).toBe(false);
    expect(await store.renewLock(key, token, 5_000)).toBe(true);
    // Past the first 300 ms term the lock is still held, thanks to the renewal.
    await new Promise((r) => setTimeout(r, 500));
    expect(await store.lock(key, 300)).toBeUndefined();
    await store.unlock(key, token);
    expect(await store.renewLock(key, token, 5_000)).toBe(false);
    expect(await store.lock(key, 300)).toBeTruthy();
  });
});
