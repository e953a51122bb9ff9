/**
 * Firma through the BFF against the real simulator: the signing routes need the session and the
 * `firma` level (checked by the BFF before any token leaves), their codes are rate limited per
 * account, and verification is public.
 */
import {
  DEMO_EMAIL,
  DEMO_PASSWORD,
  FIRMA_EMAIL,
  FIRMA_MOBILE,
  SEED_DOCUMENT_IDS,
} from '@llave-cdmx/sim';
import { signInThroughHostedPage } from '@llave-cdmx/sim/idp/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLlaveBff, type LlaveBff } from '../src/index.js';
import {
  type Browser,
  browser,
  ORIGIN,
  type RunningSim,
  signIn,
  startTestSimulator,
} from './support.js';

let sim: RunningSim;
let bff: LlaveBff;
const client = { clientId: 'bff-firma', clientSecret: 'bff-firma-secret-0123456789' };
const ACCOUNT_LIMIT = 4;

beforeAll(async () => {
  sim = await startTestSimulator(client, 'BFF firma');
  bff = newBff();
});
afterAll(async () => {
  await bff?.close();
  await sim?.close();
});

function newBff(): LlaveBff {
  return createLlaveBff({
    publicOrigin: ORIGIN,
    adapter: 'llave',
    llaveBaseUrl: sim.url,
    apiBase: `${sim.url}/api`,
    clientId: client.clientId,
    clientSecret: client.clientSecret,
    logLevel: 'silent',
    rateLimits: { sensitivePerAccount: { limit: ACCOUNT_LIMIT, windowSeconds: 60 } },
  });
}

async function signedIn(login: string): Promise<Browser> {
  const b = browser(bff);
  const landed = await signIn(b, '?returnTo=/permiso', (url) =>
    signInThroughHostedPage(url, { login, password: DEMO_PASSWORD }),
  );
  expect(landed.status).toBe(200);
  return b;
}

async function lastCode(to: string): Promise<string> {
  const res = await fetch(`${sim.url}/dev/outbox.json?to=${encodeURIComponent(to)}`);
  const { items } = (await res.json()) as { items: Array<{ code?: string }> };
  return items[0]!.code!;
}

const json = (body: unknown) => ({
  method: 'POST',
  csrf: true,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

describe('signing through the BFF', () => {
  it('lets the firma citizen sign, and anyone verify without a session', async () => {
    const b = await signedIn(FIRMA_EMAIL);
    const session = await (await b.request('/llave/session')).json();
    expect(session.user.level).toBe('firma');
    const started = await b.request(
      '/llave/api/v1/me/signatures',
      json({ documentId: SEED_DOCUMENT_IDS.firmaPlanos }),
    );
    expect(started.status).toBe(201);
    const request = await started.json();
    const confirmed = await b.request(
      `/llave/api/v1/me/signatures/${request.id}/confirm`,
      json({ code: await lastCode(FIRMA_MOBILE) }),
    );
    expect(confirmed.status).toBe(200);
    const receipt = await confirmed.json();
    expect(receipt.document.sha256).toBe(request.document.sha256);

    const verified = await bff.request(`${ORIGIN}/llave/api/v1/signatures/verify`, {
      method: 'POST',
      headers: { 'x-csrf': '1', 'content-type': 'application/json' },
      body: JSON.stringify({ jws: receipt.jws, sha256: receipt.document.sha256 }),
    });
    expect(verified.status).toBe(200);
    expect((await verified.json()).status).toBe('valid');
  });

  it('answers level_required to a verificada session before anything reaches the simulator', async () => {
    const b = await signedIn(DEMO_EMAIL);
    const before = (await (await fetch(`${sim.url}/dev/outbox.json`)).json()).items.length;
    const res = await b.request(
      '/llave/api/v1/me/signatures',
      json({ documentId: SEED_DOCUMENT_IDS.demoDomicilio }),
    );
    expect(res.status).toBe(403);
    expect((await res.json()).error).toMatchObject({
      code: 'level_required',
      requiredLevel: 'firma',
    });
    const after = (await (await fetch(`${sim.url}/dev/outbox.json`)).json()).items.length;
    expect(after).toBe(before);
  });

  it('needs a session for signing routes', async () => {
    const res = await browser(bff).request(
      '/llave/api/v1/me/signatures',
      json({ documentId: 'x' }),
    );
    expect(res.status).toBe(401);
  });

  it('rate limits code confirmations per account, across signature requests', async () => {
    // A BFF of its own, so the other tests' calls do not count.
    await bff.close();
    bff = newBff();
    const b = await signedIn(FIRMA_EMAIL);
    const statuses: number[] = [];
    for (let i = 0; i < ACCOUNT_LIMIT + 1; i++) {
      // A different request id each time: the limit follows the account, not the id.
      const res = await b.request(
        `/llave/api/v1/me/signatures/id${i}/confirm`,
        json({ code: '000000' }),
      );
      statuses.push(res.status);
    }
    expect(statuses.slice(0, ACCOUNT_LIMIT).every((s) => s === 404)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});
