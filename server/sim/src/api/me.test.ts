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
  it('changes the email, marks it unverified and starts a verification', async () => {
    const res = await sim.call(
      'PATCH',
      '/v1/me/contact',
      { email: 'juan.nuevo@example.com' },
      auth,
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.profile.contact).toMatchObject({
      email: 'juan.nuevo@example.com',
      emailVerified: false,
    });
    expect(body.verification).toMatchObject({ channel: 'email', status: 'pending' });
    expect(await sim.lastCode('juan.nuevo@example.com')).toMatch(/^\d{6}$/);
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
    expect((await taken.json()).error.code).toBe('email_registered');
    const bad = await sim.call('PATCH', '/v1/me/contact', { email: 'x', mobile: '12' }, auth);
    expect((await bad.json()).error.fields).toEqual({
      email: 'email_format',
      mobile: 'phone_length',
    });
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
