import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  COMMON_PASSWORDS,
  foldForComparison,
  isCommonPassword,
  unleet,
} from './password-blocklist.js';

describe('password blocklist', () => {
  it('holds a few hundred entries, including the Mexican favourites', () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThanOrEqual(300);
    for (const pw of [
      'contrasena',
      'mexico123',
      'cdmx2024',
      'llavecdmx',
      'chivas',
      'americanista',
      'pumas',
      'cruzazul',
      'teamo',
      'princesa',
    ]) {
      expect(COMMON_PASSWORDS.has(pw), pw).toBe(true);
    }
  });

  it('stores entries already folded, so lookups never miss an accented or uppercase entry', () => {
    for (const entry of COMMON_PASSWORDS) expect(foldForComparison(entry)).toBe(entry);
  });

  it('ships in under 3 KB gzip (it is part of the browser bundle)', () => {
    const source = readFileSync(new URL('./password-blocklist.ts', import.meta.url));
    const gzipped = gzipSync(source, { level: 9 }).length;
    expect(gzipped).toBeLessThan(3 * 1024);
  });

  it('folds width, case, accents and leet spellings', () => {
    expect(foldForComparison('ＣＯＮＴＲＡＳＥÑＡ')).toBe('contrasena');
    expect(unleet('p@55w0rd')).toBe('password');
  });

  it.each([
    'password',
    'PASSWORD',
    'Passw0rd',
    'p@ssword',
    'Password1',
    'password2024!',
    '!!chivas!!',
    'cr1st1an0',
  ])('recognises %j as common', (pw) => {
    expect(isCommonPassword(pw)).toBe(true);
  });

  it.each(['8472916305luna', 'passwordsafe', 'chivas y pumas', 'x7$Kp9!qLm2#', ''])(
    'does not flag %j',
    (pw) => {
      expect(isCommonPassword(pw)).toBe(false);
    },
  );
});
