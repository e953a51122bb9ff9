import { describe, expect, it } from 'vitest';
import { LEVELS } from '../contract.js';
import { isIsoDate, isPlausibleBirthDate } from '../validators/date.js';
import { validatePassword } from '../validators/password.js';
import { passwordContextFor } from '../validators/password-context.js';
import { compareLevels, isLevel, levelRank, lowestLevel, satisfiesLevel } from './levels.js';
import { SNIFF_BYTES, sniffMediaType } from './media-type.js';

describe('levels', () => {
  it('knows the levels and nothing else', () => {
    for (const l of LEVELS) expect(isLevel(l)).toBe(true);
    for (const v of ['', 'Basica', 'admin', undefined, null, 1, {}]) expect(isLevel(v)).toBe(false);
  });

  it('orders básica < verificada < firma, no level below all', () => {
    expect(levelRank(undefined)).toBe(-1);
    expect(compareLevels('basica', 'verificada')).toBeLessThan(0);
    expect(compareLevels('firma', 'verificada')).toBeGreaterThan(0);
    expect(compareLevels('verificada', 'verificada')).toBe(0);
    expect(
      ['firma', 'basica', 'verificada'].sort((a, b) => compareLevels(a as never, b as never)),
    ).toEqual(['basica', 'verificada', 'firma']);
  });

  it('satisfies a requirement at or below the level, and no requirement always', () => {
    expect(satisfiesLevel('verificada', 'basica')).toBe(true);
    expect(satisfiesLevel('verificada', 'verificada')).toBe(true);
    expect(satisfiesLevel('basica', 'verificada')).toBe(false);
    expect(satisfiesLevel(undefined, 'basica')).toBe(false);
    expect(satisfiesLevel(undefined, undefined)).toBe(true);
  });

  it('picks the lowest of alternatives', () => {
    expect(lowestLevel(['firma', 'verificada'])).toBe('verificada');
    expect(lowestLevel([])).toBeUndefined();
  });
});

describe('sniffMediaType', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);
  it('reads PDF, PNG and JPEG by their first bytes', () => {
    expect(sniffMediaType(new TextEncoder().encode('%PDF-1.7'))).toBe('application/pdf');
    expect(sniffMediaType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('image/png');
    expect(sniffMediaType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
  });

  it('refuses what only looks like one (a name, a truncated signature, an executable)', () => {
    expect(sniffMediaType(new TextEncoder().encode('%PDF'))).toBeUndefined();
    expect(sniffMediaType(bytes(0x4d, 0x5a, 0x90, 0x00))).toBeUndefined(); // MZ: a Windows .exe
    expect(sniffMediaType(bytes())).toBeUndefined();
    expect(SNIFF_BYTES).toBe(8);
  });
});

describe('dates', () => {
  it('accepts only days that exist, in YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    for (const v of ['2023-02-29', '2023-02-30', '2023-13-01', '2023-1-01', ' 2023-01-01', 1, null])
      expect(isIsoDate(v), String(v)).toBe(false);
  });

  it('takes a birth date that is real, past and after 1900', () => {
    const now = Date.parse('2026-06-01T00:00:00Z');
    expect(isPlausibleBirthDate('1990-01-15', now)).toBe(true);
    expect(isPlausibleBirthDate('2026-06-02', now)).toBe(false);
    expect(isPlausibleBirthDate('1900-12-31', now)).toBe(false);
    expect(isPlausibleBirthDate('1990-02-30', now)).toBe(false);
  });
});

describe('passwordContextFor (one rule for the wizard, the reset and the server)', () => {
  it('takes every name part, the CURP and the email', () => {
    expect(
      passwordContextFor({
        nombre: 'Juana',
        primerApellido: 'Pérez',
        segundoApellido: 'García',
        curp: ' pegj900115mdfrrn03 ',
        email: 'juana@example.com',
      }),
    ).toEqual({
      name: 'Juana Pérez García',
      curp: 'PEGJ900115MDFRRN03',
      email: 'juana@example.com',
    });
  });

  it('a contact typed as a phone is not an email: its digits are context words', () => {
    const ctx = passwordContextFor({ curp: 'PEGJ900115HDFRRN03', email: '55 1234 5678' });
    expect(ctx).toEqual({ curp: 'PEGJ900115HDFRRN03', words: ['5512345678'] });
    expect(validatePassword('5512345678a', ctx).ok).toBe(false);
  });

  it('refuses a password made of the second surname too (the reset used to forget it)', () => {
    const ctx = passwordContextFor({
      nombre: 'Ana',
      primerApellido: 'Ruiz',
      segundoApellido: 'Montoya',
    });
    expect(validatePassword('montoya2024', ctx).ok).toBe(false);
  });
});
