import { describe, expect, it } from 'vitest';
import { StoreKeyValue } from './kv.js';
import { openStore } from './store.js';

async function kvAt(clock: { now: number }) {
  const store = await openStore();
  return new StoreKeyValue(store, () => clock.now);
}

describe('StoreKeyValue', () => {
  it('returns a copy of what was set, not the stored object', async () => {
    const kv = await kvAt({ now: 0 });
    const value = { a: 1 };
    await kv.set('ns', 'k', value);
    value.a = 2;
    const read = await kv.get<{ a: number }>('ns', 'k');
    expect(read).toEqual({ a: 1 });
  });

  it('stops returning a value once its TTL has passed', async () => {
    const clock = { now: 1_000 };
    const kv = await kvAt(clock);
    await kv.set('ns', 'k', 'v', 10);
    clock.now = 10_999;
    expect(await kv.get('ns', 'k')).toBe('v');
    clock.now = 11_000;
    expect(await kv.get('ns', 'k')).toBeUndefined();
    expect(await kv.findBy('ns', 'x', 1)).toEqual([]);
  });

  it('keeps a value without TTL forever and deletes on request', async () => {
    const clock = { now: 0 };
    const kv = await kvAt(clock);
    await kv.set('ns', 'k', 'v');
    clock.now = 10 ** 12;
    expect(await kv.get('ns', 'k')).toBe('v');
    await kv.delete('ns', 'k');
    expect(await kv.get('ns', 'k')).toBeUndefined();
  });

  it('finds live values of one namespace by a field', async () => {
    const kv = await kvAt({ now: 0 });
    await kv.set('Session', 'a', { uid: 'u1', n: 1 });
    await kv.set('Session', 'b', { uid: 'u2', n: 2 });
    await kv.set('Grant', 'c', { uid: 'u1', n: 3 });
    expect(await kv.findBy('Session', 'uid', 'u1')).toEqual([{ uid: 'u1', n: 1 }]);
  });

  it('stores a key named __proto__ as data without touching prototypes', async () => {
    const kv = await kvAt({ now: 0 });
    await kv.set('ns', '__proto__', { polluted: true });
    expect(await kv.get('ns', '__proto__')).toEqual({ polluted: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reclaims expired entries on sweep', async () => {
    const clock = { now: 0 };
    const kv = await kvAt(clock);
    await kv.set('ns', 'old', 1, 1);
    await kv.set('ns', 'new', 2, 100);
    clock.now = 5_000;
    expect(kv.sweep()).toBe(1);
    expect(await kv.get('ns', 'new')).toBe(2);
  });
});
