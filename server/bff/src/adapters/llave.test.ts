import { describe, expect, it } from 'vitest';
import { LoginError } from '../errors.js';
import { llaveDateToIso, normalizeLlaveUser } from './llave.js';

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
      phone: '5512345678',
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
});
