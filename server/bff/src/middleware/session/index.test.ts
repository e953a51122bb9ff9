import { Hono } from 'hono';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { LlaveAdapter } from '../../adapters/llave.js';
import { resolveConfig } from '../../config.js';
import { MemoryStore } from '../../session/memory-store.js';
import { type Now, Sessions, storeKey } from '../../session/sessions.js';
import { sessionMiddleware } from './index.js';

function setup(idleTimeoutSeconds = 1800, now?: Now) {
  const config = resolveConfig({
    publicOrigin: 'https://a.example',
    llaveBaseUrl: 'https://idp.example',
    apiBase: 'https://idp.example/api',
    clientId: 'c',
    clientSecret: 's',
    idleTimeoutSeconds,
    absoluteTimeoutSeconds: 3600,
  });
  const adapter = new LlaveAdapter({ ...config, baseUrl: config.llaveBaseUrl, fetch });
  const sessions = new Sessions(new MemoryStore(), config, adapter, pino({ level: 'silent' }), now);
  const app = new Hono();
  app.use('*', sessionMiddleware(sessions, 'sid'));
  app.get('/', (c) => c.json({ sub: c.var.session?.record.user.sub ?? null }));
  return { app, sessions };
}

const login = {
  tokens: { accessToken: 'token-value' },
  claims: { sub: 'u1', name: 'U', email: null, level: 'basica' as const },
};

describe('sessionMiddleware()', () => {
  it('loads the session named by the cookie, and nothing for unknown or malformed ids', async () => {
    const { app, sessions } = setup();
    const { id } = await sessions.create(login);
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const get = (cookie?: string) => app.request('/', { headers: cookie ? { cookie } : {} });
    expect(await (await get(`sid=${id}`)).json()).toEqual({ sub: 'u1' });
    expect(await (await get()).json()).toEqual({ sub: null });
    expect(await (await get(`sid=${'A'.repeat(43)}`)).json()).toEqual({ sub: null });
    expect(await (await get('sid=../../etc')).json()).toEqual({ sub: null });
  });

  // Session time is an injected clock; the MemoryStore keeps the real one, so its own expiry
  // (the idle window from the real now) cannot be what ends the session here: only the check in
  // `Sessions.load` can.
  it('ends a session past its idle timeout, though the store still holds it', async () => {
    let now = Date.parse('2026-03-02T10:00:00Z');
    const { app, sessions } = setup(600, () => now);
    const { id } = await sessions.create(login);
    const key = storeKey(id);
    const get = () => app.request('/', { headers: { cookie: `sid=${id}` } });
    now += 600_000 - 1;
    // A read that does not slide the window: one millisecond before the idle end it is alive.
    expect(await sessions.load(id, { touch: false })).toBeDefined();
    now += 1;
    expect(await sessions.store.getSession(key)).toBeDefined();
    expect(await (await get()).json()).toEqual({ sub: null });
    // Ended, not just hidden: the record is gone from the store.
    expect(await sessions.store.getSession(key)).toBeUndefined();
  });

  it('keeps an active session: each request within the idle window slides it', async () => {
    let now = Date.parse('2026-03-02T10:00:00Z');
    const { app, sessions } = setup(600, () => now);
    const { id } = await sessions.create(login);
    const get = () => app.request('/', { headers: { cookie: `sid=${id}` } });
    for (let minute = 9; minute <= 45; minute += 9) {
      now += 9 * 60_000;
      expect(await (await get()).json(), `after ${minute} minutes`).toEqual({ sub: 'u1' });
    }
  });

  it('ends a session past its absolute timeout even while active', async () => {
    let now = Date.parse('2026-03-02T10:00:00Z');
    const { app, sessions } = setup(1800, () => now);
    const { id } = await sessions.create(login);
    const get = () => app.request('/', { headers: { cookie: `sid=${id}` } });
    // Active every 20 minutes, well within the 30-minute idle window, for the whole hour.
    for (let minute = 20; minute < 60; minute += 20) {
      now += 20 * 60_000;
      expect(await (await get()).json(), `after ${minute} minutes`).toEqual({ sub: 'u1' });
    }
    now += 20 * 60_000 - 1;
    expect(await (await get()).json()).toEqual({ sub: 'u1' });
    now += 1;
    expect(await (await get()).json()).toEqual({ sub: null });
    expect(await sessions.load(id)).toBeUndefined();
  });
});
