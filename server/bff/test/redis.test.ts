/**
 * Several instances on the real Redis: sessions are shared and survive an instance restart;
 * when Redis goes away the BFF fails closed with 503 and recovers by itself.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { DEMO_EMAIL, DEMO_PASSWORD } from '@llave-cdmx/sim';
import { signInThroughHostedPage } from '@llave-cdmx/sim/idp/testing';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createLlaveBff, type LlaveBff, type LlaveBffOptions } from '../src/index.js';
import { RedisStore } from '../src/session/redis-store.js';
import { storeKey } from '../src/session/sessions.js';
import {
  browser,
  CLIENT,
  ORIGIN,
  type RunningSim,
  signIn,
  startOidcProvider,
  startTestSimulator,
} from './support.js';

let sim: RunningSim;
const client = { clientId: 'bff-redis', clientSecret: 'bff-redis-secret-0123456789' };
const prefix = `test-${process.pid}-${Date.now()}:`;

beforeAll(async () => {
  sim = await startTestSimulator(client, 'BFF redis');
});
afterAll(async () => {
  await sim?.close();
});

function options(redisUrl: string, extra: Partial<LlaveBffOptions> = {}): LlaveBffOptions {
  return {
    publicOrigin: ORIGIN,
    adapter: 'llave',
    llaveBaseUrl: sim.url,
    apiBase: `${sim.url}/api`,
    clientId: client.clientId,
    clientSecret: client.clientSecret,
    redisUrl,
    redisKeyPrefix: prefix,
    logLevel: 'silent',
    ...extra,
  };
}

async function signInOn(bff: LlaveBff) {
  const b = browser(bff);
  const login = await b.request('/llave/login?returnTo=/x');
  const callback = await signInThroughHostedPage(login.headers.get('location')!, {
    login: DEMO_EMAIL,
    password: DEMO_PASSWORD,
  });
  expect((await b.request(callback)).status).toBe(200);
  return b;
}

describe('two instances sharing the real Redis', () => {
  it('sees a login made on one instance from the other, and loses nothing when one restarts', async () => {
    const url = inject('redisUrl');
    const a = createLlaveBff(options(url));
    let b = createLlaveBff(options(url));
    await Promise.all([a.ready(), b.ready()]);
    try {
      const onA = await signInOn(a);
      const cookie = onA.jar.header();
      const fromB = await b.request(`${ORIGIN}/llave/session`, { headers: { cookie } });
      expect((await fromB.json()).authenticated).toBe(true);
      const proxied = await b.request(`${ORIGIN}/llave/api/v1/me`, {
        headers: { cookie, 'x-csrf': '1' },
      });
      expect(proxied.status).toBe(200);

      // Restart B: a brand-new process state, same Redis.
      await b.close();
      b = createLlaveBff(options(url));
      await b.ready();
      const afterRestart = await b.request(`${ORIGIN}/llave/session`, { headers: { cookie } });
      expect((await afterRestart.json()).authenticated).toBe(true);

      // A logout on B ends the session for A too.
      const out = await b.request(`${ORIGIN}/llave/logout`, {
        method: 'POST',
        headers: { cookie, 'x-csrf': '1' },
      });
      expect(out.status).toBe(200);
      const onAAgain = await a.request(`${ORIGIN}/llave/session`, { headers: { cookie } });
      expect((await onAAgain.json()).authenticated).toBe(false);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('completes a login whose callback lands on the other instance', async () => {
    const url = inject('redisUrl');
    const a = createLlaveBff(options(url));
    const b = createLlaveBff(options(url));
    await Promise.all([a.ready(), b.ready()]);
    try {
      const onA = browser(a);
      const login = await onA.request('/llave/login');
      const callback = await signInThroughHostedPage(login.headers.get('location')!, {
        login: DEMO_EMAIL,
        password: DEMO_PASSWORD,
      });
      const res = await b.request(callback, { headers: { cookie: onA.jar.header() } });
      expect(res.status).toBe(200);
    } finally {
      await a.close();
      await b.close();
    }
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) resolve(child);
    });
  });
}

function stopRedis(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('condition not met in time');
}

describe('Redis down', () => {
  let redis: ChildProcess | undefined;
  afterAll(async () => {
    if (redis && redis.exitCode === null && redis.signalCode === null) await stopRedis(redis);
  });

  it('fails closed with 503 session_store_unavailable and recovers by itself', async () => {
    const port = await freePort();
    redis = await startRedis(port);
    const bff = createLlaveBff(options(`redis://127.0.0.1:${port}`));
    await bff.ready();
    try {
      const signedIn = await signInOn(bff);
      const cookie = signedIn.jar.header();
      await stopRedis(redis);

      const started = Date.now();
      const session = await bff.request(`${ORIGIN}/llave/session`, { headers: { cookie } });
      expect(session.status).toBe(503);
      expect(await session.json()).toMatchObject({ error: { code: 'session_store_unavailable' } });
      expect(Date.now() - started).toBeLessThan(2000);
      // A proxied call never goes out without its session check.
      const me = await bff.request(`${ORIGIN}/llave/api/v1/me`, {
        headers: { cookie, 'x-csrf': '1' },
      });
      expect(me.status).toBe(503);
      const page = await bff.request(`${ORIGIN}/llave/login`, {
        headers: { accept: 'text/html', 'accept-language': 'en' },
      });
      expect(page.status).toBe(503);
      expect(await page.text()).toContain('Service unavailable');
      // Every navigation gets the readable page, in the visitor's language, wherever it lands
      // (a link to a document under /llave/api, the callback from the IdP, the login button).
      for (const path of [
        '/llave/api/v1/me/documents/doc-1/content',
        '/llave/callback?code=c&state=s',
        '/llave/login?returnTo=/x',
        '/llave/session',
      ]) {
        const nav = await bff.request(`${ORIGIN}${path}`, {
          headers: {
            // A login transaction cookie too, so the callback has to ask the store for it.
            cookie: `${cookie}; __Host-llave_tx=${'t'.repeat(43)}`,
            'sec-fetch-mode': 'navigate',
            'accept-language': 'es-MX',
          },
        });
        expect(nav.status, path).toBe(503);
        expect(nav.headers.get('content-type'), path).toMatch(/text\/html/);
        expect(await nav.text(), path).toContain('Servicio no disponible');
      }
      // The same URLs fetched by a script get the JSON shape.
      const api = await bff.request(`${ORIGIN}/llave/api/v1/me/documents/doc-1/content`, {
        headers: { cookie, 'sec-fetch-mode': 'cors', 'x-csrf': '1', accept: 'text/html' },
      });
      expect(api.status).toBe(503);
      expect(await api.json()).toMatchObject({ error: { code: 'session_store_unavailable' } });
      const health = await bff.request(`${ORIGIN}/llave/health`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ store: { status: 'down' } });

      redis = await startRedis(port);
      // The data was in the old process (no persistence): the session is gone, but the BFF
      // answers again without a restart.
      await eventually(async () => {
        const res = await bff.request(`${ORIGIN}/llave/session`, { headers: { cookie } });
        return res.status === 200;
      });
      const again = await signInOn(bff);
      const ok = await bff.request(`${ORIGIN}/llave/session`, {
        headers: { cookie: again.jar.header() },
      });
      expect((await ok.json()).authenticated).toBe(true);
    } finally {
      await bff.close();
    }
  });
});

describe('refresh against a slow IdP, two instances on one Redis', () => {
  it('redeems the rotating refresh token once even when the token endpoint takes 16 s', async () => {
    const url = inject('redisUrl');
    const idp = await startOidcProvider();
    const oidcOptions = options(url, {
      adapter: 'oidc',
      oidcIssuer: idp.issuer,
      clientId: CLIENT.id,
      clientSecret: CLIENT.secret,
      apiBase: `${sim.url}/api`,
      // Long enough for the slow answer: the outbound call itself must not time out.
      headersTimeoutMs: 20_000,
    });
    const a = createLlaveBff(oidcOptions);
    const b = createLlaveBff(oidcOptions);
    const store = new RedisStore(url, prefix, pino({ level: 'silent' }));
    await Promise.all([a.ready(), b.ready(), store.ready()]);
    try {
      const onA = browser(a);
      await signIn(onA);
      const cookie = onA.jar.header();
      // The access token has expired: the next API call on either instance refreshes.
      const key = storeKey(onA.jar.cookies.get('__Host-llave_sid')!);
      const record = (await store.getSession(key))!;
      record.tokens.expiresAt = Date.now() - 1000;
      await store.setSession(key, record, 600);

      const slow = idp.slowNextTokenRequest(16_000);
      const call = (bff: typeof a) =>
        bff.request(`${ORIGIN}/llave/session/refresh`, {
          method: 'POST',
          headers: { cookie, 'x-csrf': '1' },
        });
      const first = call(a);
      await slow;
      // The second instance asks while the first is waiting on the IdP, and keeps trying the
      // lock for all 16 s: a lease shorter than the outbound call, or one not renewed, would
      // run out under its eyes and it would redeem the same refresh token. (It used to ask
      // 6 s later, which only shortened the time it watched.)
      const second = call(b);
      const [ra, rb] = await Promise.all([first, second]);
      expect([ra.status, rb.status]).toEqual([200, 200]);
      expect(idp.grants.refresh_token).toBe(1);
      expect(idp.refreshErrors).toBe(0);
      const session = await a.request(`${ORIGIN}/llave/session`, { headers: { cookie } });
      expect((await session.json()).authenticated).toBe(true);
    } finally {
      await a.close();
      await b.close();
      await store.close();
      await idp.close();
    }
  }, 60_000);
});
