/**
 * How a session's level is raised (DESIGN.md §3): `/session` says how (`levelUp`), and
 * `POST /session/refresh` reads the claims again after a contact verification, against the real
 * simulator with both adapters.
 */
import { BASIC_EMAIL, DEMO_EMAIL, DEMO_MOBILE, DEMO_PASSWORD } from '@llave-cdmx/sim';
import { signInThroughHostedPage } from '@llave-cdmx/sim/idp/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AdapterKind,
  createLlaveBff,
  type LlaveBff,
  type LlaveBffOptions,
} from '../src/index.js';
import { MemoryStore } from '../src/session/memory-store.js';
import { storeKey } from '../src/session/sessions.js';
import { type Browser, browser, ORIGIN, type RunningSim, startTestSimulator } from './support.js';

let sim: RunningSim;
const client = { clientId: 'bff-level-up', clientSecret: 'bff-level-up-secret-0123456789' };
const bffs: LlaveBff[] = [];

beforeAll(async () => {
  // Its own simulator: verifying Ana's email raises her account for good.
  sim = await startTestSimulator(client, 'BFF level-up');
});
afterAll(async () => {
  await Promise.all(bffs.map((b) => b.close()));
  await sim?.close();
});

function bffFor(adapter: AdapterKind, extra: Partial<LlaveBffOptions> = {}, store?: MemoryStore) {
  const bff = createLlaveBff(
    {
      publicOrigin: ORIGIN,
      adapter,
      llaveBaseUrl: sim.url,
      oidcIssuer: `${sim.url}/oidc`,
      apiBase: `${sim.url}/api`,
      ...client,
      logLevel: 'silent',
      ...extra,
    },
    { store },
  );
  bffs.push(bff);
  return bff;
}

async function signInAs(bff: LlaveBff, login: string): Promise<Browser> {
  const b = browser(bff);
  const start = await b.request('/llave/login?returnTo=/tramite');
  expect(start.status).toBe(302);
  const callback = await signInThroughHostedPage(start.headers.get('location')!, {
    login,
    password: DEMO_PASSWORD,
  });
  expect((await b.request(callback)).status).toBe(200);
  return b;
}

const refresh = (b: Browser, csrf = true) =>
  b.request('/llave/session/refresh', { method: 'POST', csrf });

describe('with the llave adapter', () => {
  it('raises a básica citizen to verificada by a verified email and a refresh, without a new sign-in', async () => {
    const bff = bffFor('llave');
    const b = await signInAs(bff, BASIC_EMAIL);

    const before = await (await b.request('/llave/session')).json();
    expect(before.user.level).toBe('basica');
    expect(before.levelUp).toEqual({ verificada: 'verify-contact', firma: 'unavailable' });
    // Llave answers `correo: "null"` until the email is verified.
    expect(before.user.email).toBeUndefined();

    const started = await b.request('/llave/api/v1/verifications', {
      method: 'POST',
      csrf: true,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channel: 'email' }),
    });
    expect(started.status).toBe(201);
    const verification = await started.json();
    const [message] = await sim.ctx.outbox.list({ to: BASIC_EMAIL });
    expect(message?.code).toMatch(/^\d{6}$/);
    const checked = await b.request(`/llave/api/v1/verifications/${verification.id}/check`, {
      method: 'POST',
      csrf: true,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: message!.code }),
    });
    expect(checked.status).toBe(200);
    expect((await checked.json()).level).toBe('verificada');

    // The session still holds what the IdP said at sign-in…
    expect((await (await b.request('/llave/session')).json()).user.level).toBe('basica');

    // …until the page asks for a refresh.
    const res = await refresh(b);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const after = await res.json();
    expect(after).toMatchObject({
      authenticated: true,
      user: { level: 'verificada', email: BASIC_EMAIL },
      levelUp: { firma: 'unavailable' },
    });
    expect(after.levelUp).not.toHaveProperty('verificada');
    expect(JSON.stringify(after)).not.toMatch(/token/i);
    // The same session on the next read (`now` is the server's clock at each answer).
    expect(await (await b.request('/llave/session')).json()).toEqual({
      ...after,
      now: expect.any(String),
    });

    // The proxy now lets her reach what needs verificada (the expediente).
    expect((await b.request('/llave/api/v1/me/documents', { csrf: true })).status).toBe(200);
  });

  it('refuses a refresh without X-CSRF, and answers 401 without a session', async () => {
    const bff = bffFor('llave');
    const b = await signInAs(bff, DEMO_EMAIL);
    const noCsrf = await refresh(b, false);
    expect(noCsrf.status).toBe(403);
    expect((await noCsrf.json()).error.code).toBe('csrf_required');
    const cross = await b.request('/llave/session/refresh', {
      method: 'POST',
      csrf: true,
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(cross.status).toBe(403);

    const anonymous = await refresh(browser(bff));
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error.code).toBe('unauthorized');
    // GET is not a way around the CSRF check.
    expect((await b.request('/llave/session/refresh', { csrf: true })).status).toBe(404);
  });

  it('ends the session when Llave no longer accepts its token', async () => {
    const store = new MemoryStore();
    const bff = bffFor('llave', {}, store);
    const b = await signInAs(bff, DEMO_EMAIL);
    const [id] = [...b.jar.cookies.entries()]
      .find(([name]) => name.includes('llave_sid'))!
      .slice(1);
    const record = await store.getSession(storeKey(id!));
    // Sign out at Llave behind the BFF's back (another tab at llave.cdmx.gob.mx, say).
    const out = await fetch(`${sim.url}/rest/oauth/logout`, {
      method: 'POST',
      headers: {
        accesstoken: record!.tokens.accessToken,
        authorization: `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64')}`,
        'content-type': 'application/json',
      },
      body: '{}',
    });
    expect(out.ok).toBe(true);

    const res = await refresh(b);
    expect(res.status).toBe(401);
    expect(await store.getSession(storeKey(id!))).toBeUndefined();
    expect((await (await b.request('/llave/session')).json()).authenticated).toBe(false);
  });

  it('rate-limits refreshes per account', async () => {
    const bff = bffFor('llave', {
      rateLimits: { sensitivePerAccount: { limit: 2, windowSeconds: 60 } },
    });
    const b = await signInAs(bff, DEMO_EMAIL);
    expect((await refresh(b)).status).toBe(200);
    expect((await refresh(b)).status).toBe(200);
    const limited = await refresh(b);
    expect(limited.status).toBe(429);
    expect((await limited.json()).error.code).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('with the oidc adapter', () => {
  it('offers a step-up login for each level the issuer advertises, and refreshes from userinfo', async () => {
    const bff = bffFor('oidc');
    const b = await signInAs(bff, DEMO_EMAIL);
    const session = await (await b.request('/llave/session')).json();
    expect(session.user.level).toBe('verificada');
    // The simulator's discovery lists the acr of every level.
    expect(session.levelUp).toEqual({ firma: 'login' });

    const res = await refresh(b);
    expect(res.status).toBe(200);
    const after = await res.json();
    expect(after.user).toMatchObject({ level: 'verificada', email: DEMO_EMAIL });
    expect(after.user.phone).toBe(DEMO_MOBILE);
    expect(after.levelUp).toEqual({ firma: 'login' });
  });

  it('answers a signed-out /session without levelUp', async () => {
    const bff = bffFor('oidc');
    expect(await (await browser(bff).request('/llave/session')).json()).toEqual({
      authenticated: false,
    });
  });
});
