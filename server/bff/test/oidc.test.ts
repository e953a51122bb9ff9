import { decodeJwt, decodeProtectedHeader, generateKeyPair, importJWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLlaveBff, type LlaveBff } from '../src/index.js';
import {
  browser,
  CLIENT,
  ORIGIN,
  signIn,
  startOidcProvider,
  type TestIdp,
  walkIdp,
} from './support.js';

let idp: TestIdp;
let bff: LlaveBff;

beforeAll(async () => {
  idp = await startOidcProvider();
  bff = createLlaveBff({
    publicOrigin: ORIGIN,
    adapter: 'oidc',
    oidcIssuer: idp.issuer,
    clientId: CLIENT.id,
    clientSecret: CLIENT.secret,
    apiBase: 'http://127.0.0.1:9/api',
    logLevel: 'silent',
  });
});
afterAll(async () => {
  await bff.close();
  await idp.close();
});

describe('oidc adapter: sign-in', () => {
  it('signs in with code + PKCE S256 + state + nonce and exposes the session without tokens', async () => {
    const b = browser(bff);
    const login = await b.request('/llave/login?returnTo=/tramites/licencia');
    expect(login.status).toBe(302);
    const authorize = new URL(login.headers.get('location')!);
    expect(authorize.origin).toBe(idp.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('response_type')).toBe('code');
    expect(authorize.searchParams.get('state')!.length).toBeGreaterThanOrEqual(32);
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    const tx = login.headers.getSetCookie().find((c) => c.startsWith('__Host-llave_tx='))!;
    expect(tx).toMatch(/HttpOnly/i);
    expect(tx).toMatch(/Secure/i);
    expect(tx).toMatch(/SameSite=Lax/i);
    expect(tx).toMatch(/Path=\//);

    const callback = await b.request(await walkIdp(authorize.href));
    expect(callback.status).toBe(200);
    expect(callback.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await callback.text();
    expect(html).toContain('url=/tramites/licencia');
    const sid = callback.headers.getSetCookie().find((c) => c.startsWith('__Host-llave_sid='))!;
    expect(sid).toMatch(/HttpOnly/i);
    expect(sid).toMatch(/Secure/i);
    expect(sid).toMatch(/SameSite=Strict/i);
    expect(b.jar.cookies.has('__Host-llave_tx')).toBe(false);

    const session = await b.request('/llave/session');
    const body = await session.json();
    expect(body).toMatchObject({
      authenticated: true,
      user: {
        sub: 'ciudadano-1',
        name: 'Juan Pérez García',
        curp: 'PEGJ900115HDFRRN03',
        level: 'verificada',
      },
    });
    expect(JSON.stringify(body)).not.toMatch(/token|eyJ/i);
    expect(Date.parse(body.expiresAt)).toBeGreaterThan(Date.now());
  });

  it.each([['%2F.%2F%2Fevil.example'], ['%2Fa%2F..%2F%2Fevil.example'], ['/.//evil.example']])(
    'returnTo=%s never sends the browser to another host, signed out or signed in',
    async (q) => {
      const b = browser(bff);
      // Signed out: the landing page after the callback navigates (meta refresh and link) to it.
      const landing = await signIn(b, `?returnTo=${q}`);
      expect(landing.status).toBe(200);
      const html = await landing.text();
      const targets = [...html.matchAll(/(?:url=|href=")([^"]*)/g)].map((m) => m[1]!);
      expect(targets.length).toBeGreaterThan(0);
      for (const t of targets) expect(new URL(t, ORIGIN).origin).toBe(ORIGIN);
      // Signed in: the login answers 303 straight to returnTo.
      const again = await b.request(`/llave/login?returnTo=${q}`);
      expect(again.status).toBe(303);
      const location = again.headers.get('location')!;
      expect(new URL(location, 'https://agency.example').origin).toBe('https://agency.example');
      expect(location).toBe('/');
    },
  );

  it('rotates the session id at every login', async () => {
    const b = browser(bff);
    await signIn(b);
    const first = b.jar.cookies.get('__Host-llave_sid');
    // Signed in at verificada; asking for firma sends the person through the IdP again.
    await signIn(b, '?level=firma');
    const second = b.jar.cookies.get('__Host-llave_sid');
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    // The old id no longer opens a session.
    const old = await bff.request(`${ORIGIN}/llave/session`, {
      headers: { cookie: `__Host-llave_sid=${first}` },
    });
    expect((await old.json()).authenticated).toBe(false);
  });

  it('refuses a replayed callback (state is one-time)', async () => {
    const b = browser(bff);
    const login = await b.request('/llave/login');
    const txCookie = b.jar.header();
    const callbackUrl = await walkIdp(login.headers.get('location')!);
    const first = await bff.request(callbackUrl, { headers: { cookie: txCookie } });
    expect(first.status).toBe(200);
    const replay = await bff.request(callbackUrl, {
      headers: { cookie: txCookie, accept: 'text/html' },
    });
    expect(replay.status).toBe(400);
    expect(
      replay.headers
        .getSetCookie()
        .some((c) => c.startsWith('__Host-llave_sid=') && !/Max-Age=0/.test(c)),
    ).toBe(false);
    expect(await replay.text()).toContain('No se pudo completar el inicio de sesión');
  });

  it('refuses a callback without the transaction cookie, or with a missing or wrong state', async () => {
    const b = browser(bff);
    const login = await b.request('/llave/login');
    const callbackUrl = new URL(await walkIdp(login.headers.get('location')!));
    const noCookie = await bff.request(callbackUrl.href);
    expect(noCookie.status).toBe(400);
    expect(await noCookie.json()).toMatchObject({ error: { code: 'bad_request' } });

    const b2 = browser(bff);
    const login2 = await b2.request('/llave/login');
    const cb2 = new URL(await walkIdp(login2.headers.get('location')!));
    cb2.searchParams.delete('state');
    expect((await b2.request(cb2.href)).status).toBe(400);

    const b3 = browser(bff);
    const login3 = await b3.request('/llave/login');
    const cb3 = new URL(await walkIdp(login3.headers.get('location')!));
    cb3.searchParams.set('state', 'x'.repeat(43));
    expect((await b3.request(cb3.href)).status).toBe(400);
    expect((await (await b3.request('/llave/session')).json()).authenticated).toBe(false);
  });

  it('refuses a callback that repeats its state, and redeems no code', async () => {
    // The count moves when a code is redeemed: a plain sign-in redeems one.
    const counted = idp.grants.authorization_code;
    expect((await signIn(browser(bff))).status).toBe(200);
    expect(idp.grants.authorization_code).toBe(counted + 1);
    for (const extra of ['forged', 'same']) {
      const b = browser(bff);
      const login = await b.request('/llave/login');
      const cb = new URL(await walkIdp(login.headers.get('location')!));
      cb.searchParams.append('state', extra === 'same' ? cb.searchParams.get('state')! : extra);
      const before = idp.grants.authorization_code;
      expect((await b.request(cb.href)).status, extra).toBe(400);
      expect(idp.grants.authorization_code, extra).toBe(before);
      expect((await (await b.request('/llave/session')).json()).authenticated, extra).toBe(false);
    }
  });

  it('refuses a callback whose RFC 9207 iss is not the exact issuer', async () => {
    const b = browser(bff);
    const login = await b.request('/llave/login');
    const cb = new URL(await walkIdp(login.headers.get('location')!));
    expect(cb.searchParams.get('iss')).toBe(idp.issuer);
    cb.searchParams.set('iss', `${idp.issuer}/evil`);
    const res = await b.request(cb.href);
    expect(res.status).toBe(400);
    expect((await (await b.request('/llave/session')).json()).authenticated).toBe(false);
  });

  it('refuses an ID token whose nonce is not the one of this login', async () => {
    const b = browser(bff);
    const login = await b.request('/llave/login');
    const authorize = new URL(login.headers.get('location')!);
    authorize.searchParams.set('nonce', 'attacker-chosen-nonce');
    const res = await b.request(await walkIdp(authorize.href));
    expect(res.status).toBe(400);
    expect((await (await b.request('/llave/session')).json()).authenticated).toBe(false);
  });

  it('asks for the level through acr_values (step-up)', async () => {
    const b = browser(bff);
    const login = await b.request('/llave/login?level=firma&returnTo=/firmar');
    const authorize = new URL(login.headers.get('location')!);
    expect(authorize.searchParams.get('acr_values')).toBe('urn:llave:cdmx:nivel:firma');
    idp.nextLogin = { sub: 'ciudadano-2', level: 'firma' };
    try {
      const res = await b.request(await walkIdp(authorize.href));
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('url=/firmar');
      expect((await (await b.request('/llave/session')).json()).user.level).toBe('firma');
    } finally {
      idp.nextLogin = { sub: 'ciudadano-1', level: 'verificada' };
    }
  });

  it('explains when the sign-in did not reach the level asked for', async () => {
    const b = browser(bff);
    idp.nextLogin = { sub: 'ciudadano-3', level: 'basica' };
    try {
      const res = await signIn(b, '?level=verificada&returnTo=/expediente', walkIdp);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('Tu cuenta necesita un nivel mayor');
      expect(html).toContain('href="/expediente"');
    } finally {
      idp.nextLogin = { sub: 'ciudadano-1', level: 'verificada' };
    }
  });

  it('logs out: the session ends and the answer names the IdP end-session URL', async () => {
    const b = browser(bff);
    await signIn(b);
    const refused = await b.request('/llave/logout', { method: 'POST' });
    expect(refused.status).toBe(403);
    expect((await (await b.request('/llave/session')).json()).authenticated).toBe(true);
    const res = await b.request('/llave/logout', { method: 'POST', csrf: true });
    expect(res.status).toBe(200);
    const body = await res.json();
    const end = new URL(body.redirectTo);
    expect(end.origin).toBe(idp.issuer);
    expect(end.searchParams.get('id_token_hint')).toBeTruthy();
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe(`${ORIGIN}/`);
    expect((await (await b.request('/llave/session')).json()).authenticated).toBe(false);
  });
});

describe('oidc adapter: ID token signature and iat', () => {
  /** The same claims, signed with `key` under header `kid`, optionally changed. */
  async function resign(
    idToken: string,
    key: CryptoKey | Uint8Array,
    kid: string,
    change: Record<string, unknown> = {},
  ): Promise<string> {
    const { alg } = decodeProtectedHeader(idToken);
    return new SignJWT({ ...decodeJwt(idToken), ...change })
      .setProtectedHeader({ alg: alg!, kid })
      .sign(key);
  }

  async function signInRefused(tamper: (idToken: string) => Promise<string>) {
    idp.tamperIdToken = tamper;
    try {
      const b = browser(bff);
      const res = await signIn(b, '?returnTo=/x', walkIdp);
      expect(res.status).toBe(400);
      expect(b.jar.cookies.has('__Host-llave_sid')).toBe(false);
      expect((await (await b.request('/llave/session')).json()).authenticated).toBe(false);
    } finally {
      idp.tamperIdToken = undefined;
    }
  }

  it("accepts the IdP's own ID token, re-signed unchanged with its own key", async () => {
    const own = await importJWK(idp.signingKey, 'RS256');
    idp.tamperIdToken = (t) => resign(t, own, 'test-key');
    try {
      const res = await signIn(browser(bff), '?returnTo=/x', walkIdp);
      expect(res.status).toBe(200);
    } finally {
      idp.tamperIdToken = undefined;
    }
  });

  it("refuses an ID token re-signed with a foreign key under the IdP's kid", async () => {
    const { privateKey } = await generateKeyPair('RS256');
    await signInRefused((t) => resign(t, privateKey, 'test-key'));
  });

  it('refuses an ID token signed with a foreign key under an unknown kid, refetching the JWKS at most once', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const before = idp.jwksFetches;
    for (let i = 0; i < 3; i++) await signInRefused((t) => resign(t, privateKey, `rotated-${i}`));
    // Cached: an unknown kid may trigger one refetch, not one per token (rate-limited).
    expect(idp.jwksFetches - before).toBeLessThanOrEqual(1);
  });

  it('refuses an ID token issued 10 minutes in the future, even correctly signed', async () => {
    const own = await importJWK(idp.signingKey, 'RS256');
    const future = Math.floor(Date.now() / 1000) + 600;
    await signInRefused((t) => resign(t, own, 'test-key', { iat: future, exp: future + 3600 }));
  });

  it('refuses an ID token with alg none', async () => {
    await signInRefused(async (t) => {
      const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
      return `${enc({ alg: 'none' })}.${enc(decodeJwt(t))}.`;
    });
  });
});
