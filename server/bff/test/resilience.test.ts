/**
 * An IdP that is down or never answers gives a readable page (or the JSON error), never a hang;
 * Llave's missing step-up is explained; and a whole login + proxy flow logs no secret.
 */
import { Writable } from 'node:stream';
import { BASIC_EMAIL, DEMO_EMAIL, DEMO_PASSWORD, startSimulator } from '@llave-cdmx/sim';
import { signInThroughHostedPage } from '@llave-cdmx/sim/idp/testing';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLlaveBff, type LlaveBffOptions } from '../src/index.js';
import { MemoryStore } from '../src/session/memory-store.js';
import { storeKey } from '../src/session/sessions.js';
import { browser, listen, ORIGIN } from './support.js';

type Sim = Awaited<ReturnType<typeof startSimulator>>;
let sim: Sim;
let silent: Awaited<ReturnType<typeof listen>>;
const client = { clientId: 'bff-res', clientSecret: 'bff-res-secret-0123456789-XYZ' };

beforeAll(async () => {
  sim = await startSimulator(
    {
      port: 0,
      host: '127.0.0.1',
      clients: [{ ...client, redirectUris: [`${ORIGIN}/llave/callback`], name: 'BFF res' }],
    },
    { logger: pino({ level: 'silent' }) },
  );
  // Accepts connections and reads requests, but never answers.
  silent = await listen(() => {});
});
afterAll(async () => {
  await silent.close();
  await sim.close();
});

const base = (extra: Partial<LlaveBffOptions>): LlaveBffOptions => ({
  publicOrigin: ORIGIN,
  clientId: client.clientId,
  clientSecret: client.clientSecret,
  apiBase: `${sim.url}/api`,
  logLevel: 'silent',
  connectTimeoutMs: 500,
  headersTimeoutMs: 500,
  bodyTimeoutMs: 500,
  ...extra,
});

describe('identity provider down or silent', () => {
  it('oidc: a silent IdP gives a readable 502 page to a navigation, JSON to a fetch, quickly', async () => {
    const bff = createLlaveBff(base({ adapter: 'oidc', oidcIssuer: silent.url }));
    try {
      const started = Date.now();
      const page = await bff.request(`${ORIGIN}/llave/login`, {
        headers: { 'sec-fetch-mode': 'navigate', 'accept-language': 'es-MX,es;q=0.9' },
      });
      expect(page.status).toBe(502);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect(await page.text()).toContain('Llave CDMX no está disponible');
      expect(Date.now() - started).toBeLessThan(3000);
      const json = await bff.request(`${ORIGIN}/llave/login`, {
        headers: { accept: 'application/json' },
      });
      expect(json.status).toBe(502);
      expect(await json.json()).toMatchObject({ error: { code: 'upstream_unavailable' } });
    } finally {
      await bff.close();
    }
  });

  it('oidc: a refused connection gives 503, in English when asked', async () => {
    const closed = await listen(() => {});
    await closed.close();
    const bff = createLlaveBff(base({ adapter: 'oidc', oidcIssuer: closed.url }));
    try {
      const page = await bff.request(`${ORIGIN}/llave/login`, {
        headers: { 'sec-fetch-mode': 'navigate', 'accept-language': 'en-US,en;q=0.8' },
      });
      expect(page.status).toBe(503);
      expect(await page.text()).toContain('Llave CDMX is unavailable');
      const health = await bff.request(`${ORIGIN}/llave/health`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ idp: 'down' });
    } finally {
      await bff.close();
    }
  });

  it('llave: a token endpoint that never answers ends the callback with a 502 page', async () => {
    const bff = createLlaveBff(base({ adapter: 'llave', llaveBaseUrl: silent.url }));
    try {
      const b = browser(bff);
      const login = await b.request('/llave/login');
      const state = new URL(login.headers.get('location')!).searchParams.get('state');
      const started = Date.now();
      const res = await b.request(`/llave/callback?code=abc&state=${state}`, {
        headers: { 'sec-fetch-mode': 'navigate' },
      });
      expect(res.status).toBe(502);
      expect(await res.text()).toContain('Llave CDMX no está disponible');
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      await bff.close();
    }
  });
});

describe('llave: no step-up', () => {
  it('explains that the level cannot be raised through Llave instead of looping through sign-in', async () => {
    const bff = createLlaveBff(base({ adapter: 'llave', llaveBaseUrl: sim.url }));
    try {
      const b = browser(bff);
      const login = await b.request('/llave/login?returnTo=/x');
      // The seeded básica account shares the demo password (server/sim seed).
      const cb = await signInThroughHostedPage(login.headers.get('location')!, {
        login: BASIC_EMAIL,
        password: DEMO_PASSWORD,
      });
      await b.request(cb);
      const session = await (await b.request('/llave/session')).json();
      expect(session.user.level).toBe('basica');
      const res = await b.request('/llave/login?level=verificada&returnTo=/expediente', {
        headers: { 'sec-fetch-mode': 'navigate' },
      });
      expect(res.status).toBe(403);
      const html = await res.text();
      expect(html).toContain('Llave CDMX no puede elevar el nivel');
      expect(html).toContain('href="/expediente"');
    } finally {
      await bff.close();
    }
  });
});

describe('logs', () => {
  it('contain no token, code, state, secret, password or session id over a full login + proxy flow', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const store = new MemoryStore();
    const bff = createLlaveBff(
      base({ adapter: 'llave', llaveBaseUrl: sim.url, logLevel: 'trace' }),
      { logDestination: sink, store },
    );
    try {
      const b = browser(bff);
      const login = await b.request('/llave/login?returnTo=/x');
      const authorize = new URL(login.headers.get('location')!);
      const callback = new URL(
        await signInThroughHostedPage(authorize.href, {
          login: DEMO_EMAIL,
          password: DEMO_PASSWORD,
        }),
      );
      await b.request(callback.href);
      // A replayed callback and a bad one log too.
      await b.request(callback.href);
      const sid = b.jar.cookies.get('__Host-llave_sid')!;
      const record = (await store.getSession(storeKey(sid)))!;
      await b.request('/llave/api/v1/me', { csrf: true });
      await b.request('/llave/api/v1/password-resets', {
        csrf: true,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ curp: 'PEGJ900115HDFRRN03', contact: DEMO_EMAIL }),
      });
      await b.request('/llave/logout', { method: 'POST', csrf: true });

      const secrets = {
        accessToken: record.tokens.accessToken,
        code: callback.searchParams.get('code')!,
        state: callback.searchParams.get('state')!,
        clientSecret: client.clientSecret,
        password: DEMO_PASSWORD,
        sessionId: sid,
        sessionKey: storeKey(sid),
        txCookie: login.headers.getSetCookie()[0]!.split(';')[0]!.split('=')[1]!,
      };
      const all = lines.join('');
      expect(lines.length).toBeGreaterThan(3);
      for (const [name, value] of Object.entries(secrets)) {
        expect(value.length, name).toBeGreaterThan(5);
        expect(all.includes(value), `${name} appears in the logs`).toBe(false);
      }
      expect(all).toContain('login completed');
    } finally {
      await bff.close();
    }
  });
});
