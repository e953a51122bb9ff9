/**
 * End to end against the simulator: real sign-ins through its hosted login page with both
 * adapters, then the proxy to its account API.
 */

import { curpCheckDigit } from '@llave-cdmx/core';
import { DEMO_CURP, DEMO_EMAIL, DEMO_PASSWORD } from '@llave-cdmx/sim';
import { signInThroughHostedPage } from '@llave-cdmx/sim/idp/testing';
import { registration } from '@llave-cdmx/sim/testing/harness';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdapterKind, createLlaveBff, type LlaveBff } from '../src/index.js';
import { browser, ORIGIN, type RunningSim, startTestSimulator } from './support.js';

let sim: RunningSim;
const client = { clientId: 'bff-e2e', clientSecret: 'bff-e2e-secret-0123456789' };

beforeAll(async () => {
  sim = await startTestSimulator(client, 'BFF e2e');
});
afterAll(async () => {
  await sim?.close();
});

function bffFor(adapter: AdapterKind): LlaveBff {
  return createLlaveBff({
    publicOrigin: ORIGIN,
    adapter,
    llaveBaseUrl: sim.url,
    oidcIssuer: `${sim.url}/oidc`,
    apiBase: `${sim.url}/api`,
    clientId: client.clientId,
    clientSecret: client.clientSecret,
    logLevel: 'silent',
  });
}

describe.each(['llave', 'oidc'] as const)(
  'sign-in against the simulator with the %s adapter',
  (adapter) => {
    let bff: LlaveBff;
    beforeAll(() => {
      bff = bffFor(adapter);
    });
    afterAll(async () => {
      await bff.close();
    });

    it('signs the demo citizen in, proxies /v1/me with the token, and logs out', async () => {
      const b = browser(bff);
      const login = await b.request('/llave/login?returnTo=/licencia');
      expect(login.status).toBe(302);
      const authorize = new URL(login.headers.get('location')!);
      expect(authorize.origin).toBe(new URL(sim.url).origin);
      if (adapter === 'llave') {
        expect(authorize.pathname).toBe('/oauthV2.xhtml');
        expect(authorize.searchParams.get('redirect_url')).toBe(`${ORIGIN}/llave/callback`);
      }
      const callback = await signInThroughHostedPage(authorize.href, {
        login: DEMO_EMAIL,
        password: DEMO_PASSWORD,
      });
      expect(callback.startsWith(`${ORIGIN}/llave/callback?`)).toBe(true);
      const landed = await b.request(callback);
      expect(landed.status).toBe(200);
      expect(await landed.text()).toContain('url=/licencia');

      const session = await (await b.request('/llave/session')).json();
      expect(session.authenticated).toBe(true);
      expect(session.user.curp).toBe(DEMO_CURP);
      // Both adapters give the same shapes: ISO birth date (from the CURP's), E.164 phone.
      expect(session.user.birthdate).toBe(
        `19${DEMO_CURP.slice(4, 6)}-${DEMO_CURP.slice(6, 8)}-${DEMO_CURP.slice(8, 10)}`,
      );
      if (session.user.phone) expect(session.user.phone).toMatch(/^\+52\d{10}$/);
      expect(session.user.name).toMatch(/\w+ \w+/);
      expect(['basica', 'verificada', 'firma']).toContain(session.user.level);
      expect(JSON.stringify(session)).not.toMatch(/token/i);

      const me = await b.request('/llave/api/v1/me', { csrf: true });
      expect(me.status).toBe(200);
      const profile = await me.json();
      expect(profile.personal.curp).toBe(DEMO_CURP);

      const out = await b.request('/llave/logout', { method: 'POST', csrf: true });
      expect(out.status).toBe(200);
      expect((await (await b.request('/llave/session')).json()).authenticated).toBe(false);
      expect((await b.request('/llave/api/v1/me', { csrf: true })).status).toBe(401);
    });

    it('reaches public calls without a session', async () => {
      const res = await bff.request(`${ORIGIN}/llave/api/v1/registry/curp/${DEMO_CURP}`, {
        headers: { 'x-csrf': '1' },
      });
      expect(res.status).toBe(200);
      expect((await res.json()).curp).toBe(DEMO_CURP);
    });

    it('lets exactly one of five parallel registrations of one CURP through', async () => {
      // One CURP per adapter run (both runs share the simulator), valid for the harness's María.
      const first17 = `LOHM850322MDFPRR${adapter === 'llave' ? 5 : 6}`;
      const curp = `${first17}${curpCheckDigit(first17)}`;
      const answers = await Promise.all(
        Array.from({ length: 5 }, (_, i) =>
          bff.request(`${ORIGIN}/llave/api/v1/registrations`, {
            method: 'POST',
            headers: { 'x-csrf': '1', 'content-type': 'application/json' },
            body: JSON.stringify(
              registration({
                personal: { ...registration().personal, curp },
                contact: { email: `paralelo-${adapter}-${i}@example.com` },
              }),
            ),
          }),
        ),
      );
      const statuses = answers.map((r) => r.status).sort();
      expect(statuses).toEqual([201, 409, 409, 409, 409]);
      for (const r of answers.filter((a) => a.status === 409)) {
        expect(await r.json()).toMatchObject({ error: { code: 'curp_registered' } });
      }
    });

    it('reports the IdP and the store as up', async () => {
      const res = await bff.request(`${ORIGIN}/llave/health`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: 'ok', idp: 'up', store: { status: 'up' } });
    });
  },
);
