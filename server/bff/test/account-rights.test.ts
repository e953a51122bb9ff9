/**
 * The profile's account rights through the BFF, against the real simulator: a contact change
 * that the session shows after its code without a new sign-in; cancellation and misuse reports
 * ending the local session at once (Llave has no back-channel logout), other agencies' sessions
 * by a refused token (Llave) or a back-channel logout (OIDC); `reauth=1` forcing a sign-in.
 */
import { getRequestListener } from '@hono/node-server';
import { DEMO_EMAIL, DEMO_PASSWORD, startSimulator } from '@llave-cdmx/sim';
import { signInThroughHostedPage } from '@llave-cdmx/sim/idp/testing';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type AdapterKind, createLlaveBff, type LlaveBff } from '../src/index.js';
import { type Browser, browser, listen, ORIGIN, type RunningSim } from './support.js';

const client = { clientId: 'bff-rights', clientSecret: 'bff-rights-secret-0123456789' };
const bffs: LlaveBff[] = [];
let sim: RunningSim;
let receiver: Awaited<ReturnType<typeof listen>>;
/** The BFF the simulator's back-channel logout reaches (the OIDC one under test). */
let backchannelTarget: LlaveBff | undefined;

beforeAll(async () => {
  receiver = await listen((req, res) => {
    if (!backchannelTarget) return res.writeHead(503).end();
    return getRequestListener(backchannelTarget.fetch)(req, res);
  });
  sim = await startSimulator(
    {
      port: 0,
      host: '127.0.0.1',
      clients: [
        {
          ...client,
          redirectUris: [`${ORIGIN}/llave/callback`],
          postLogoutRedirectUris: [`${ORIGIN}/`],
          backchannelLogoutUri: `${receiver.url}/llave/backchannel-logout`,
          name: 'BFF rights',
        },
      ],
    },
    { logger: pino({ level: 'silent' }) },
  );
});
afterAll(async () => {
  await Promise.all(bffs.map((b) => b.close()));
  await sim?.close();
  await receiver?.close();
});

function bffFor(adapter: AdapterKind) {
  const bff = createLlaveBff({
    publicOrigin: ORIGIN,
    adapter,
    llaveBaseUrl: sim.url,
    oidcIssuer: `${sim.url}/oidc`,
    apiBase: `${sim.url}/api`,
    ...client,
    logLevel: 'silent',
  });
  bffs.push(bff);
  return bff;
}

let registered = 0;
/** A citizen of her own (registered through the API), so seeded accounts stay as they are. */
async function newCitizen(): Promise<string> {
  const curps = ['LOHM850322MDFPRR04', 'RUCE680505HOCZRR00', 'TOVL990101MPLRZC01'];
  const curp = curps[registered]!;
  const email = `derechos${registered++}@example.com`;
  const { source: _source, ...personal } = await (
    await fetch(`${sim.url}/api/v1/registry/curp/${curp}`)
  ).json();
  const res = await fetch(`${sim.url}/api/v1/registrations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      kind: 'nacional',
      personal,
      address: {
        codigoPostal: '06700',
        asentamientoId: '0016',
        calle: 'Tonalá',
        numeroExterior: '10',
      },
      contact: { email },
      password: DEMO_PASSWORD,
      acceptPrivacyNotice: true,
    }),
  });
  expect(res.status).toBe(201);
  return email;
}

async function signInAs(bff: LlaveBff, login: string): Promise<Browser> {
  const b = browser(bff);
  const start = await b.request('/llave/login?returnTo=/perfil');
  expect(start.status).toBe(302);
  const callback = await signInThroughHostedPage(start.headers.get('location')!, {
    login,
    password: DEMO_PASSWORD,
  });
  expect((await b.request(callback)).status).toBe(200);
  return b;
}

const json = (method: string, body: unknown) => ({
  method,
  csrf: true,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

const session = async (b: Browser) => (await b.request('/llave/session')).json();

describe('a contact change', () => {
  it('shows in the session after its code and a refresh, without a new sign-in', async () => {
    const email = await newCitizen();
    const b = await signInAs(bffFor('llave'), email);
    const changed = await b.request(
      '/llave/api/v1/me/contact',
      json('PATCH', { mobile: '55 2468 1357' }),
    );
    expect(changed.status).toBe(200);
    const { verification, profile } = await changed.json();
    expect(profile.pending.mobile.value).toBe('+525524681357');
    const [message] = await sim.ctx.outbox.list({ to: '+525524681357' });
    const checked = await b.request(
      `/llave/api/v1/verifications/${verification.id}/check`,
      json('POST', { code: message!.code }),
    );
    expect(checked.status).toBe(200);
    const refreshed = await b.request('/llave/session/refresh', { method: 'POST', csrf: true });
    expect((await refreshed.json()).user).toMatchObject({ level: 'verificada' });
    expect((await session(b)).user.phone).toMatch(/5524681357$/);
  });

  it('is rate limited per session like the code endpoints', async () => {
    const bff = createLlaveBff({
      publicOrigin: ORIGIN,
      adapter: 'llave',
      llaveBaseUrl: sim.url,
      apiBase: `${sim.url}/api`,
      ...client,
      logLevel: 'silent',
      rateLimits: { sensitivePerAccount: { limit: 1, windowSeconds: 60 } },
    });
    bffs.push(bff);
    const b = await signInAs(bff, DEMO_EMAIL);
    const body = json('PATCH', { email: 'nuevo.demo@example.com' });
    expect((await b.request('/llave/api/v1/me/contact', body)).status).toBe(200);
    const limited = await b.request('/llave/api/v1/me/contact', body);
    expect(limited.status).toBe(429);
  });
});

describe('with the llave adapter', () => {
  it('cancelling ends this session at once and another agency’s at its next call', async () => {
    const email = await newCitizen();
    const here = await signInAs(bffFor('llave'), email);
    const elsewhere = await signInAs(bffFor('llave'), email);
    const res = await here.request(
      '/llave/api/v1/me/cancellation',
      json('POST', { confirm: true }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/llave_sid=;/);
    expect((await session(here)).authenticated).toBe(false);

    // Llave cannot tell the other BFF; the revoked token does, on its next call.
    const next = await elsewhere.request('/llave/api/v1/me', { csrf: true });
    expect(next.status).toBe(401);
    expect((await session(elsewhere)).authenticated).toBe(false);
  });

  it('reauth=1 sends a signed-in citizen to the IdP instead of back to the page', async () => {
    const b = await signInAs(bffFor('llave'), DEMO_EMAIL);
    expect((await b.request('/llave/login?returnTo=/perfil')).status).toBe(303);
    const again = await b.request('/llave/login?returnTo=/perfil&reauth=1');
    expect(again.status).toBe(302);
    expect(again.headers.get('location')).toContain('/oauthV2.xhtml');
  });
});

describe('with the oidc adapter', () => {
  it('a misuse report ends this session, and back-channel logout ends the others', async () => {
    const email = await newCitizen();
    const bff = bffFor('oidc');
    backchannelTarget = bff;
    const here = await signInAs(bff, email);
    const otherDevice = await signInAs(bff, email);
    const res = await here.request('/llave/api/v1/me/misuse-reports', json('POST', {}));
    expect(res.status).toBe(201);
    expect((await session(here)).authenticated).toBe(false);
    // The simulator posted a logout token for the other device's IdP session to this BFF.
    await vi.waitFor(async () => expect((await session(otherDevice)).authenticated).toBe(false), {
      timeout: 5_000,
    });
  });

  it('reauth=1 asks the IdP for prompt=login and max_age=0', async () => {
    const b = await signInAs(bffFor('oidc'), DEMO_EMAIL);
    const again = await b.request('/llave/login?returnTo=/perfil&reauth=1');
    expect(again.status).toBe(302);
    const url = new URL(again.headers.get('location')!);
    expect(url.searchParams.get('prompt')).toBe('login');
    expect(url.searchParams.get('max_age')).toBe('0');
  });
});
