/**
 * The Llave protocol driven by a plain HTTP client, as an agency's integration would: authorize
 * with `redirect_url`, sign in on the hosted page, token with Basic + JSON body, usuario and
 * roles with the `accessToken` header, logout with `{}`; and every refusal.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_CURP, DEMO_EMAIL, DEMO_PASSWORD, SEED_IDS } from '../../index.js';
import { type RunningSimulator, startSimulator } from '../../server.js';
import { basic, CLIENT, OTHER_CLIENT } from '../test-support.js';
import { signInThroughHostedPage } from '../testing.js';

let sim: RunningSimulator;
const auth = basic(CLIENT.clientId, CLIENT.clientSecret);
const redirectUrl = CLIENT.redirectUris[0]!;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, clients: [CLIENT, OTHER_CLIENT] });
});
afterAll(async () => {
  await sim?.close();
});

const authorizeUrl = (params: Record<string, string>, path = '/oauthV2.xhtml') =>
  `${sim.url}${path}?${new URLSearchParams(params)}`;

async function signIn(state = 'st-123', path?: string): Promise<string> {
  const back = await signInThroughHostedPage(
    authorizeUrl({ client_id: CLIENT.clientId, redirect_url: redirectUrl, state }, path),
    { login: DEMO_CURP, password: DEMO_PASSWORD },
  );
  const url = new URL(back);
  expect(`${url.origin}${url.pathname}`).toBe(redirectUrl);
  expect(url.searchParams.get('state')).toBe(state);
  return url.searchParams.get('code')!;
}

function token(body: unknown, authorization: string | null = auth) {
  return fetch(`${sim.url}/rest/oauth/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(authorization ? { authorization } : {}),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const tokenBody = (code: string, extra: Record<string, unknown> = {}) => ({
  grantType: 'authorization_code',
  code,
  redirectUri: redirectUrl,
  clientId: CLIENT.clientId,
  clientSecret: CLIENT.clientSecret,
  ...extra,
});

async function accessToken(): Promise<string> {
  const res = await token(tokenBody(await signIn()));
  expect(res.status).toBe(200);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

describe('Llave protocol: the happy path', () => {
  it('signs in, exchanges the code and reads the user as the real service shapes it', async () => {
    const code = await signIn();
    const res = await token(tokenBody(code));
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ tokenType: 'Bearer', expiresIn: expect.any(Number) });
    expect(typeof body.accessToken).toBe('string');
    expect(body).not.toHaveProperty('refreshToken');

    const user = await fetch(`${sim.url}/rest/oauth/usuario`, {
      headers: { accessToken: String(body.accessToken), authorization: auth },
    });
    expect(user.status).toBe(200);
    const u = (await user.json()) as Record<string, unknown>;
    expect(u).toMatchObject({
      idUsuario: SEED_IDS.demo,
      login: DEMO_EMAIL,
      curp: DEMO_CURP,
      fechaNacimiento: '15/01/1990',
      nivel: 'verificada',
    });
    for (const field of [
      'nombre',
      'primerApellido',
      'segundoApellido',
      'sexo',
      'estadoNacimiento',
      'telVigente',
      'correo',
    ]) {
      expect(typeof u[field]).toBe('string');
    }
  });

  it('accepts the older /oauth.xhtml path too', async () => {
    expect(await signIn('old-path', '/oauth.xhtml')).toMatch(/^[\w-]{20,}$/);
  });

  it('answers roles for the token and lets the account API authenticate it', async () => {
    const at = await accessToken();
    const roles = await fetch(`${sim.url}/rest/oauth/roles`, {
      method: 'POST',
      headers: { accessToken: at, authorization: auth, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(roles.status).toBe(200);
    const body = (await roles.json()) as { roles: Array<{ idRol: number; rol: string }> };
    expect(Array.isArray(body.roles)).toBe(true);
    for (const r of body.roles)
      expect(r).toEqual({ idRol: expect.any(Number), rol: expect.any(String) });

    const me = await fetch(`${sim.url}/api/v1/me`, { headers: { accessToken: at } });
    expect(me.status).toBe(200);
  });

  it('logs out with {} and the token stops working; an empty body is answered 411', async () => {
    const at = await accessToken();
    const empty = await fetch(`${sim.url}/rest/oauth/logout`, {
      method: 'POST',
      headers: { accessToken: at },
    });
    expect(empty.status).toBe(411);
    expect(await empty.text()).toContain('error');

    const out = await fetch(`${sim.url}/rest/oauth/logout`, {
      method: 'POST',
      headers: { accessToken: at, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(out.status).toBe(200);
    const user = await fetch(`${sim.url}/rest/oauth/usuario`, {
      headers: { accessToken: at, authorization: auth },
    });
    expect(user.status).toBe(401);
    expect(await user.text()).toContain('error');
  });
});

describe('Llave protocol: refusals', () => {
  it('shows an error page for an unknown client and never redirects', async () => {
    const res = await fetch(
      authorizeUrl({ client_id: 'nadie', redirect_url: redirectUrl, state: 's' }),
      { redirect: 'manual' },
    );
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
    expect(await res.text()).toContain('no está registrado');
  });

  it('shows an error page for a redirect URL that is not registered, never going there', async () => {
    for (const bad of ['https://evil.example/cb', `${redirectUrl}/x`, `${redirectUrl}?a=1`, '']) {
      const res = await fetch(
        authorizeUrl({ client_id: CLIENT.clientId, redirect_url: bad, state: 's' }),
        { redirect: 'manual' },
      );
      expect(res.status).toBe(400);
      expect(res.headers.get('location')).toBeNull();
    }
  });

  it('refuses the token call without Basic auth, with a wrong secret or mismatched body credentials', async () => {
    const code = await signIn();
    for (const [authorization, body] of [
      [null, tokenBody(code)],
      [basic(CLIENT.clientId, 'wrong'), tokenBody(code)],
      [auth, tokenBody(code, { clientSecret: 'wrong' })],
      [auth, tokenBody(code, { clientId: OTHER_CLIENT.clientId })],
    ] as const) {
      const res = await token(body, authorization);
      expect(res.status).toBe(401);
      expect(await res.text()).toContain('error');
    }
    // The code was not burnt by the refused attempts.
    expect((await token(tokenBody(code))).status).toBe(200);
  });

  it('refuses a reused code and revokes the token the first use got', async () => {
    const code = await signIn();
    const first = await token(tokenBody(code));
    const { accessToken: at } = (await first.json()) as { accessToken: string };
    const again = await token(tokenBody(code));
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('invalid_grant');
    const user = await fetch(`${sim.url}/rest/oauth/usuario`, {
      headers: { accessToken: at, authorization: auth },
    });
    expect(user.status).toBe(401);
  });

  it('refuses a code after 60 seconds', async () => {
    const code = await signIn();
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 61_000);
      const res = await token(tokenBody(code));
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('error');
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses a code issued to another client, and a different redirectUri', async () => {
    const code = await signIn();
    const other = await token(
      {
        grantType: 'authorization_code',
        code,
        redirectUri: OTHER_CLIENT.redirectUris[0],
        clientId: OTHER_CLIENT.clientId,
        clientSecret: OTHER_CLIENT.clientSecret,
      },
      basic(OTHER_CLIENT.clientId, OTHER_CLIENT.clientSecret),
    );
    expect(other.status).toBe(400);
    const wrongRedirect = await token(tokenBody(code, { redirectUri: 'http://127.0.0.1:1/other' }));
    expect(wrongRedirect.status).toBe(400);
    expect((await token(tokenBody(code))).status).toBe(200);
  });

  it('answers malformed token bodies with 4xx JSON errors, never 500', async () => {
    for (const body of [
      '',
      'not json',
      '[]',
      '{"grantType":"password"}',
      '{"grantType":"authorization_code"}',
      '{"grantType":"authorization_code","code":42,"redirectUri":{}}',
    ]) {
      const res = await token(body);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(await res.text()).toContain('error');
    }
  });

  it("refuses usuario without Basic auth or with another client's credentials", async () => {
    const at = await accessToken();
    for (const authorization of [
      undefined,
      basic(OTHER_CLIENT.clientId, OTHER_CLIENT.clientSecret),
    ]) {
      const res = await fetch(`${sim.url}/rest/oauth/usuario`, {
        headers: { accessToken: at, ...(authorization ? { authorization } : {}) },
      });
      expect(res.status).toBe(401);
    }
    const bearer = await fetch(`${sim.url}/rest/oauth/usuario`, {
      headers: { authorization: `Bearer ${at}` },
    });
    expect(bearer.status).toBe(401);
  });
});
