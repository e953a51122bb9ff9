import { describe, expect, it } from 'vitest';
import {
  ACR_PREFIX,
  acrFor,
  levelFromAcr,
  levelFromClaims,
  levelUpBySignIn,
  sessionUserFromClaims,
} from './claims.js';

describe('levels as acr values', () => {
  it('round-trips every level and refuses what is not one', () => {
    expect(acrFor('verificada')).toBe(`${ACR_PREFIX}verificada`);
    expect(levelFromAcr(acrFor('firma'))).toBe('firma');
    for (const acr of [`${ACR_PREFIX}admin`, 'urn:other:verificada', 3, undefined]) {
      expect(levelFromAcr(acr)).toBeUndefined();
    }
  });

  it('prefers the level claim, then the acr, and falls back to the lowest level', () => {
    expect(levelFromClaims({ level: 'firma', acr: acrFor('basica') })).toBe('firma');
    expect(levelFromClaims({ level: 'root', acr: acrFor('verificada') })).toBe('verificada');
    expect(levelFromClaims({})).toBe('basica');
  });

  it('steps up by sign-in only to the levels the IdP advertises, above the current one', () => {
    expect(levelUpBySignIn('basica', [acrFor('basica'), acrFor('verificada')])).toEqual({
      verificada: 'login',
      firma: 'unavailable',
    });
    expect(levelUpBySignIn('firma', [acrFor('firma')])).toEqual({});
  });
});

describe('sessionUserFromClaims', () => {
  it('keeps what a page may show, and nothing else', () => {
    const user = sessionUserFromClaims({
      sub: 'ciudadano-demo',
      name: 'Juan Pérez García',
      given_name: 'Juan',
      family_name: 'Pérez García',
      curp: 'PEGJ900115HDFRRN03',
      email: 'demo@example.com',
      phone_number: '+525512345678',
      birthdate: '1990-01-15',
      level: 'verificada',
      nonce: 'n',
      at_hash: 'h',
    });
    expect(user).toEqual({
      sub: 'ciudadano-demo',
      name: 'Juan Pérez García',
      givenName: 'Juan',
      familyName: 'Pérez García',
      curp: 'PEGJ900115HDFRRN03',
      email: 'demo@example.com',
      level: 'verificada',
    });
  });

  it('builds a name from its parts, or the subject, and refuses claims without a subject', () => {
    expect(sessionUserFromClaims({ sub: 's', given_name: 'Ana', family_name: 'Ruiz' })?.name).toBe(
      'Ana Ruiz',
    );
    expect(sessionUserFromClaims({ sub: 's' })?.name).toBe('s');
    expect(sessionUserFromClaims({ name: 'Sin sub' })).toBeUndefined();
    expect(sessionUserFromClaims({ sub: 42 })).toBeUndefined();
  });
});
