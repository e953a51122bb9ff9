/**
 * A hostile-input sweep over every BFF route, in front of the real simulator: the BFF's own
 * routes come from the app (`bff.routes`), the proxied ones from the allow-list, so a route
 * added to either is swept without touching this file. Each gets broken and oversized JSON,
 * wrong types, bad multipart, tricky path parameters, bad queries, cookies and headers, signed
 * in and not, as a script and as a navigation. The rules: never a 5xx (a 502 would mean the
 * simulator failed behind the proxy), the JSON error shape for scripts, a page for navigations,
 * and no token, session id or password in the answers or the logs.
 */
import { Writable } from 'node:stream';
import { DEMO_EMAIL, DEMO_PASSWORD } from '@llave-cdmx/sim';
import { signInThroughHostedPage } from '@llave-cdmx/sim/idp/testing';
import {
  answerProblem,
  fillFields,
  type Shot as HostileShot,
  JSON_TYPE,
  MALFORMED_BODIES,
  NAVIGATION,
  sweep,
} from '@llave-cdmx/sim/testing/hostile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLlaveBff, type LlaveBff } from '../src/index.js';
import { PROXY_ROUTES } from '../src/proxy/allow-list.js';
import { type Browser, browser, ORIGIN, type RunningSim, startTestSimulator } from './support.js';

/** A sweep takes seconds, but far more on a shared, busy machine: it must not fail for that. */
const SWEEP_TIMEOUT = 90_000;
const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
const client = { clientId: 'bff-hostile', clientSecret: 'bff-hostile-secret-0123456789' };
const lines: string[] = [];
let sim: RunningSim;
let bff: LlaveBff;
let b: Browser;
let routes: Array<[string, string]>;

async function signIn() {
  b = browser(bff);
  const login = await b.request('/llave/login?returnTo=/tramites');
  const callback = await signInThroughHostedPage(login.headers.get('location')!, {
    login: DEMO_EMAIL,
    password: DEMO_PASSWORD,
  });
  await b.request(callback);
}

beforeAll(async () => {
  sim = await startTestSimulator(client, 'BFF hostile');
  bff = createLlaveBff(
    {
      publicOrigin: ORIGIN,
      adapter: 'oidc',
      oidcIssuer: `${sim.url}/oidc`,
      apiBase: `${sim.url}/api`,
      clientId: client.clientId,
      clientSecret: client.clientSecret,
      logLevel: 'debug',
      // The sweep sends many requests from one address: the limits are not what it tests.
      rateLimits: {
        loginPerIp: { limit: 1e6, windowSeconds: 60 },
        sensitivePerIp: { limit: 1e6, windowSeconds: 60 },
        sensitivePerAccount: { limit: 1e6, windowSeconds: 60 },
      },
    },
    {
      logDestination: new Writable({
        write(chunk, _enc, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    },
  );
  await signIn();
  const own = bff.routes
    .filter((r) => METHODS.has(r.method) && !r.path.includes('*'))
    .map((r) => [r.method, r.path] as [string, string]);
  const proxied = PROXY_ROUTES.map((r) => [r.method, `/llave/api${r.path}`] as [string, string]);
  // Routes that end the citizen's sessions when they succeed (a misuse report needs no body)
  // go last, so the session lasts for every other route; after them the sweep goes on signed out.
  const ends = new Set(
    PROXY_ROUTES.filter((r) => 'endsSession' in r).map((r) => `${r.method} /llave/api${r.path}`),
  );
  routes = [...new Map([...own, ...proxied].map((r) => [r.join(' '), r])).values()].sort(
    (x, y) => Number(ends.has(x.join(' '))) - Number(ends.has(y.join(' '))),
  );
}, 60_000);
afterAll(async () => {
  await bff?.close();
  await sim?.close();
});

interface Shot extends HostileShot {
  /** Sends no session cookie even when signed in (the shot brings its own). */
  ownCookie?: true;
}

const SHOTS: Shot[] = [
  ...MALFORMED_BODIES,
  { name: 'JSON array', body: '[1]', headers: JSON_TYPE },
  { name: 'huge body', body: 'x'.repeat(3 * 1024 * 1024), headers: JSON_TYPE },
  { name: 'objects', body: fillFields({ a: [] }), headers: JSON_TYPE },
  {
    name: 'form body',
    body: 'logout_token=x&curp=y',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  },
  { name: 'text body', body: '{}', headers: { 'content-type': 'text/plain' } },
  {
    name: 'bad multipart',
    body: '--b\r\nContent-Disposition: form-data; name="file"; filename="../a.pdf"\r\n\r\n%PDF',
    headers: { 'content-type': 'multipart/form-data; boundary=b' },
  },
  { name: 'bad query', query: '?%&a=%E0%A4%A&returnTo=%00&returnTo=//evil.example&state=1&code=%' },
  { name: 'long query', query: `?returnTo=/${'a'.repeat(8000)}` },
  {
    name: 'bad cookie',
    ownCookie: true,
    headers: { cookie: `__Host-llave_sid=%E0%A4%A; llave_sid=${'x'.repeat(5000)}; ;=;` },
  },
  {
    name: 'cookie of another session',
    ownCookie: true,
    headers: { cookie: '__Host-llave_sid=abc; __Host-llave_sid=def; __Host-llave_tx=%' },
  },
  { name: 'bad csrf', headers: { 'x-csrf': '0, 1' } },
  {
    name: 'bad forwarded',
    headers: { 'x-forwarded-for': 'not-an-ip, , %00', forwarded: 'for="[' },
  },
  NAVIGATION,
];

const PARAMS = ['..%2F..%2Fadmin', '%2e%2e', '%00', '%E0%A4%A', '%F0%9F%92%A9', 'a'.repeat(3000)];

async function problem(method: string, path: string, shot: Shot, signedIn: boolean) {
  const headers = new Headers({ 'x-csrf': '1', ...shot.headers });
  const init: RequestInit = { method, headers };
  if (shot.body !== undefined && method !== 'GET') init.body = shot.body;
  const url = `${ORIGIN}${path}${shot.query ?? ''}`;
  const res =
    signedIn && !shot.ownCookie ? await b.request(url, init) : await bff.request(url, init);
  const label = `${method} ${path.slice(0, 100)} (${shot.name}${signedIn ? ', signed in' : ''})`;
  const navigation = headers.get('sec-fetch-mode') === 'navigate';
  return answerProblem(res, label, { errorShape: !navigation, page: navigation });
}

describe('every BFF route under hostile input', () => {
  it('finds the routes to sweep from the app and the allow-list', () => {
    const paths = routes.map((r) => r.join(' '));
    expect(paths).toContain('POST /llave/session/extend');
    expect(paths).toContain('POST /llave/api/v1/me/misuse-reports');
    expect(paths).toContain('POST /llave/api/v1/signatures/verify');
  });

  it(
    'never answers 5xx to hostile path parameters',
    async () => {
      const shot: Shot = { name: 'param', body: '{}', headers: JSON_TYPE };
      const requests = routes
        .filter(([, p]) => p.includes(':'))
        .flatMap(([method, path]) =>
          PARAMS.map((v) => () => problem(method, path.replace(/:[^/]+/g, v), shot, true)),
        );
      expect(await sweep(requests)).toEqual([]);
    },
    SWEEP_TIMEOUT,
  );

  it(
    'never answers 5xx to hostile bodies, headers, queries or cookies',
    async () => {
      const requests = routes.flatMap(([method, path]) =>
        SHOTS.flatMap((shot) =>
          // Signed in, a logout would only end the session the next shot needs.
          [false, ...(path.endsWith('/logout') ? [] : [true])].map(
            (signedIn) => () => problem(method, path.replace(/:[^/]+/g, 'hostil'), shot, signedIn),
          ),
        ),
      );
      expect(await sweep(requests)).toEqual([]);
    },
    SWEEP_TIMEOUT,
  );

  it(
    'never answers 5xx to a callback or a back-channel logout forged around a live login',
    async () => {
      const fresh = browser(bff);
      const login = await fresh.request('/llave/login?returnTo=/tramites');
      const state = new URL(login.headers.get('location')!).searchParams.get('state')!;
      const queries = [
        `code=%00&state=${state}`,
        `code=${'a'.repeat(5000)}&state=${state}`,
        `code=a&state=${state}&state=other`,
        `code=a&code=b&state=${state}&iss=https%3A%2F%2Fevil.example`,
        `error=access_denied&error_description=%3Cscript%3E&state=${state}`,
        `error=${'x'.repeat(3000)}`,
        'state=%E0%A4%A&code[]=1',
      ];
      const found: string[] = [];
      for (const q of queries) {
        const res = await fresh.request(`/llave/callback?${q}`, {
          headers: { accept: 'text/html', 'sec-fetch-mode': 'navigate' },
        });
        const text = await res.text();
        if (res.status >= 500 || !/text\/html/.test(res.headers.get('content-type') ?? '')) {
          found.push(`callback ?${q.slice(0, 60)} → ${res.status}`);
        }
        if (text.includes(state)) found.push(`callback ?${q.slice(0, 60)} echoes the state`);
      }
      for (const token of ['a.b.c', 'eyJhbGciOiJub25lIn0.e30.', `${'e'.repeat(9000)}.x.y`, '']) {
        const res = await bff.request(`${ORIGIN}/llave/backchannel-logout`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ logout_token: token }).toString(),
        });
        if (res.status >= 500)
          found.push(`backchannel-logout ${token.slice(0, 20)} → ${res.status}`);
      }
      expect(found).toEqual([]);
    },
    SWEEP_TIMEOUT,
  );

  it('keeps session ids, tokens and passwords out of answers and logs', async () => {
    const log = lines.join('');
    expect(log.length).toBeGreaterThan(0);
    for (const value of b.jar.cookies.values()) expect(log).not.toContain(value);
    expect(log).not.toContain(DEMO_PASSWORD);
    expect(log).not.toContain(client.clientSecret);
    expect(log).not.toMatch(/"(access_token|refresh_token|id_token)":"[^"[]/);
  });
});
