/**
 * A public client (a site without a server) against the real simulator, driven by openid-client
 * with no client authentication, the way oidc-client-ts runs it in a browser: PKCE required,
 * exact redirect URIs, CORS only for its own origin on the token endpoint and the account API,
 * and Bearer tokens checked there.
 */
import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CURP, DEMO_PASSWORD } from '../../index.js';
import { type RunningSimulator, startSimulator } from '../../server.js';
import type { SimPublicClient } from '../../types.js';
import { CLIENT } from '../test-support.js';
import { signInThroughHostedPage } from '../testing.js';

const SITE = 'http://127.0.0.1:9';
const PUBLIC: SimPublicClient = {
  clientId: 'sitio-estatico',
  redirectUris: [`${SITE}/tramites.html`],
  postLogoutRedirectUris: [`${SITE}/tramites.html`],
  name: 'Sitio estático (prueba)',
};
const OTHER_ORIGIN = 'http://127.0.0.1:10';

let sim: RunningSimulator;
let config: client.Configuration;

/** openid-client with every request sent from `origin`, as a browser on that page would. */
function fromOrigin(origin: string): client.CustomFetch {
  return (url, options) => {
    const headers = new Headers(options.headers as HeadersInit);
    headers.set('origin', origin);
    return fetch(url, { ...options, headers } as RequestInit);
  };
}

beforeAll(async () => {
  sim = await startSimulator({ port: 0, clients: [CLIENT], publicClients: [PUBLIC] });
  config = await client.discovery(
    new URL(`${sim.url}/oidc`),
    PUBLIC.clientId,
    undefined,
    client.None(),
    {
      execute: [client.allowInsecureRequests],
    },
  );
  config[client.customFetch] = fromOrigin(SITE);
});
afterAll(() => sim?.close());

async function authorize(params: Record<string, string> = {}) {
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: PUBLIC.redirectUris[0]!,
    scope: 'openid profile',
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    ...params,
  });
  const back = await signInThroughHostedPage(url.href, {
    login: DEMO_CURP,
    password: DEMO_PASSWORD,
  });
  return { back: new URL(back), verifier, state };
}

async function signIn() {
  const { back, verifier, state } = await authorize();
  return client.authorizationCodeGrant(config, back, {
    pkceCodeVerifier: verifier,
    expectedState: state,
  });
}

describe('a public client (no secret, PKCE, exact redirect URI)', () => {
  it('signs in without a secret and gets rotating refresh tokens', async () => {
    const tokens = await signIn();
    expect(tokens.access_token).toBeTruthy();
    expect(tokens.claims()).toMatchObject({ curp: DEMO_CURP, level: 'verificada' });
    const next = await client.refreshTokenGrant(config, tokens.refresh_token!);
    expect(next.refresh_token).not.toBe(tokens.refresh_token);
    await expect(client.refreshTokenGrant(config, tokens.refresh_token!)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
  });

  it('refuses an authorization request without PKCE', async () => {
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: PUBLIC.redirectUris[0]!,
      scope: 'openid',
      state: 'x',
    });
    const location = new URL((await fetch(url, { redirect: 'manual' })).headers.get('location')!);
    expect(location.searchParams.get('error')).toBe('invalid_request');
  });

  it('refuses a redirect URI that is not registered exactly', async () => {
    for (const redirect of [`${SITE}/tramites.html?x=1`, `${SITE}/otra.html`, `${SITE}/`]) {
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirect,
        scope: 'openid',
        code_challenge: 'a'.repeat(43),
        code_challenge_method: 'S256',
        state: 'x',
      });
      const res = await fetch(url, { redirect: 'manual' });
      // oidc-provider shows its error page rather than redirecting to an unknown URI.
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('invalid_redirect_uri');
    }
  });

  it('cannot use the Llave protocol, which needs a client secret', async () => {
    const url = `${sim.url}/oauthV2.xhtml?client_id=${PUBLIC.clientId}&redirect_url=${encodeURIComponent(PUBLIC.redirectUris[0]!)}&state=x`;
    const res = await fetch(url, { redirect: 'manual' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.headers.get('location')).toBeNull();
  });
});

describe('CORS for the public client origin', () => {
  async function tokenRequest(origin: string) {
    const { back, verifier } = await authorize();
    return fetch(`${sim.url}/oidc/token`, {
      method: 'POST',
      headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: back.searchParams.get('code')!,
        redirect_uri: PUBLIC.redirectUris[0]!,
        client_id: PUBLIC.clientId,
        code_verifier: verifier,
      }),
    });
  }

  it('answers the token endpoint for its own origin', async () => {
    const res = await tokenRequest(SITE);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(SITE);
  });

  it('refuses the token endpoint from another origin', async () => {
    const res = await tokenRequest(OTHER_ORIGIN);
    expect(res.status).toBe(400);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('never answers CORS for a confidential client, whose BFF calls from a server', async () => {
    const res = await fetch(`${sim.url}/oidc/token`, {
      method: 'POST',
      headers: {
        origin: new URL(CLIENT.redirectUris[0]!).origin,
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${CLIENT.clientId}:${CLIENT.clientSecret}`).toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: 'x' }),
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers the API preflight for its origin with Bearer allowed, and no credentials', async () => {
    const res = await fetch(`${sim.url}/api/v1/me/tramites`, {
      method: 'OPTIONS',
      headers: {
        origin: SITE,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(SITE);
    expect(res.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('vary')).toMatch(/Origin/);
  });

  it('gives another origin no CORS headers on the API', async () => {
    const preflight = await fetch(`${sim.url}/api/v1/me/tramites`, {
      method: 'OPTIONS',
      headers: { origin: OTHER_ORIGIN, 'access-control-request-method': 'GET' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const get = await fetch(`${sim.url}/api/v1/tramites/SEMOVILIC20260000001`, {
      headers: { origin: OTHER_ORIGIN },
    });
    expect(get.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lists the citizen’s trámites for a valid Bearer token, and a readable 401 without one', async () => {
    const tokens = await signIn();
    const ok = await fetch(`${sim.url}/api/v1/me/tramites`, {
      headers: { origin: SITE, authorization: `Bearer ${tokens.access_token}` },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe(SITE);
    expect((await ok.json()).items.length).toBeGreaterThan(0);

    for (const authorization of ['', 'Bearer not-a-token', `Basic ${tokens.access_token}`]) {
      const res = await fetch(`${sim.url}/api/v1/me/tramites`, {
        headers: { origin: SITE, authorization },
      });
      expect(res.status).toBe(401);
      expect(res.headers.get('access-control-allow-origin')).toBe(SITE);
    }
  });

  it('refuses the access token once the session ended at the IdP (token revoked)', async () => {
    const tokens = await signIn();
    const revoke = await fetch(`${sim.url}/oidc/token/revocation`, {
      method: 'POST',
      headers: { origin: SITE, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: tokens.access_token, client_id: PUBLIC.clientId }),
    });
    expect(revoke.status).toBe(200);
    expect(revoke.headers.get('access-control-allow-origin')).toBe(SITE);
    const res = await fetch(`${sim.url}/api/v1/me`, {
      headers: { origin: SITE, authorization: `Bearer ${tokens.access_token}` },
    });
    expect(res.status).toBe(401);
  });
});
