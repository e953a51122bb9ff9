/**
 * The OpenID Connect side driven by a real relying party (openid-client v6, the library the BFF
 * uses): discovery, code + PKCE + nonce, RFC 9207 `iss`, refresh rotation, step-up through
 * acr_values, RP-initiated logout, and back-channel logout delivered to a listening receiver
 * and verified with jose.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BASIC_EMAIL, DEMO_CURP, DEMO_EMAIL, DEMO_PASSWORD, SEED_IDS } from '../../index.js';
import { type RunningSimulator, startSimulator } from '../../server.js';
import { registration } from '../../testing/harness.js';
import { CLIENT } from '../test-support.js';
import { CookieJar, HostedPageError, parseForms, signInThroughHostedPage } from '../testing.js';

let sim: RunningSimulator;
let receiver: Server;
const logoutTokens: string[] = [];
let config: client.Configuration;
const redirectUri = CLIENT.redirectUris[0]!;
const demo = { login: DEMO_CURP, password: DEMO_PASSWORD };

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const token = new URLSearchParams(body).get('logout_token');
      if (token) logoutTokens.push(token);
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const port = (receiver.address() as AddressInfo).port;
  sim = await startSimulator({
    port: 0,
    clients: [{ ...CLIENT, backchannelLogoutUri: `http://127.0.0.1:${port}/backchannel` }],
  });
  config = await client.discovery(
    new URL(`${sim.url}/oidc`),
    CLIENT.clientId,
    CLIENT.clientSecret,
    client.ClientSecretBasic(CLIENT.clientSecret),
    { execute: [client.allowInsecureRequests] },
  );
});
afterAll(async () => {
  await sim?.close();
  await new Promise<void>((resolve) => receiver?.close(() => resolve()));
});

async function codeFlow(
  credentials: { login: string; password: string },
  params: Record<string, string> = {},
  opts: Parameters<typeof signInThroughHostedPage>[2] = {},
) {
  const verifier = client.randomPKCECodeVerifier();
  const nonce = client.randomNonce();
  const state = client.randomState();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid profile email phone offline_access',
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    nonce,
    state,
    ...params,
  });
  const back = await signInThroughHostedPage(url.href, credentials, opts);
  const tokens = await client.authorizationCodeGrant(config, new URL(back), {
    pkceCodeVerifier: verifier,
    expectedNonce: nonce,
    expectedState: state,
    idTokenExpected: true,
  });
  return { back: new URL(back), tokens };
}

async function latestCode(to: string): Promise<string> {
  const [message] = await sim.ctx.outbox.list({ to });
  if (!message?.code) throw new Error(`no code sent to ${to}`);
  return message.code;
}

describe('OpenID Connect', () => {
  it('publishes discovery with PKCE S256, the levels as acr values and back-channel logout', () => {
    const meta = config.serverMetadata();
    expect(meta.issuer).toBe(`${sim.url}/oidc`);
    expect(meta.code_challenge_methods_supported).toEqual(['S256']);
    expect(meta.acr_values_supported).toEqual([
      'urn:llave:cdmx:nivel:basica',
      'urn:llave:cdmx:nivel:verificada',
      'urn:llave:cdmx:nivel:firma',
    ]);
    expect(meta.authorization_response_iss_parameter_supported).toBe(true);
    expect(meta.backchannel_logout_supported).toBe(true);
    expect(meta.end_session_endpoint).toBeTruthy();
  });

  it('answers a POST to the authorization or logout endpoint with 405, Allow and a translated page', async () => {
    const meta = config.serverMetadata();
    for (const endpoint of [meta.authorization_endpoint!, meta.end_session_endpoint!]) {
      const res = await fetch(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept-Language': 'en' },
        body: new URLSearchParams({ client_id: 'x', response_type: 'code', scope: 'openid' }),
      });
      expect(res.status, endpoint).toBe(405);
      expect(res.headers.get('allow'), endpoint).toBe('GET, HEAD');
      expect(res.headers.get('content-type'), endpoint).toMatch(/^text\/html/);
      expect(await res.text(), endpoint).toContain('not as a form');
    }
  });

  it('signs in with code + PKCE + nonce, answers iss (RFC 9207) and the Llave claims', async () => {
    const { back, tokens } = await codeFlow(demo);
    expect(back.searchParams.get('iss')).toBe(`${sim.url}/oidc`);
    const claims = tokens.claims()!;
    expect(claims).toMatchObject({
      sub: SEED_IDS.demo,
      curp: DEMO_CURP,
      level: 'verificada',
      email: DEMO_EMAIL,
      email_verified: true,
      acr: 'urn:llave:cdmx:nivel:verificada',
      birthdate: '1990-01-15',
    });
    expect(typeof claims.name).toBe('string');
    expect(typeof claims.sid).toBe('string');
    expect(decodeJwt(tokens.id_token!).iss).toBe(`${sim.url}/oidc`);

    // The account API accepts the OIDC access token as a Bearer token.
    const me = await fetch(`${sim.url}/api/v1/me`, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(me.status).toBe(200);
  });

  it('refuses an authorization request without PKCE', async () => {
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: 'openid',
      state: 'x',
    });
    const res = await fetch(url, { redirect: 'manual' });
    const location = new URL(res.headers.get('location')!);
    expect(location.searchParams.get('error')).toBe('invalid_request');
    expect(location.searchParams.get('error_description')).toMatch(/PKCE/);
  });

  it('rotates refresh tokens and refuses a used one', async () => {
    const { tokens } = await codeFlow(demo);
    const first = tokens.refresh_token!;
    expect(first).toBeTruthy();
    const next = await client.refreshTokenGrant(config, first);
    expect(next.refresh_token).toBeTruthy();
    expect(next.refresh_token).not.toBe(first);
    expect(next.access_token).not.toBe(tokens.access_token);
    await expect(client.refreshTokenGrant(config, first)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
  });

  it('steps up a básica account to verificada with a code sent to its contact', async () => {
    const { tokens } = await codeFlow(
      { login: BASIC_EMAIL, password: DEMO_PASSWORD },
      { acr_values: 'urn:llave:cdmx:nivel:verificada' },
      { stepUpCode: () => latestCode(BASIC_EMAIL) },
    );
    expect(tokens.claims()).toMatchObject({
      acr: 'urn:llave:cdmx:nivel:verificada',
      level: 'verificada',
    });
    expect(decodeJwt(tokens.id_token!).amr).toEqual(['pwd', 'otp']);
  });

  it('fails clearly when the account cannot reach the level, and tells the client', async () => {
    const jar = new CookieJar();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: 'openid',
      code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()),
      code_challenge_method: 'S256',
      state: 'firma-state',
      acr_values: 'urn:llave:cdmx:nivel:firma',
    });
    const stopped = await signInThroughHostedPage(url.href, demo, { jar }).catch((e) => e);
    expect(stopped).toBeInstanceOf(HostedPageError);
    expect(stopped.status).toBe(403);
    expect(stopped.html).toContain('LOCATEL');
    const abort = parseForms(stopped.html).find((f) => f.action.endsWith('/abort'))!;
    const res = await fetch(new URL(abort.action, stopped.url), {
      method: 'POST',
      headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(abort.fields),
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    // Back through oidc-provider, which answers the client with the error.
    const resume = await fetch(new URL(res.headers.get('location')!, stopped.url), {
      headers: { cookie: jar.header() },
      redirect: 'manual',
    });
    const location = new URL(resume.headers.get('location')!);
    expect(location.href.startsWith(redirectUri)).toBe(true);
    expect(location.searchParams.get('error')).toBe('unmet_authentication_requirements');
    expect(location.searchParams.get('state')).toBe('firma-state');
  });

  it('ends the session (RP-initiated) and delivers a signed back-channel logout token', async () => {
    const jar = new CookieJar();
    const { tokens } = await codeFlow(demo, {}, { jar });
    const sid = tokens.claims()!.sid;
    logoutTokens.length = 0;

    const endUrl = client.buildEndSessionUrl(config, {
      id_token_hint: tokens.id_token!,
      post_logout_redirect_uri: CLIENT.postLogoutRedirectUris![0]!,
      state: 'bye',
    });
    const confirm = await fetch(endUrl, { headers: { cookie: jar.header() } });
    jar.store(confirm);
    expect(confirm.status).toBe(200);
    expect(confirm.headers.get('content-security-policy')).toContain("default-src 'self'");
    const form = parseForms(await confirm.text())[0]!;
    const done = await fetch(new URL(form.action, endUrl), {
      method: 'POST',
      headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...form.fields, logout: 'yes' }),
      redirect: 'manual',
    });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`${CLIENT.postLogoutRedirectUris![0]}?state=bye`);

    // The logout token is posted to the receiver after the answer: wait for it, not a guess.
    await vi.waitFor(() => expect(logoutTokens).toHaveLength(1), { timeout: 5_000 });
    const jwks = createRemoteJWKSet(new URL(config.serverMetadata().jwks_uri!));
    const { payload, protectedHeader } = await jwtVerify(logoutTokens[0]!, jwks, {
      issuer: `${sim.url}/oidc`,
      audience: CLIENT.clientId,
      typ: 'logout+jwt',
    });
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload.sub).toBe(SEED_IDS.demo);
    expect(payload.sid).toBe(sid);
    expect(payload.events).toEqual({ 'http://schemas.openid.net/event/backchannel-logout': {} });
    expect(payload).not.toHaveProperty('nonce');
  });
});

describe('account rights end OIDC sessions everywhere', () => {
  /** A fresh citizen (registered through the API), so the seeded ones stay as other tests expect. */
  async function newCitizen(curp: string, email: string) {
    const password = 'una frase de paso larga';
    const { source: _source, ...personal } = await (
      await fetch(`${sim.url}/api/v1/registry/curp/${curp}`)
    ).json();
    const res = await fetch(`${sim.url}/api/v1/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(registration({ personal, contact: { email } })),
    });
    expect(res.status).toBe(201);
    return { login: email, password };
  }

  async function callApi(path: string, accessToken: string, body: unknown) {
    return fetch(`${sim.url}/api${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  /** The back-channel logout tokens arrive after the API's answer: waits until `n` have. */
  function waitForLogoutTokens(n: number) {
    return vi.waitFor(() => expect(logoutTokens).toHaveLength(n), { timeout: 5_000 });
  }

  it('cancelling the account sends back-channel logout per session and revokes the refresh token', async () => {
    const who = await newCitizen('LOHM850322MDFPRR04', 'cancela@example.com');
    const { tokens } = await codeFlow(who);
    const sid = tokens.claims()!.sid;
    logoutTokens.length = 0;
    const res = await callApi('/v1/me/cancellation', tokens.access_token, { confirm: true });
    expect(res.status).toBe(200);
    await waitForLogoutTokens(1);
    expect(logoutTokens).toHaveLength(1);
    const payload = decodeJwt(logoutTokens[0]!);
    expect(payload.sid).toBe(sid);
    expect(payload.sub).toBe(tokens.claims()!.sub);
    await expect(client.refreshTokenGrant(config, tokens.refresh_token!)).rejects.toThrow();
    const me = await fetch(`${sim.url}/api/v1/me`, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(me.status).toBe(401);
  });

  it('a misuse report ends the sessions and the next sign-in must reset the password first', async () => {
    const who = await newCitizen('RUCE680505HOCZRR00', 'nofuiyo@example.com');
    const { tokens } = await codeFlow(who);
    logoutTokens.length = 0;
    const res = await callApi('/v1/me/misuse-reports', tokens.access_token, {});
    expect(res.status).toBe(201);
    await waitForLogoutTokens(1);
    expect(logoutTokens).toHaveLength(1);
    const again = await codeFlow(who).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(HostedPageError);
    expect((again as HostedPageError).html).toContain('Olvidaste tu contraseña');
    expect((again as HostedPageError).html).toMatch(/uso indebido/);
  });
});
