import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryStore } from './memory-store.js';
import { storeKey } from './sessions.js';
import type { SessionRecord } from './store.js';

const record = (): SessionRecord => ({
  user: { sub: 's-1', name: 'Juana Pérez', level: 'basica', email: undefined },
  tokens: { accessToken: 'at', refreshToken: 'rt', expiresAt: 1 },
  adapter: 'oidc',
  createdAt: 1,
  lastSeenAt: 2,
  expiresAt: 3,
});

describe('MemoryStore sessions', () => {
  let store: MemoryStore;
  afterEach(() => store.close());

  it('hands out copies: changing a read record does not change the stored one', async () => {
    store = new MemoryStore();
    await store.setSession('k', record(), 60);
    const read = (await store.getSession('k'))!;
    read.user.level = 'firma';
    read.tokens.accessToken = 'stolen';
    read.lastSeenAt = 99;
    const again = (await store.getSession('k'))!;
    expect(again.user.level).toBe('basica');
    expect(again.tokens.accessToken).toBe('at');
    expect(again.lastSeenAt).toBe(2);
  });

  it('keeps what it was given only through setSession (writing the source later changes nothing)', async () => {
    store = new MemoryStore();
    const source = record();
    await store.setSession('k', source, 60);
    source.user.name = 'Otra';
    expect((await store.getSession('k'))!.user.name).toBe('Juana Pérez');
  });

  it('stores what JSON would keep, as the Redis store does', async () => {
    store = new MemoryStore();
    await store.setSession('k', record(), 60);
    const read = (await store.getSession('k'))!;
    expect(read).toEqual(JSON.parse(JSON.stringify(record())));
    expect('email' in read.user).toBe(false);
  });
});

describe('storeKey', () => {
  it('is the base64url SHA-256 of the session id', () => {
    const id = 'A'.repeat(43);
    expect(storeKey(id)).toBe(createHash('sha256').update(id).digest('base64url'));
  });
});
