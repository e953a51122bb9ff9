import { describe, expect, it } from 'vitest';
import { NAME_ERROR_CODES, NAME_MAX_LENGTH, validateName } from './name.js';

describe('validateName', () => {
  it.each([
    ['María José', 'María José'],
    ['  Peña   Nieto ', 'Peña Nieto'],
    ['Pérez-Gómez', 'Pérez-Gómez'],
    ["D'Angelo", "D'Angelo"],
    ['O’Higgins', 'O’Higgins'],
    ['Güemes', 'Güemes'],
    ['Jos\u0065\u0301', 'José'], // decomposed é becomes one character
    ['Nguyễn', 'Nguyễn'],
    ['X', 'X'],
  ])('accepts %j as %j', (input, value) => {
    expect(validateName(input)).toEqual({ ok: true, value });
  });

  const invalid: Array<[string, (typeof NAME_ERROR_CODES)[number]]> = [
    ['', 'name_required'],
    ['   ', 'name_required'],
    ['a'.repeat(NAME_MAX_LENGTH + 1), 'name_too_long'],
    ['Juan2', 'name_chars'],
    ['Juan_Carlos', 'name_chars'],
    ['<script>', 'name_chars'],
    ['-Juan', 'name_chars'],
    ["Juan'", 'name_chars'],
    ['Juan--Carlos', 'name_chars'],
    ['Juan 😀', 'name_chars'],
  ];
  it.each(invalid)('rejects %j with %s', (input, code) => {
    expect(validateName(input)).toEqual({ ok: false, code });
  });
  it('covers every published code', () => {
    expect(new Set(invalid.map(([, c]) => c))).toEqual(new Set(NAME_ERROR_CODES));
  });
  it('counts characters, not UTF-16 units, against the maximum', () => {
    expect(validateName('ñ'.repeat(NAME_MAX_LENGTH)).ok).toBe(true);
  });
});
