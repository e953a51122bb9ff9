import { describe, expect, it } from 'vitest';
import { LoginError } from '../errors.js';
import { llaveDateToIso, normalizeLlaveUser } from './llave.js';
import { normalizeOidcClaims } from './oidc.js';
import { toSessionUser } from './types.js';

describe('normalizeLlaveUser', () => {
  const usuario = {
    idUsuario: 1234,
    login: 'demo@example.com',
    nombre: 'Juan',
    primerApellido: 'Pérez',
    segundoApellido: 'García',
    curp: 'pegj900115hdfrrn03',
    fechaNacimiento: '15/01/1990',
    sexo: 'H',
    estadoNacimiento: 'DF',
    telVigente: '5512345678',
    correo: 'demo@example.com',
    nivel: 'verificada',
  };

  it('maps Llave fields to OIDC-style claims', () => {
    expect(normalizeLlaveUser(usuario)).toEqual({
      sub: '1234',
      name: 'Juan Pérez García',
      given_name: 'Juan',
      family_name: 'Pérez García',
      curp: 'PEGJ900115HDFRRN03',
      birthdate: '1990-01-15',
      email: 'demo@example.com',
      phone: '+525512345678',
      level: 'verificada',
    });
  });

  it('reads the string "null" as absent (correo, telVigente, curp)', () => {
    const claims = normalizeLlaveUser({
      ...usuario,
      correo: 'null',
      telVigente: 'null',
      curp: 'null',
    });
    expect(claims.email).toBeNull();
    expect(claims.phone).toBeUndefined();
    expect(claims.curp).toBeUndefined();
  });

  it('falls back to básica for an unknown level and accepts accented names', () => {
    expect(normalizeLlaveUser({ ...usuario, nivel: 'desconocido' }).level).toBe('basica');
    expect(normalizeLlaveUser({ ...usuario, nivel: 'Básica' }).level).toBe('basica');
  });

  it('refuses error answers and answers without a user id', () => {
    expect(() => normalizeLlaveUser({ error: 'invalid_token' })).toThrow(LoginError);
    expect(() => normalizeLlaveUser({ nombre: 'x' })).toThrow(LoginError);
    expect(() => normalizeLlaveUser('error')).toThrow(LoginError);
    expect(() => normalizeLlaveUser(null)).toThrow(LoginError);
  });

  it('converts only real dd/MM/yyyy dates', () => {
    expect(llaveDateToIso('29/02/2000')).toBe('2000-02-29');
    expect(llaveDateToIso('29/02/2001')).toBeUndefined();
    expect(llaveDateToIso('1990-01-15')).toBeUndefined();
    expect(llaveDateToIso('null')).toBeUndefined();
  });

  it.each([
    ['55 1234 5678', '+525512345678'],
    ['55-1234-5678', '+525512345678'],
    ['+52 1 55 1234 5678', '+525512345678'],
    ['(222) 123 4567', '+522221234567'],
    [5512345678, '+525512345678'],
  ])('normalises telVigente %j to E.164 %j, as the OIDC path gives it', (tel, e164) => {
    expect(normalizeLlaveUser({ ...usuario, telVigente: tel }).phone).toBe(e164);
  });

  it.each([
    ['null'],
    ['NULL'],
    [''],
    ['   '],
    ['sin teléfono'],
    ['123'],
    ['+1 415 555 0100'],
    ['0000000000'],
    ['55 1234 5678<script>'],
    [null],
    [{}],
    [['5512345678']],
  ])('drops an unusable telVigente %j without breaking sign-in', (tel) => {
    const claims = normalizeLlaveUser({ ...usuario, telVigente: tel });
    expect(claims.phone).toBeUndefined();
    expect(claims.sub).toBe('1234');
  });

  it.each([
    ['null'],
    ['31/02/1990'],
    ['1990-01-15'],
    ['15/1/1990'],
    ['garbage'],
    [19900115],
    [null],
    [{ d: 1 }],
  ])('drops an unusable fechaNacimiento %j without breaking sign-in', (fecha) => {
    const claims = normalizeLlaveUser({ ...usuario, fechaNacimiento: fecha });
    expect(claims.birthdate).toBeUndefined();
    expect(claims.sub).toBe('1234');
  });
});

describe('the session user, from either adapter', () => {
  it('carries the birth date (ISO) and the E.164 phone from Llave', () => {
    const user = toSessionUser(
      normalizeLlaveUser({
        idUsuario: 7,
        nombre: 'Ana',
        fechaNacimiento: '30/07/2002',
        telVigente: '55 1234 5678',
        correo: 'null',
      }),
    );
    expect(user).toMatchObject({ sub: '7', birthdate: '2002-07-30', phone: '+525512345678' });
    expect(user).not.toHaveProperty('email');
  });

  it('carries the OIDC birthdate claim, and drops odd values', () => {
    const base = { sub: 's1', name: 'Ana' };
    expect(toSessionUser(normalizeOidcClaims({ ...base, birthdate: '1990-01-15' }))).toMatchObject({
      birthdate: '1990-01-15',
    });
    for (const birthdate of ['0000-01-15', '1990', '1990-02-30', 'null', '15/01/1990', 42]) {
      const user = toSessionUser(normalizeOidcClaims({ ...base, birthdate }));
      expect(user.birthdate, String(birthdate)).toBeUndefined();
    }
    const phone = toSessionUser(normalizeOidcClaims({ ...base, phone_number: '+52 55 1234 5678' }));
    expect(phone.phone).toBe('+525512345678');
    expect(
      toSessionUser(normalizeOidcClaims({ ...base, phone_number: 'null' })).phone,
    ).toBeUndefined();
  });
});
