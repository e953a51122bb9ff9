/**
 * A hostile-input sweep over every route the simulator serves. The route list is read from the
 * app itself (`app.routes`, which openapi.test.ts keeps equal to openapi.yaml) and from the
 * provider's discovery document, so a route added later is swept without touching this file.
 * Each route gets the same battery: broken JSON, wrong types, deep nesting, NUL and overlong
 * strings, wrong content types, bad multipart, tricky path parameters, bad query strings and
 * cookies, with and without a session, as a script and as a navigation. The rules: never a
 * 5xx, the JSON error shape with a code for API callers, a page for navigations, and no secret
 * in the logs.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDACT_PATHS } from '../logger.js';
import { DEMO_PASSWORD, SEED_IDS } from '../seed/ids.js';
import { type Harness, harness } from '../testing/harness.js';
import {
  answerProblem,
  fillFields,
  JSON_TYPE,
  MALFORMED_BODIES,
  NAVIGATION,
  type Shot,
  sweep,
} from '../testing/hostile.js';

/** A sweep takes seconds, but far more on a shared, busy machine: it must not fail for that. */
const SWEEP_TIMEOUT = 90_000;
const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
const lines: string[] = [];
let sim: Harness;
let auth: Record<string, string>;
let routes: Array<[string, string]>;

beforeAll(async () => {
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const logger = pino(
    { level: 'debug', redact: { paths: REDACT_PATHS, censor: '[redacted]' } },
    stream,
  );
  sim = await harness({}, { logger });
  auth = await sim.tokenFor(SEED_IDS.firma);
  const served = sim.app.routes
    .filter((r) => METHODS.has(r.method) && !r.path.includes('*'))
    .map((r) => [r.method, r.path] as [string, string]);
  // oidc-provider is mounted as one wildcard: its endpoints come from its discovery document.
  const discovery = (await (
    await sim.app.request('/oidc/.well-known/openid-configuration')
  ).json()) as Record<string, unknown>;
  const endpoints = Object.entries(discovery)
    .filter(([k, v]) => k.endsWith('_endpoint') && typeof v === 'string')
    .map(([, v]) => new URL(v as string).pathname);
  routes = [
    ...new Map(
      [
        ...served,
        ...endpoints.flatMap(
          (p) =>
            [
              ['GET', p],
              ['POST', p],
            ] as Array<[string, string]>,
        ),
      ].map((r) => [r.join(' '), r]),
    ).values(),
  ];
}, 60_000);
afterAll(() => sim.close());

/** Values a path parameter can take in hostile hands. */
const PARAMS = [
  '..%2F..%2Fdb.json',
  '%2e%2e',
  '%00',
  '%E0%A4%A',
  '%F0%9F%92%A9',
  'a'.repeat(4000),
  '%252F',
  "x'%20OR%201=1",
];

const SHOTS: Shot[] = [
  ...MALFORMED_BODIES,
  { name: 'JSON array', body: '[{"curp":"x"}]', headers: JSON_TYPE },
  { name: 'JSON string', body: '"texto"', headers: JSON_TYPE },
  { name: 'deep array', body: `${'['.repeat(30_000)}${']'.repeat(30_000)}`, headers: JSON_TYPE },
  { name: 'huge body', body: JSON.stringify({ x: 'x'.repeat(256 * 1024) }), headers: JSON_TYPE },
  { name: 'numbers', body: fillFields(1e308), headers: JSON_TYPE },
  { name: 'arrays', body: fillFields([]), headers: JSON_TYPE },
  { name: 'objects', body: fillFields({ toString: 1, __proto__: { a: 1 } }), headers: JSON_TYPE },
  { name: 'booleans', body: fillFields(true), headers: JSON_TYPE },
  { name: 'lone surrogates', body: fillFields('\ud800x\udfff'), headers: JSON_TYPE },
  {
    name: 'prototype keys',
    body: '{"__proto__":{"admin":true},"constructor":{"prototype":1}}',
    headers: JSON_TYPE,
  },
  {
    name: 'form body',
    body: 'curp=X&email=y',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  },
  { name: 'text body', body: '{"curp":"x"}', headers: { 'content-type': 'text/plain' } },
  {
    name: 'odd content type',
    body: '{}',
    headers: { 'content-type': 'application/json; charset=klingon' },
  },
  {
    name: 'two content types',
    body: '{}',
    headers: { 'content-type': 'application/json, text/html' },
  },
  {
    name: 'multipart without boundary',
    body: '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nhola\r\n--x--',
    headers: { 'content-type': 'multipart/form-data' },
  },
  {
    name: 'truncated multipart',
    body: '--b\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4',
    headers: { 'content-type': 'multipart/form-data; boundary=b' },
  },
  { name: 'multipart of wrong fields', body: multipart() },
  { name: 'bad query', query: '?%&a=%E0%A4%A&to=1&to=2&x[]=[&returnTo=%00' },
  { name: 'long query', query: `?q=${'a'.repeat(8000)}` },
  {
    name: 'bad cookie',
    headers: { cookie: `_session=%E0%A4%A; a; =b; ;;; llave=${'\u00ff'.repeat(10)}` },
  },
  { name: 'bad bearer', headers: { authorization: 'Bearer', accessToken: '' } },
  { name: 'bogus bearer', headers: { authorization: 'Bearer ../../x', accessToken: '%00' } },
  { name: 'basic auth junk', headers: { authorization: 'Basic %%%' } },
  NAVIGATION,
];

function multipart() {
  const form = new FormData();
  form.append('file', 'not a file');
  form.append('kind', JSON.stringify({ a: [] }));
  form.append('file', new Blob([new Uint8Array([0, 1, 2])]), '../../etc/passwd\u0000.pdf');
  return form;
}

/** Fills every `:param` of a route with `value` (raw, already encoded as a URL would carry it). */
const withParams = (path: string, value: string) => path.replace(/:[^/]+/g, value);

async function send(method: string, url: string, shot: Shot, signedIn: boolean) {
  const headers: Record<string, string> = { ...(signedIn ? auth : {}), ...shot.headers };
  const init: RequestInit = { method, headers };
  if (shot.body !== undefined && method !== 'GET') init.body = shot.body;
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer to ${method} ${url}`)), 20_000);
  });
  try {
    return await Promise.race([Promise.resolve(sim.app.request(url, init)), hang]);
  } finally {
    clearTimeout(timer);
  }
}

async function problem(method: string, url: string, shot: Shot, signedIn: boolean) {
  const res = await send(method, url, shot, signedIn);
  const label = `${method} ${url.slice(0, 100)} (${shot.name}${signedIn ? ', signed in' : ''})`;
  // Pages (hosted login, /firma) answer navigations with HTML; the API with its error shape.
  return answerProblem(res, label, { errorShape: url.startsWith('/api/') });
}

describe('every simulator route under hostile input', () => {
  it('finds the routes to sweep from the app and the discovery document', () => {
    expect(routes.length).toBeGreaterThan(50);
    const paths = routes.map((r) => r.join(' '));
    expect(paths).toContain('POST /api/v1/me/misuse-reports');
    expect(paths).toContain('POST /firma/verificar');
    expect(paths).toContain('POST /oidc/token');
  });

  it(
    'never answers 5xx to hostile bodies, headers, queries or cookies',
    async () => {
      const requests = routes.flatMap(([method, path]) =>
        SHOTS.flatMap((shot) => {
          const url = `${withParams(path, 'hostil')}${shot.query ?? ''}`;
          // Only the API reads the access token: elsewhere a second, signed-in round adds nothing.
          const rounds = path.startsWith('/api/') ? [false, true] : [false];
          return rounds.map((signedIn) => () => problem(method, url, shot, signedIn));
        }),
      );
      expect(await sweep(requests)).toEqual([]);
    },
    SWEEP_TIMEOUT,
  );

  it(
    'never answers 5xx to hostile path parameters',
    async () => {
      const shot: Shot = { name: 'param', body: '{}', headers: JSON_TYPE };
      const requests = routes
        .filter(([, p]) => p.includes(':'))
        .flatMap(([method, path]) =>
          PARAMS.map((value) => () => problem(method, withParams(path, value), shot, true)),
        );
      expect(await sweep(requests)).toEqual([]);
    },
    SWEEP_TIMEOUT,
  );

  it(
    'never answers 5xx to hostile CORS preflights and origins',
    async () => {
      const ORIGINS = [
        'null',
        'https://evil.example',
        'http://localhost:3000.evil.example',
        '*',
        'a'.repeat(5000),
        '',
      ];
      const paths = [...new Set(routes.map(([, p]) => withParams(p, 'hostil')))];
      const requests = paths.flatMap((path) =>
        ORIGINS.flatMap((origin) => [
          () =>
            problem(
              'OPTIONS',
              path,
              {
                name: `preflight from ${origin.slice(0, 20)}`,
                headers: {
                  origin,
                  'access-control-request-method': 'DELETE, PATCH',
                  'access-control-request-headers': `authorization,${'x-a,'.repeat(500)}`,
                },
              },
              false,
            ),
          () =>
            problem(
              'GET',
              path,
              { name: `GET from ${origin.slice(0, 20)}`, headers: { origin } },
              true,
            ),
        ]),
      );
      expect(await sweep(requests)).toEqual([]);
    },
    SWEEP_TIMEOUT,
  );

  it(
    'never answers 5xx to hostile forms on the hosted login pages of a live interaction',
    async () => {
      // A real authorization request opens an interaction: its pages get past the unknown-id 404.
      const cookies = new Map<string, string>();
      const jar = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      let url = `/oidc/auth?${new URLSearchParams({
        client_id: 'demo-agency',
        response_type: 'code',
        scope: 'openid profile',
        redirect_uri: 'http://localhost:3000/llave/callback',
        state: 'hostile-state',
        nonce: 'hostile-nonce',
        code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
        code_challenge_method: 'S256',
      })}`;
      for (let i = 0; i < 5 && !url.startsWith('/login/'); i++) {
        const res = await sim.app.request(url, { headers: { cookie: jar() } });
        for (const line of res.headers.getSetCookie()) {
          const [pair] = line.split(';');
          const eq = pair!.indexOf('=');
          cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
        }
        url = new URL(res.headers.get('location') ?? '/', 'http://sim.test').pathname;
      }
      const id = /^\/login\/([^/]+)/.exec(url)?.[1];
      expect(id).toBeTruthy();
      const form = (body: string): Shot => ({
        name: `form ${body.slice(0, 30)}`,
        body,
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar() },
      });
      const FORMS = [
        form(''),
        form('login=%00&password=%00'),
        form('login=a&login=b&password[]=x&code[$gt]=1'),
        form(`login=${'ñ'.repeat(50_000)}&password=${'a'.repeat(50_000)}`),
        form('login=%E0%A4%A&password=%'),
        form(`code=${'9'.repeat(400)}&destination=%00&channel=fax`),
        form('csrf=&_csrf=x&token=../../'),
        {
          name: 'JSON on a form route',
          body: '{"login":1}',
          headers: { ...JSON_TYPE, cookie: jar() },
        },
        { name: 'multipart on a form route', body: multipart(), headers: { cookie: jar() } },
        { name: 'navigation without cookie', headers: { accept: 'text/html' } },
      ];
      const pages = routes.filter(([, p]) => p.startsWith('/login/:'));
      expect(pages.length).toBeGreaterThan(5);
      const requests = pages.flatMap(([method, path]) =>
        FORMS.map((shot) => () => problem(method, withParams(path, id!), shot, false)),
      );
      expect(await sweep(requests)).toEqual([]);
    },
    SWEEP_TIMEOUT,
  );

  it('keeps tokens and passwords out of the logs, even for requests that failed', async () => {
    const shot = {
      name: 'password',
      body: JSON.stringify({ password: DEMO_PASSWORD }),
      headers: JSON_TYPE,
    };
    expect(await problem('POST', '/api/v1/me/cancellation', shot, true)).toBeUndefined();
    const log = lines.join('');
    expect(log.length).toBeGreaterThan(0);
    expect(log).not.toContain(auth.accessToken);
    expect(log).not.toContain(DEMO_PASSWORD);
  });
});
