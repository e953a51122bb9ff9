import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, harness } from '../testing/harness.js';

let sim: Harness;
beforeAll(async () => {
  sim = await harness();
});
afterAll(() => sim.close());

describe('GET /api/v1/catalogs/postal-codes/:cp', () => {
  it('answers the estado, alcaldía and every asentamiento of a postal code', async () => {
    const res = await sim.call('GET', '/v1/catalogs/postal-codes/04600');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      codigoPostal: '04600',
      estado: 'Ciudad de México',
      municipio: 'Coyoacán',
      ciudad: 'Ciudad de México',
    });
    // One name with two types: both are listed, each with its type.
    expect(
      body.asentamientos.map((a: { nombre: string; tipo: string }) => `${a.nombre}/${a.tipo}`),
    ).toEqual(['Los Reyes/Barrio', 'Los Reyes/Pueblo', 'Pedregal de Santo Domingo/Colonia']);
  });

  it('answers 404 not_found for a well-formed code that does not exist', async () => {
    const res = await sim.call('GET', '/v1/catalogs/postal-codes/99999');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  });

  it('answers 422 with a field code for a malformed postal code', async () => {
    for (const bad of ['0670', 'abcde', '067000', '%20']) {
      const res = await sim.call('GET', `/v1/catalogs/postal-codes/${bad}`);
      expect(res.status, bad).toBe(422);
      expect((await res.json()).error.fields).toEqual({ codigoPostal: 'postal_code_format' });
    }
  });
});

describe('GET /api/v1/registry/curp/:curp', () => {
  it('answers a registered person from the registry', async () => {
    const res = await sim.call('GET', '/v1/registry/curp/pegj900115hdfrrn03');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      curp: 'PEGJ900115HDFRRN03',
      nombre: 'Juan',
      primerApellido: 'Pérez',
      segundoApellido: 'García',
      sexo: 'H',
      fechaNacimiento: '1990-01-15',
      estadoNacimiento: 'DF',
      source: 'renapo',
    });
  });

  it('derives sex, birth date and state from a valid CURP it does not know', async () => {
    // Born 2002 (letter at position 17), woman, Jalisco; valid check digit.
    const res = await sim.call('GET', '/v1/registry/curp/HEGA020730MJCRRNA5');
    const body = await res.json();
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({
      sexo: 'M',
      fechaNacimiento: '2002-07-30',
      estadoNacimiento: 'JC',
      source: 'derived',
    });
  });

  it('answers 422 for an invalid CURP, saying what is wrong', async () => {
    const cases: Array<[string, string]> = [
      ['PEGJ900115HDFRRN0', 'curp_length'],
      ['PEGJ900115HZZRRN03', 'curp_state'],
      ['PEGJ9001I5HDFRRN03', 'curp_format'],
      ['PEGJ900230HDFRRN03', 'curp_date'],
      ['PEGJ900115HDFRRN04', 'curp_check_digit'],
    ];
    for (const [curp, code] of cases) {
      const res = await sim.call('GET', `/v1/registry/curp/${curp}`);
      expect(res.status, curp).toBe(422);
      expect((await res.json()).error).toMatchObject({
        code: 'validation_failed',
        fields: { curp: code },
      });
    }
  });
});
