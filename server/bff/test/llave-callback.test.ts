/**
 * The Llave protocol's callback through the whole BFF, against the real simulator: a callback
 * whose `state` is not the one this browser's login sent (changed, missing, repeated) ends in
 * the login-failed page, with no session and no code exchanged, and it uses the login up (the
 * right callback afterwards is refused too). The BFF reaches the simulator's back channel
 * through a forwarder that counts the calls, so "nothing exchanged" is measured.
 */
import type { IncomingMessage } from 'node:http';
import { DEMO_EMAIL, DEMO_PASSWORD } from '@llave-cdmx/sim';
import { signInThroughHostedPage } from '@llave-cdmx/sim/idp/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLlaveBff, type LlaveBff } from '../src/index.js';
import {
  type Browser,
  browser,
  listen,
  ORIGIN,
  type RunningSim,
  startTestSimulator,
} from './support.js';

const client = { clientId: 'bff-llave-cb', clientSecret: 'bff-llave-cb-secret-0123456789' };
let sim: RunningSim;
let backChannel: Awaited<ReturnType<typeof listen>>;
let bff: LlaveBff;
/** Paths the BFF asked of the IdP's back channel (token, usuario). */
let asked: string[];

const body = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString()));
  });

beforeAll(async () => {
  sim = await startTestSimulator(client, 'BFF llave callback');
  backChannel = await listen(async (req, res) => {
    asked.push(new URL(req.url!, 'http://x').pathname);
    const headers = { ...req.headers };
    delete headers.host;
    const answer = await fetch(`${sim.url}${req.url}`, {
      method: req.method,
      headers: headers as Record<string, string>,
      body: req.method === 'GET' || req.method === 'HEAD' ? undefined : await body(req),
    });
    res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? '' });
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  bff = createLlaveBff({
    publicOrigin: ORIGIN,
    adapter: 'llave',
    llaveBaseUrl: backChannel.url,
    apiBase: `${sim.url}/api`,
    ...client,
    logLevel: 'silent',
  });
});
afterAll(async () => {
  await bff?.close();
  await backChannel?.close();
  await sim?.close();
});
beforeEach(() => {
  asked = [];
});

/** Signs in on the simulator's own page; returns the callback URL it sends the browser to. */
async function callbackFor(b: Browser): Promise<URL> {
  const login = await b.request('/llave/login?returnTo=/tramites');
  expect(login.status).toBe(302);
  // The front channel goes to the simulator itself; only the back channel is counted.
  const authorize = new URL(login.headers.get('location')!);
  const atSim = new URL(`${authorize.pathname}${authorize.search}`, sim.url);
  const callback = new URL(
    await signInThroughHostedPage(atSim.href, { login: DEMO_EMAIL, password: DEMO_PASSWORD }),
  );
  expect(callback.searchParams.get('code')).toBeTruthy();
  return callback;
}

const navigate = (b: Browser, url: URL | string) =>
  b.request(String(url), { headers: { accept: 'text/html', 'sec-fetch-mode': 'navigate' } });

const session = async (b: Browser) => (await b.request('/llave/session')).json();

describe('the Llave callback through the BFF', () => {
  it('with the state it sent, exchanges the code once and signs in', async () => {
    const b = browser(bff);
    const callback = await callbackFor(b);
    expect((await navigate(b, callback)).status).toBe(200);
    expect(asked).toEqual(['/rest/oauth/token', '/rest/oauth/usuario']);
    expect((await session(b)).authenticated).toBe(true);
  });

  it.each([
    ['changed', (q: URLSearchParams) => q.set('state', flipLast(q.get('state')!))],
    ['missing', (q: URLSearchParams) => q.delete('state')],
    ['repeated with a forged one', (q: URLSearchParams) => q.append('state', 'forged')],
    ['repeated', (q: URLSearchParams) => q.append('state', q.get('state')!)],
  ])(
    'refuses a callback whose state is %s: no session, nothing exchanged, the login used up',
    async (_, tamper) => {
      const b = browser(bff);
      const callback = await callbackFor(b);
      const forged = new URL(callback);
      tamper(forged.searchParams);
      const res = await navigate(b, forged);
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('/llave/login');
      expect(b.jar.cookies.has('__Host-llave_sid')).toBe(false);
      expect((await session(b)).authenticated).toBe(false);
      // The real callback, now: the login transaction was taken by the forged one.
      expect((await navigate(b, callback)).status).toBe(400);
      expect((await session(b)).authenticated).toBe(false);
      expect(asked).toEqual([]);
    },
  );
});

/** The same state with its last character changed (never to itself). */
function flipLast(s: string): string {
  return `${s.slice(0, -1)}${s.endsWith('A') ? 'B' : 'A'}`;
}
