import { Hono } from 'hono';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { LlaveAdapter } from '../../adapters/llave.js';
import { resolveConfig } from '../../config.js';
import { MemoryStore } from '../../session/memory-store.js';
import { Sessions } from '../../session/sessions.js';
import { sessionMiddleware } from './index.js';

function setup(idleTimeoutSeconds = 1800) {
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
  const sessions = new Sessions(new MemoryStore(), config, adapter, pino({ level: 'silent' }));
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

  it('ends a session past its idle timeout', async () => {
    const { app, sessions } = setup(1);
    const { id } = await sessions.create(login);
    await new Promise((r) => setTimeout(r, 1100));
    const res = await app.request('/', { headers: { cookie: `sid=${id}` } });
    expect(await res.json()).toEqual({ sub: null });
  });

  it('ends a session past its absolute timeout even while active', async () => {
    const { sessions } = setup();
    const { id } = await sessions.create(login);
    const key = (await sessions.load(id))!.key;
    const record = (await sessions.store.getSession(key))!;
    record.expiresAt = Date.now() - 1;
    await sessions.store.setSession(key, record, 60);
    expect(await sessions.load(id)).toBeUndefined();
  });
});
