import { describe, expect, it } from 'vitest';
import {
  CURP_ERROR_CODES,
  curpCheckDigit,
  normalizeCurp,
  parseCurp,
  validateCurp,
} from './curp.js';
import { CURP_FORBIDDEN_WORDS } from './curp-forbidden-words.js';
import { CURP_STATES } from './curp-states.js';

/** Appends the correct check digit, so a test isolates the one rule it is about. */
const withDigit = (first17: string) => `${first17}${curpCheckDigit(first17)}`;

describe('parseCurp', () => {
  it.each([
    ['PEGJ900115HDFRRN03', { sexo: 'H', fechaNacimiento: '1990-01-15', estadoNacimiento: 'DF' }],
    ['MAHA020730MJCRRNA7', { sexo: 'M', fechaNacimiento: '2002-07-30', estadoNacimiento: 'JC' }],
    ['SIXT950620HNEMXH03', { sexo: 'H', fechaNacimiento: '1995-06-20', estadoNacimiento: 'NE' }],
    ['RISA010214XDFVTLB7', { sexo: 'X', fechaNacimiento: '2001-02-14', estadoNacimiento: 'DF' }],
  ])('accepts %s and reads the prefill data from it', (curp, data) => {
    expect(parseCurp(curp)).toEqual({ ok: true, value: { curp, ...data } });
  });

  it('trims and uppercases before checking', () => {
    expect(validateCurp('  pegj900115hdfrrn03 \n')).toEqual({
      ok: true,
      value: 'PEGJ900115HDFRRN03',
    });
    expect(normalizeCurp(' maha020730mjcrrna7 ')).toBe('MAHA020730MJCRRNA7');
  });

  it('reads a digit at position 17 as born in the 1900s and a letter as the 2000s', () => {
    const r1900 = parseCurp(withDigit('PEGJ050115HDFRRN0'));
    const r2000 = parseCurp(withDigit('PEGJ050115HDFRRNA'));
    expect(r1900.ok && r1900.value.fechaNacimiento).toBe('1905-01-15');
    expect(r2000.ok && r2000.value.fechaNacimiento).toBe('2005-01-15');
  });

  it('accepts 29 February in a leap year only', () => {
    expect(parseCurp(withDigit('PEGJ000229HDFRRNA')).ok).toBe(true); // 2000 is a leap year
    expect(parseCurp(withDigit('PEGJ960229HDFRRN0')).ok).toBe(true);
    expect(parseCurp(withDigit('PEGJ010229HDFRRNA'))).toEqual({ ok: false, code: 'curp_date' });
    expect(parseCurp(withDigit('PEGJ000229HDFRRN0'))).toEqual({ ok: false, code: 'curp_date' }); // 1900 is not
  });

  const invalid: Array<[string, (typeof CURP_ERROR_CODES)[number]]> = [
    ['', 'curp_required'],
    ['   ', 'curp_required'],
    ['PEGJ900115HDFRRN0', 'curp_length'],
    ['PEGJ900115HDFRRN033', 'curp_length'],
    ['PEGJ 900115HDFRRN03', 'curp_length'],
    ['PEGJ-900115-HDFRRN03', 'curp_length'],
    ['1EGJ900115HDFRRN03', 'curp_format'], // first char must be a letter
    ['PBGJ900115HDFRRN03', 'curp_format'], // second must be a vowel or X
    ['PEGJ9A0115HDFRRN03', 'curp_format'],
    ['PEGJ901315HDFRRN03', 'curp_format'], // month 13
    ['PEGJ900015HDFRRN03', 'curp_format'], // month 00
    ['PEGJ900132HDFRRN03', 'curp_format'], // day 32
    ['PEGJ900100HDFRRN03', 'curp_format'], // day 00
    ['PEGJ900115ZDFRRN03', 'curp_format'], // sex must be H, M or X
    ['PEGJ900115HDFARN03', 'curp_format'], // internal consonants cannot be vowels
    ['PEGJ900115HDFRRN0A', 'curp_format'], // check digit must be a digit
    ['PEGJ900115HDFRRN_3', 'curp_format'],
    ['PEGJ900115HD1RRN03', 'curp_format'],
    ['PEGJ900230HDFRRN07', 'curp_date'], // 30 February
    ['PEGJ900431HDFRRN03', 'curp_date'], // 31 April
    ['PEGJ900115HZZRRN06', 'curp_state'],
    ['PEGJ900115HXXRRN03', 'curp_state'],
    ['PEGJ900115HDFRRN04', 'curp_check_digit'],
    ['MAHA020730MJCRRNA1', 'curp_check_digit'],
    ['RISA010214XDFVTLB0', 'curp_check_digit'],
    ['BUEY900115HDFRRN06', 'curp_forbidden_word'],
  ];
  it.each(invalid)('rejects %j with %s', (input, code) => {
    expect(parseCurp(input)).toEqual({ ok: false, code });
    expect(validateCurp(input)).toEqual({ ok: false, code });
  });

  it('uses every published error code in the checks above', () => {
    // Guards the i18n table: a code added here must get a message (see common.test.ts).
    expect(new Set(invalid.map(([, code]) => code))).toEqual(new Set(CURP_ERROR_CODES));
  });

  it('rejects a CURP that spells any forbidden word, and accepts the X replacement RENAPO issues', () => {
    for (const word of CURP_FORBIDDEN_WORDS) {
      const spelled = withDigit(`${word}900115HDFRRN0`);
      // Some words have a consonant second letter and fail the shape first; both are refusals.
      const result = parseCurp(spelled);
      expect(result.ok, spelled).toBe(false);
      if (/^[A-Z][AEIOUX]/.test(word))
        expect(result).toEqual({ ok: false, code: 'curp_forbidden_word' });
      const replaced = withDigit(`${word[0]}X${word.slice(2)}900115HDFRRN0`);
      expect(parseCurp(replaced).ok, replaced).toBe(true);
    }
  });

  it('knows the official list, including the classic examples', () => {
    for (const w of [
      'BACA',
      'BUEY',
      'CACA',
      'COJO',
      'CULO',
      'FETO',
      'GUEY',
      'JOTO',
      'KULO',
      'LOCA',
    ]) {
      expect(CURP_FORBIDDEN_WORDS.has(w)).toBe(true);
    }
    expect(CURP_FORBIDDEN_WORDS.has('PEGJ')).toBe(false);
    expect(CURP_FORBIDDEN_WORDS.size).toBeGreaterThanOrEqual(80);
  });

  it('accepts every state code including NE (born abroad)', () => {
    for (const code of Object.keys(CURP_STATES)) {
      expect(parseCurp(withDigit(`PEGJ900115H${code}RRN0`)).ok, code).toBe(true);
    }
    expect(Object.keys(CURP_STATES)).toHaveLength(33);
  });
});

describe('curpCheckDigit', () => {
  it('weights Ñ between N and O as RENAPO does', () => {
    // Same CURP with N vs Ñ in a position the check digit covers: the digits must differ by one
    // step of that position's weight, proving Ñ has its own value.
    const n = curpCheckDigit('PEGJ900115HDFRRN0');
    expect(n).toBe(3);
    expect(curpCheckDigit('PEGJ900115HDFRRÑ0')).not.toBe(n);
  });
});
