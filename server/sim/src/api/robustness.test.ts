import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_IDS } from '../seed/ids.js';
import { type Harness, harness } from '../testing/harness.js';

let sim: Harness;
let auth: Record<string, string>;
beforeAll(async () => {
  sim = await harness();
  auth = await sim.tokenFor(SEED_IDS.demo);
});
afterAll(() => sim.close());

/** Every route that reads a JSON body. */
const JSON_ROUTES: Array<[string, string]> = [
  ['POST', '/v1/registrations/availability'],
  ['POST', '/v1/registrations'],
  ['POST', '/v1/verifications'],
  ['POST', '/v1/verifications/some-id/check'],
  ['PUT', '/v1/verifications/some-id/destination'],
  ['POST', '/v1/password-resets'],
  ['POST', '/v1/password-resets/some-id/check'],
  ['PUT', '/v1/password-resets/some-id/password'],
  ['PATCH', '/v1/me/contact'],
  ['PATCH', '/v1/me/address'],
  ['POST', '/v1/me/document-shares'],
  ['POST', '/v1/me/cancellation'],
];

async function expectApiError(res: Response, status: number, code?: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  const body = await res.json();
  expect(typeof body.error.message).toBe('string');
  if (code) expect(body.error.code).toBe(code);
  expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+|Error:/);
}

describe.each(JSON_ROUTES)('%s %s with bad input', (method, path) => {
  it('answers 400 bad_request to malformed JSON', async () => {
    await expectApiError(await sim.call(method, path, '{"curp": ', auth), 400, 'bad_request');
  });

  it('answers 400 to a JSON value that is not an object', async () => {
    for (const body of ['[1,2]', '"texto"', 'null', '42']) {
      await expectApiError(await sim.call(method, path, body, auth), 400, 'bad_request');
    }
  });

  it('answers 415 to a body that is not JSON', async () => {
    await expectApiError(
      await sim.call(method, path, 'curp=X', {
        ...auth,
        'content-type': 'application/x-www-form-urlencoded',
      }),
      415,
      'unsupported_media_type',
    );
  });

  it('answers 413 payload_too_large to an oversized body', async () => {
    const big = JSON.stringify({ filler: 'x'.repeat(70 * 1024) });
    await expectApiError(await sim.call(method, path, big, auth), 413, 'payload_too_large');
  });

  it('answers 4xx, never 500, to fields of the wrong type', async () => {
    const res = await sim.call(
      method,
      path,
      {
        curp: 1,
        email: [],
        mobile: {},
        code: 5,
        channel: 1,
        destination: 2,
        contact: 3,
        kind: 4,
        personal: 'x',
        address: 1,
        password: 9,
        resetToken: 1,
        documentIds: 'a',
        agency: 1,
        codigoPostal: 6,
        calle: [],
      },
      auth,
    );
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect((await res.json()).error.code).toBeTypeOf('string');
  });
});

describe('routes that do not exist', () => {
  it('answers 404 not_found in the error shape for unknown paths and methods', async () => {
    await expectApiError(await sim.call('GET', '/v1/nothing-here'), 404, 'not_found');
    await expectApiError(
      await sim.call('DELETE', '/v1/catalogs/postal-codes/06700'),
      404,
      'not_found',
    );
    await expectApiError(
      await sim.call('GET', '/v1/me/nothing', undefined, auth),
      404,
      'not_found',
    );
  });

  it('handles percent-encoding tricks in ids as unknown ids', async () => {
    await expectApiError(
      await sim.call('GET', '/v1/me/documents/..%2F..%2Fdb.json/content', undefined, auth),
      404,
      'not_found',
    );
    await expectApiError(await sim.call('GET', '/v1/verifications/%E0%A4%A'), 404);
  });
});
