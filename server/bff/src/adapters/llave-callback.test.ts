/**
 * The Llave adapter's callback check: the `state` that comes back must be the one this login
 * sent, exactly once, byte for byte, compared in constant time; otherwise the login fails and
 * the code is never exchanged (no request leaves the BFF). The IdP is a recording `fetch`, so
 * "nothing is exchanged" is counted rather than assumed.
 */
import * as crypto from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LoginError } from '../errors.js';
import { LlaveAdapter } from './llave.js';
import type { LoginTransaction } from './types.js';

// The real function, observed: which buffers the comparison hands to it.
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:crypto')>();
  return { ...real, timingSafeEqual: vi.fn(real.timingSafeEqual) };
});

const REDIRECT = 'https://tramites.example/llave/callback';
let calls: string[];

function adapter() {
  const fetch = (async (input: string | URL | Request) => {
    const url = String(input);
    calls.push(new URL(url).pathname);
    const body = url.endsWith('/rest/oauth/token')
      ? { accessToken: 'access-token-value', expiresIn: 600 }
      : { idUsuario: 7, nombre: 'Ana', correo: 'null', nivel: 'basica' };
    return new Response(JSON.stringify(body), {
      headers: { 'content-type': 'application/json' },
    });
  }) as typeof globalThis.fetch;
  return new LlaveAdapter({
    baseUrl: 'https://llave.example',
    clientId: 'c',
    clientSecret: 's',
    redirectUri: REDIRECT,
    fetch,
  });
}

async function started(): Promise<{ llave: LlaveAdapter; tx: LoginTransaction }> {
  const llave = adapter();
  const { url, transaction } = await llave.startLogin({ returnTo: '/tramites' });
  expect(new URL(url).searchParams.get('state')).toBe(transaction.state);
  return { llave, tx: transaction };
}

/**
 * A state as `startLogin` makes them (43 base64url characters), fixed so that every case below
 * has the characters it changes: `-` and `_` (which base64 writes `+` and `/`), lower case.
 */
const STATE = 'q2-Xk_9aZ0vB7m-LwE_3rT8yN1cH5jU6pD4sF0gK2oM';

/** The callback URL with `query` as written (not re-encoded), as the browser would send it. */
const callback = (query: string) => new URL(`${REDIRECT}?${query}`);

beforeEach(() => {
  calls = [];
  vi.mocked(crypto.timingSafeEqual).mockClear();
});

describe('the Llave callback state', () => {
  it('with the state it sent, exchanges the code and reads the user', async () => {
    const { llave, tx } = await started();
    const result = await llave.finishLogin(callback(`code=abc&state=${tx.state}`), tx);
    expect(result.claims.sub).toBe('7');
    expect(calls).toEqual(['/rest/oauth/token', '/rest/oauth/usuario']);
  });

  it.each([
    ['missing', () => 'code=abc'],
    ['empty', () => 'code=abc&state='],
    ["another login's", () => `code=abc&state=${crypto.randomBytes(32).toString('base64url')}`],
    [
      'one character off',
      (s: string) => `code=abc&state=${s.slice(0, -1)}${s.endsWith('A') ? 'B' : 'A'}`,
    ],
    ['cut short', (s: string) => `code=abc&state=${s.slice(0, -1)}`],
    ['one character longer', (s: string) => `code=abc&state=${s}A`],
    ['a prefix of it', (s: string) => `code=abc&state=${s.slice(0, 8)}`],
    ['upper-cased', (s: string) => `code=abc&state=${s.toUpperCase()}`],
    ['sent twice, a forged one first', (s: string) => `code=abc&state=forged&state=${s}`],
    ['sent twice, a forged one last', (s: string) => `code=abc&state=${s}&state=forged`],
    ['sent twice, both right', (s: string) => `code=abc&state=${s}&state=${s}`],
    ['as padded base64', (s: string) => `code=abc&state=${s}%3D`],
    [
      'in the base64 alphabet instead of base64url',
      (s: string) =>
        `code=abc&state=${encodeURIComponent(s.replace(/-/g, '+').replace(/_/g, '/'))}`,
    ],
    ['with a space around it', (s: string) => `code=abc&state=%20${s}`],
    ['with a + (a space once decoded)', (s: string) => `code=abc&state=${s}+`],
    ['with a NUL byte after it', (s: string) => `code=abc&state=${s}%00`],
    [
      'in full-width lookalike characters',
      (s: string) => `code=abc&state=${encodeURIComponent(fullWidth(s))}`,
    ],
    ['in a malformed percent-encoding', (s: string) => `code=abc&state=${s}%E0%A4%A`],
  ])('refuses a callback whose state is %s, and exchanges nothing', async (_, query) => {
    const { llave, tx: sent } = await started();
    const tx = { ...sent, state: STATE };
    await expect(llave.finishLogin(callback(query(tx.state)), tx)).rejects.toThrow(LoginError);
    expect(calls).toEqual([]);
  });

  it('refuses the right state with two codes or none, and exchanges nothing', async () => {
    const { llave, tx } = await started();
    for (const query of [`code=abc&code=evil&state=${tx.state}`, `state=${tx.state}`]) {
      await expect(llave.finishLogin(callback(query), tx)).rejects.toThrow(LoginError);
    }
    expect(calls).toEqual([]);
  });

  it('refuses an error answer even with the right state, and exchanges nothing', async () => {
    const { llave, tx } = await started();
    const query = `error=access_denied&code=abc&state=${tx.state}`;
    await expect(llave.finishLogin(callback(query), tx)).rejects.toThrow(LoginError);
    expect(calls).toEqual([]);
  });

  it('compares in constant time: equal-length digests, whatever length the guess has', async () => {
    const { llave, tx } = await started();
    const compare = vi.mocked(crypto.timingSafeEqual);
    for (const guess of ['x', tx.state.slice(0, -1), `${tx.state}${'y'.repeat(500)}`]) {
      await expect(llave.finishLogin(callback(`code=abc&state=${guess}`), tx)).rejects.toThrow(
        LoginError,
      );
    }
    await llave.finishLogin(callback(`code=abc&state=${tx.state}`), tx);
    // Once per callback, never skipped for a guess of the wrong length, and never on the raw
    // strings (whose lengths would differ): 32-byte digests each time.
    expect(compare).toHaveBeenCalledTimes(4);
    for (const [a, b] of compare.mock.calls) {
      expect([(a as Buffer).length, (b as Buffer).length]).toEqual([32, 32]);
    }
  });
});

/** ASCII letters and digits as their full-width forms (U+FF01…), which look the same. */
function fullWidth(s: string): string {
  return s.replace(/[!-~]/g, (c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0));
}
