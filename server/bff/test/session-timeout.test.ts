/**
 * The deadlines a session-timeout warning needs (WCAG 2.2.1): `/session` tells both, reading
 * `/session/status` does not count as activity, and `POST /session/extend` restarts only the
 * idle window. Time is a fake clock (Date only), the session is planted in a real MemoryStore.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLlaveBff, type LlaveBff } from '../src/index.js';
import { MemoryStore } from '../src/session/memory-store.js';
import { newSessionId, storeKey } from '../src/session/sessions.js';
import { ORIGIN } from './support.js';

const IDLE = 600;
const ABSOLUTE = 3600;
const T0 = Date.parse('2026-03-02T10:00:00Z');

let bff: LlaveBff;
let store: MemoryStore;
let cookie: string;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  store = new MemoryStore();
  bff = createLlaveBff(
    {
      publicOrigin: ORIGIN,
      llaveBaseUrl: 'https://idp.example',
      apiBase: 'https://idp.example/api',
      clientId: 'c',
      clientSecret: 's',
      idleTimeoutSeconds: IDLE,
      absoluteTimeoutSeconds: ABSOLUTE,
      logLevel: 'silent',
    },
    { store },
  );
  const id = newSessionId();
  await store.setSession(
    storeKey(id),
    {
      user: { sub: 'u1', name: 'Juana', level: 'basica' },
      tokens: { accessToken: 'token-value' },
      adapter: 'llave',
      createdAt: T0,
      lastSeenAt: T0,
      expiresAt: T0 + ABSOLUTE * 1000,
    },
    ABSOLUTE,
  );
  cookie = `__Host-llave_sid=${id}`;
});

afterEach(async () => {
  vi.useRealTimers();
  await bff.close();
});

const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();
const get = async (path: string) =>
  (await bff.request(`${ORIGIN}${path}`, { headers: { cookie } })).json();
const extend = (headers: Record<string, string> = { 'x-csrf': '1' }) =>
  bff.request(`${ORIGIN}/llave/session/extend`, {
    method: 'POST',
    headers: { cookie, ...headers },
  });

describe('session deadlines', () => {
  it('/session tells the idle and absolute deadlines and the server clock', async () => {
    vi.setSystemTime(T0 + 5_000);
    const info = await get('/llave/session/status');
    expect(info).toMatchObject({
      authenticated: true,
      expiresAt: at(ABSOLUTE),
      idleExpiresAt: at(IDLE),
      now: at(5),
      idleSeconds: IDLE,
    });
  });

  it('reading /session/status does not keep an idle session alive', async () => {
    for (const s of [120, 300, 500]) {
      vi.setSystemTime(T0 + s * 1000);
      expect((await get('/llave/session/status')).idleExpiresAt).toBe(at(IDLE));
    }
    vi.setSystemTime(T0 + IDLE * 1000);
    expect((await get('/llave/session/status')).authenticated).toBe(false);
  });

  it('a plain /session read is activity and slides the idle window', async () => {
    vi.setSystemTime(T0 + 120_000);
    expect((await get('/llave/session')).idleExpiresAt).toBe(at(120 + IDLE));
  });

  it('a request marked X-Llave-Background (a poll) is not activity either', async () => {
    vi.setSystemTime(T0 + 120_000);
    const res = await bff.request(`${ORIGIN}/llave/session`, {
      headers: { cookie, 'x-llave-background': '1' },
    });
    expect((await res.json()).idleExpiresAt).toBe(at(IDLE));
  });

  it('POST /session/extend restarts the idle window but never moves the absolute limit', async () => {
    vi.setSystemTime(T0 + 500_000);
    const res = await extend();
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      idleExpiresAt: at(500 + IDLE),
      expiresAt: at(ABSOLUTE),
    });
    // Near the absolute limit the idle deadline is capped by it.
    for (let s = 1000; s < ABSOLUTE - 30; s += 500) {
      vi.setSystemTime(T0 + s * 1000);
      expect((await extend()).status).toBe(200);
    }
    vi.setSystemTime(T0 + (ABSOLUTE - 30) * 1000);
    expect(await (await extend()).json()).toMatchObject({ idleExpiresAt: at(ABSOLUTE) });
    vi.setSystemTime(T0 + ABSOLUTE * 1000);
    expect((await extend()).status).toBe(401);
  });

  it('refuses an extension without X-CSRF or without a session', async () => {
    expect((await extend({})).status).toBe(403);
    const anonymous = await bff.request(`${ORIGIN}/llave/session/extend`, {
      method: 'POST',
      headers: { 'x-csrf': '1' },
    });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: 'unauthorized' } });
  });
});
