import { curpCheckDigit, FOREIGN_DOCUMENT_TYPES } from '@llave-cdmx/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BASIC_CURP, DEMO_CURP, DEMO_EMAIL, DEMO_MOBILE } from '../seed/ids.js';
import { type Harness, harness, registration } from '../testing/harness.js';

let sim: Harness;
beforeEach(async () => {
  sim = await harness();
});
afterEach(() => sim.close());

describe('POST /api/v1/registrations/availability', () => {
  it('says which of CURP, email and mobile are already registered', async () => {
    const res = await sim.call('POST', '/v1/registrations/availability', {
      curp: DEMO_CURP.toLowerCase(),
      email: 'nadie@example.com',
      mobile: DEMO_MOBILE.replace('+52', ''),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      curp: 'registered',
      email: 'available',
      mobile: 'registered',
    });
  });

  it('answers only what was asked', async () => {
    const res = await sim.call('POST', '/v1/registrations/availability', { email: DEMO_EMAIL });
    expect(await res.json()).toEqual({ email: 'registered' });
  });

  it('answers 422 with field codes for malformed values', async () => {
    const res = await sim.call('POST', '/v1/registrations/availability', {
      curp: 'XX',
      email: 42,
      mobile: '123',
    });
    expect(res.status).toBe(422);
    expect((await res.json()).error.fields).toEqual({
      curp: 'curp_length',
      email: 'email_required',
      mobile: 'phone_length',
    });
  });
});

describe('POST /api/v1/registrations', () => {
  it('creates a básica account, sends an email code and answers the verification', async () => {
    const res = await sim.call('POST', '/v1/registrations', registration());
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({
      level: 'basica',
      verification: { channel: 'email', destinationMasked: 'm***@example.com', status: 'pending' },
    });
    const account = await sim.ctx.accounts.findByLogin('LOHM850322MDFPRR04');
    expect(account).toMatchObject({
      id: body.accountId,
      level: 'basica',
      contact: { email: 'maria.lopez@example.com', mobile: '+525587654321', emailVerified: false },
      address: { municipio: 'Cuauhtémoc', asentamiento: 'Roma Norte', tipoAsentamiento: 'Colonia' },
    });
    expect(await sim.ctx.accounts.checkPassword(account!, 'una frase de paso larga')).toBe(true);
    expect(await sim.lastCode('maria.lopez@example.com')).toMatch(/^\d{6}$/);
  });

  it('registers a foreigner without CURP with an identity document', async () => {
    const res = await sim.call(
      'POST',
      '/v1/registrations',
      registration({
        kind: 'extranjero',
        personal: {
          nombre: 'Jean',
          primerApellido: 'Dupont',
          sexo: 'H',
          fechaNacimiento: '1980-05-01',
          nacionalidad: 'fr',
          documentoTipo: 'tarjeta-residente-temporal',
          documentoNumero: 'TRT-778899',
        },
        contact: { email: 'jean@example.com' },
      }),
    );
    expect(res.status).toBe(201);
    const account = await sim.ctx.accounts.findByLogin('jean@example.com');
    expect(account?.kind).toBe('extranjero');
    expect(account?.personal).toMatchObject({
      nacionalidad: 'FR',
      documentoTipo: 'tarjeta-residente-temporal',
    });
  });

  it('refuses a foreign document type outside the guidelines list', async () => {
    expect(FOREIGN_DOCUMENT_TYPES).toContain('pasaporte');
    const res = await sim.call(
      'POST',
      '/v1/registrations',
      registration({
        kind: 'extranjero',
        personal: {
          nombre: 'Jean',
          primerApellido: 'Dupont',
          sexo: 'H',
          fechaNacimiento: '1980-05-01',
          nacionalidad: 'FR',
          documentoTipo: 'carnet',
          documentoNumero: '1',
        },
      }),
    );
    expect(res.status).toBe(422);
    expect((await res.json()).error.fields['personal.documentoTipo']).toBe('invalid');
  });

  it.each([
    [
      'curp',
      {
        personal: {
          ...registration().personal,
          curp: BASIC_CURP,
          nombre: 'Ana',
          sexo: 'M',
          fechaNacimiento: '2002-07-30',
          estadoNacimiento: 'JC',
        },
      },
      'curp_registered',
    ],
    ['email', { contact: { email: DEMO_EMAIL.toUpperCase() } }, 'email_registered'],
    [
      'mobile',
      { contact: { email: 'otra@example.com', mobile: '+52 55 1234 5678' } },
      'phone_registered',
    ],
  ])('answers 409 with help when the %s is already registered', async (_what, change, code) => {
    const res = await sim.call('POST', '/v1/registrations', registration(change));
    expect(res.status).toBe(409);
    const { error } = await res.json();
    expect(error.code).toBe(code);
    expect(error.helpUrl).toMatch(/^https:\/\//);
    expect(error.message).toContain('LOCATEL');
  });

  it('lists every invalid field in one 422', async () => {
    const res = await sim.call('POST', '/v1/registrations', {
      kind: 'nacional',
      personal: {
        curp: 'LOHM850322MDFPRR04',
        nombre: '',
        primerApellido: 7,
        sexo: 'Z',
        fechaNacimiento: '1985-02-30',
      },
      address: { codigoPostal: '00000', calle: 'x', numeroExterior: '1' },
      contact: { email: 'no-es-correo' },
      password: 'corta',
    });
    expect(res.status).toBe(422);
    expect((await res.json()).error.fields).toEqual({
      'personal.nombre': 'required',
      'personal.primerApellido': 'invalid_type',
      'personal.sexo': 'invalid',
      'personal.fechaNacimiento': 'date_invalid',
      'address.codigoPostal': 'postal_code_unknown',
      'address.asentamientoId': 'required',
      'contact.email': 'email_format',
      password: 'password_too_short',
      acceptPrivacyNotice: 'required',
    });
  });

  it('refuses personal data that contradicts the CURP', async () => {
    const res = await sim.call(
      'POST',
      '/v1/registrations',
      registration({
        personal: { ...registration().personal, sexo: 'H', fechaNacimiento: '1985-03-23' },
      }),
    );
    expect(res.status).toBe(422);
    expect((await res.json()).error.fields).toEqual({
      'personal.sexo': 'curp_mismatch',
      'personal.fechaNacimiento': 'curp_mismatch',
    });
  });

  it('refuses an asentamiento that does not belong to the postal code', async () => {
    const res = await sim.call(
      'POST',
      '/v1/registrations',
      registration({ address: { ...registration().address, asentamientoId: '9999' } }),
    );
    expect(res.status).toBe(422);
    expect((await res.json()).error.fields).toEqual({
      'address.asentamientoId': 'asentamiento_unknown',
    });
  });

  it("refuses a common password or one made of the person's own data", async () => {
    const common = await sim.call(
      'POST',
      '/v1/registrations',
      registration({ password: 'password123' }),
    );
    expect((await common.json()).error.fields).toEqual({ password: 'password_common' });
    const own = await sim.call(
      'POST',
      '/v1/registrations',
      registration({ password: 'LOHM850322MDFPRR04' }),
    );
    expect((await own.json()).error.fields).toEqual({ password: 'password_context' });
  });

  it('accepts any printable password of 8 or more, spaces and symbols included, untruncated', async () => {
    const password = `  ñ€ ${'x'.repeat(100)} <>"'; `;
    const res = await sim.call('POST', '/v1/registrations', registration({ password }));
    expect(res.status).toBe(201);
    const account = await sim.ctx.accounts.findByLogin('maria.lopez@example.com');
    expect(await sim.ctx.accounts.checkPassword(account!, password)).toBe(true);
    expect(await sim.ctx.accounts.checkPassword(account!, password.slice(0, 72))).toBe(false);
  });
});

/** Valid CURPs for the harness's María (same birth date and sex), differing in the homoclave. */
function curpVariant(i: number): string {
  const first17 = `LOHM850322MDFPRR${i % 10}`;
  return `${first17}${curpCheckDigit(first17)}`;
}

describe('POST /api/v1/registrations under concurrency', () => {
  async function parallel(bodies: unknown[]) {
    const answers = await Promise.all(bodies.map((b) => sim.call('POST', '/v1/registrations', b)));
    return Promise.all(answers.map(async (r) => ({ status: r.status, body: await r.json() })));
  }

  const email = (i: number) => `persona${i}@example.com`;
  const mobile = (i: number) => `55 8765 43${10 + i}`;
  it.each([
    [
      'CURP',
      'curp_registered',
      (i: number) => registration({ contact: { email: email(i), mobile: mobile(i) } }),
      (i: number) => ({ email: email(i) }),
    ],
    [
      'email',
      'email_registered',
      (i: number) =>
        registration({
          personal: { ...registration().personal, curp: curpVariant(i) },
          contact: { email: 'misma@example.com', mobile: mobile(i) },
        }),
      (i: number) => ({ curp: curpVariant(i) }),
    ],
    [
      'mobile',
      'phone_registered',
      (i: number) =>
        registration({
          personal: { ...registration().personal, curp: curpVariant(i) },
          contact: { email: email(i), mobile: '55 1111 2222' },
        }),
      (i: number) => ({ email: email(i) }),
    ],
  ])(
    'one %s, ten parallel registrations: exactly one 201, the others 409 %s',
    async (_, code, body, probe) => {
      const answers = await parallel(Array.from({ length: 10 }, (_, i) => body(i)));
      const created = answers.filter((a) => a.status === 201);
      expect(created).toHaveLength(1);
      const refused = answers.filter((a) => a.status !== 201);
      expect(refused.map((a) => a.status)).toEqual(Array(9).fill(409));
      for (const a of refused) expect(a.body.error.code).toBe(code);
      // Nothing of the refused nine was stored: only one of their own values is registered.
      let registered = 0;
      for (let i = 0; i < 10; i++) {
        const res = await sim.call('POST', '/v1/registrations/availability', probe(i));
        if (Object.values(await res.json()).includes('registered')) registered++;
      }
      expect(registered).toBe(1);
    },
  );
});
