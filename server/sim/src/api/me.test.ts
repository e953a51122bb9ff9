import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BASIC_EMAIL, DEMO_CURP, SEED_IDS } from '../seed/ids.js';
import { type Harness, harness } from '../testing/harness.js';

let sim: Harness;
let auth: Record<string, string>;
beforeEach(async () => {
  sim = await harness();
  auth = await sim.tokenFor(SEED_IDS.demo);
});
afterEach(() => sim.close());

describe('authentication of /api/v1/me', () => {
  it('accepts the Llave accessToken header and an Authorization Bearer token', async () => {
    const llave = await sim.call('GET', '/v1/me', undefined, auth);
    expect(llave.status).toBe(200);
    const bearer = await sim.call('GET', '/v1/me', undefined, {
      authorization: `Bearer ${auth.accessToken}`,
    });
    expect(bearer.status).toBe(200);
  });

  it.each([
    ['no token', {}],
    ['an unknown token', { accessToken: 'not-a-token' }],
    ['a malformed Authorization', { authorization: 'Basic abc' }],
  ])('answers 401 unauthorized with %s', async (_what, headers) => {
    const res = await sim.call('GET', '/v1/me', undefined, headers as Record<string, string>);
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('unauthorized');
  });

  it('answers 401 once the token has been revoked', async () => {
    await sim.ctx.kv.delete('llave-access-token', auth.accessToken!);
    expect((await sim.call('GET', '/v1/me', undefined, auth)).status).toBe(401);
  });
});

describe('GET /api/v1/me', () => {
  it('answers the profile with the editable split and without secrets', async () => {
    const res = await sim.call('GET', '/v1/me', undefined, auth);
    const body = await res.json();
    expect(body).toMatchObject({
      id: SEED_IDS.demo,
      kind: 'nacional',
      level: 'verificada',
      personal: { curp: DEMO_CURP, nombre: 'Juan' },
      contact: { email: 'demo.ciudadana@example.com', emailVerified: true, mobileVerified: true },
      editable: { personal: false, contact: true, address: true },
    });
    expect(JSON.stringify(body)).not.toMatch(/scrypt|passwordHash|roles/);
  });
});

describe('PATCH /api/v1/me/contact', () => {
  const NEW_EMAIL = 'juan.nuevo@example.com';

  it('keeps the old email until the new one is verified, then replaces it', async () => {
    const res = await sim.call('PATCH', '/v1/me/contact', { email: NEW_EMAIL }, auth);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.profile.contact).toMatchObject({
      email: 'demo.ciudadana@example.com',
      emailVerified: true,
    });
    expect(body.profile.pending.email).toMatchObject({
      value: NEW_EMAIL,
      verification: { id: body.verification.id, channel: 'email', status: 'pending' },
    });
    // Signing in still works with the old email only.
    expect(await sim.ctx.accounts.findByLogin(NEW_EMAIL)).toBeUndefined();

    const code = await sim.lastCode(NEW_EMAIL);
    const check = await sim.call('POST', `/v1/verifications/${body.verification.id}/check`, {
      code,
    });
    expect(check.status).toBe(200);
    const after = await (await sim.call('GET', '/v1/me', undefined, auth)).json();
    expect(after.contact).toMatchObject({ email: NEW_EMAIL, emailVerified: true });
    expect(after.pending).toBeUndefined();
    // The old address is told, so a change nobody asked for does not go unnoticed.
    const [notice] = await sim.ctx.outbox.list({ to: 'demo.ciudadana@example.com' });
    expect(notice).toMatchObject({ purpose: 'notice' });
    expect(notice!.code).toBeUndefined();
  });

  it('applies only the latest pending change, once, and a wrong code changes nothing', async () => {
    const first = await (
      await sim.call('PATCH', '/v1/me/contact', { mobile: '55 1111 2222' }, auth)
    ).json();
    const firstCode = await sim.lastCode('+525511112222');
    const second = await (
      await sim.call('PATCH', '/v1/me/contact', { mobile: '55 3333 4444' }, auth)
    ).json();
    const stale = await sim.call('POST', `/v1/verifications/${first.verification.id}/check`, {
      code: firstCode,
    });
    expect(stale.status).toBe(422);
    const wrong = await sim.call('POST', `/v1/verifications/${second.verification.id}/check`, {
      code: firstCode === '000000' ? '111111' : '000000',
    });
    expect(wrong.status).toBe(422);
    expect((await sim.ctx.accounts.get(SEED_IDS.demo))!.contact.mobile).toBe('+525512345678');

    const code = await sim.lastCode('+525533334444');
    const ok = await sim.call('POST', `/v1/verifications/${second.verification.id}/check`, {
      code,
    });
    expect(ok.status).toBe(200);
    expect((await sim.ctx.accounts.get(SEED_IDS.demo))!.contact).toMatchObject({
      mobile: '+525533334444',
      mobileVerified: true,
    });
    const again = await sim.call('POST', `/v1/verifications/${second.verification.id}/check`, {
      code,
    });
    expect(again.status).toBe(409);
  });

  it('corrects a pending contact without touching the current one', async () => {
    const started = await (
      await sim.call('PATCH', '/v1/me/contact', { email: 'juan.typo@example.con' }, auth)
    ).json();
    const fixed = await sim.call(
      'PUT',
      `/v1/verifications/${started.verification.id}/destination`,
      { destination: NEW_EMAIL },
    );
    expect(fixed.status).toBe(200);
    const me = await (await sim.call('GET', '/v1/me', undefined, auth)).json();
    expect(me.contact.email).toBe('demo.ciudadana@example.com');
    expect(me.pending.email.value).toBe(NEW_EMAIL);
  });

  it('refuses a contact another account verified meanwhile, with the guide answer', async () => {
    const started = await (
      await sim.call('PATCH', '/v1/me/contact', { email: NEW_EMAIL }, auth)
    ).json();
    const code = await sim.lastCode(NEW_EMAIL);
    sim.store.data.accounts.find((a) => a.id === SEED_IDS.basic)!.contact.email = NEW_EMAIL;
    const res = await sim.call('POST', `/v1/verifications/${started.verification.id}/check`, {
      code,
    });
    expect(res.status).toBe(409);
    expect((await res.json()).error).toMatchObject({ code: 'email_registered' });
    expect((await sim.ctx.accounts.get(SEED_IDS.demo))!.contact.email).toBe(
      'demo.ciudadana@example.com',
    );
  });

  it('limits how many contact changes an account starts per hour', async () => {
    let last: Response | undefined;
    for (let i = 0; i < 11; i++) {
      last = await sim.call('PATCH', '/v1/me/contact', { email: `otro${i}@example.com` }, auth);
    }
    expect(last!.status).toBe(429);
    expect((await last!.json()).error).toMatchObject({ code: 'rate_limited' });
  });

  it('removes the mobile with null and sends no code', async () => {
    const res = await sim.call('PATCH', '/v1/me/contact', { mobile: null }, auth);
    const body = await res.json();
    expect(body.profile.contact.mobile).toBeUndefined();
    expect(body.verification).toBeUndefined();
  });

  it('answers 409 for an email of another account and 422 for malformed values', async () => {
    const taken = await sim.call('PATCH', '/v1/me/contact', { email: BASIC_EMAIL }, auth);
    expect(taken.status).toBe(409);
    expect((await taken.json()).error).toMatchObject({
      code: 'email_registered',
      helpUrl: expect.any(String),
    });
    const bad = await sim.call('PATCH', '/v1/me/contact', { email: 'x', mobile: '12' }, auth);
    expect((await bad.json()).error.fields).toEqual({
      email: 'email_format',
      mobile: 'phone_length',
    });
    const both = await sim.call(
      'PATCH',
      '/v1/me/contact',
      { email: NEW_EMAIL, mobile: '55 1111 2222' },
      auth,
    );
    expect((await both.json()).error.fields).toEqual({ mobile: 'one_at_a_time' });
    const empty = await sim.call('PATCH', '/v1/me/contact', {}, auth);
    expect(empty.status).toBe(422);
  });
});

describe('PATCH /api/v1/me/address', () => {
  it('replaces the address with catalog names for estado, alcaldía and asentamiento', async () => {
    const lookup = await (await sim.call('GET', '/v1/catalogs/postal-codes/16030')).json();
    const barrio = lookup.asentamientos.find(
      (a: { tipo: string; nombre: string }) => a.nombre === 'San Juan' && a.tipo === 'Barrio',
    );
    const res = await sim.call(
      'PATCH',
      '/v1/me/address',
      {
        codigoPostal: '16030',
        asentamientoId: barrio.id,
        calle: 'Calle 5 de Mayo',
        numeroExterior: '8',
        estado: 'Inventado',
      },
      auth,
    );
    expect(res.status).toBe(200);
    expect((await res.json()).address).toEqual({
      codigoPostal: '16030',
      estado: 'Ciudad de México',
      municipio: 'Xochimilco',
      asentamientoId: barrio.id,
      asentamiento: 'San Juan',
      tipoAsentamiento: 'Barrio',
      calle: 'Calle 5 de Mayo',
      numeroExterior: '8',
    });
  });

  it('answers 422 for a missing street', async () => {
    const res = await sim.call(
      'PATCH',
      '/v1/me/address',
      { codigoPostal: '06700', asentamientoId: '0016' },
      auth,
    );
    expect(res.status).toBe(422);
    expect((await res.json()).error.fields).toEqual({
      calle: 'required',
      numeroExterior: 'required',
    });
  });
});
