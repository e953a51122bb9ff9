/**
 * The refresh lock's lease is renewed while a refresh runs: two instances (two `Sessions` on one
 * store) and an IdP whose token endpoint answers only when the test says. On fake timers, the
 * holder's refresh can outlast its lease many times over in no time; without the renewal the
 * second instance would take the lock over and redeem the same rotating refresh token (which
 * the IdP answers by ending the grant, RFC 9700 §4.14.2). The Redis test beside it
 * (test/redis.test.ts) runs a real 16 s call, shorter than today's lease.
 */
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IdpAdapter, TokenSet } from '../adapters/types.js';
import { resolveConfig } from '../config.js';
import { MemoryStore } from './memory-store.js';
import { Sessions } from './sessions.js';

const config = resolveConfig({
  publicOrigin: 'https://a.example',
  adapter: 'oidc',
  oidcIssuer: 'https://idp.example',
  apiBase: 'https://idp.example/api',
  clientId: 'c',
  clientSecret: 's',
});
// What Sessions leases the lock for: the slowest outbound call plus a margin.
const LEASE = config.connectTimeoutMs + config.headersTimeoutMs + config.bodyTimeoutMs + 5_000;

/** An IdP whose refreshes hang until `answer()`; counts how many were asked for. */
function slowIdp() {
  const pending: ((tokens: TokenSet) => void)[] = [];
  const adapter = {
    kind: 'oidc',
    refresh: vi.fn(
      (_tokens: TokenSet) => new Promise<TokenSet>((resolve) => pending.push(resolve)),
    ),
  } as unknown as IdpAdapter & { refresh: ReturnType<typeof vi.fn> };
  const answer = (tokens: TokenSet) => {
    for (const resolve of pending.splice(0)) resolve(tokens);
  };
  return { adapter, answer };
}

let store: MemoryStore;
beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
  });
  store = new MemoryStore();
});
afterEach(async () => {
  await store.close();
  vi.useRealTimers();
});

describe('the refresh lock across instances', () => {
  it('holds while the IdP takes several leases to answer, so the other instance waits and uses its tokens', async () => {
    const { adapter, answer } = slowIdp();
    const silent = pino({ level: 'silent' });
    const a = new Sessions(store, config, adapter, silent);
    const b = new Sessions(store, config, adapter, silent);
    const { id } = await a.create({
      tokens: { accessToken: 'old', refreshToken: 'rt-1', expiresAt: Date.now() - 1 },
      claims: { sub: 'u1', name: 'U', email: null, level: 'basica' },
    });

    const first = a.freshTokens((await a.load(id))!);
    await vi.advanceTimersByTimeAsync(0);
    expect(adapter.refresh).toHaveBeenCalledTimes(1);
    // The token endpoint is still thinking three leases later.
    await vi.advanceTimersByTimeAsync(3 * LEASE);
    const second = b.freshTokens((await b.load(id))!);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(adapter.refresh).toHaveBeenCalledTimes(1);

    answer({ accessToken: 'new', refreshToken: 'rt-2', expiresAt: Date.now() + 600_000 });
    await vi.advanceTimersByTimeAsync(100);
    expect((await first).accessToken).toBe('new');
    expect((await second).accessToken).toBe('new');
    expect(adapter.refresh).toHaveBeenCalledTimes(1);
  });
});
