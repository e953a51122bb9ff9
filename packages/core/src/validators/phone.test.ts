import { describe, expect, it } from 'vitest';
import { formatMobile, PHONE_ERROR_CODES, validateMobile } from './phone.js';

describe('validateMobile', () => {
  it.each([
    '5512345678',
    '55 1234 5678',
    '55-1234-5678',
    '55.1234.5678',
    '(55) 1234-5678',
    '+52 55 1234 5678',
    '+525512345678',
    '525512345678',
    '+52 1 55 1234 5678',
    '+5215512345678',
    '5215512345678',
    ' 55\u00a01234\u00a05678 ',
  ])('stores %j as +525512345678', (input) => {
    expect(validateMobile(input)).toEqual({ ok: true, value: '+525512345678' });
  });

  it('keeps a 10-digit number that starts with 52 (it is not a country code)', () => {
    expect(validateMobile('5212345678')).toEqual({ ok: true, value: '+525212345678' });
  });

  const invalid: Array<[string, (typeof PHONE_ERROR_CODES)[number]]> = [
    ['', 'phone_required'],
    ['   ', 'phone_required'],
    ['55 1234 567a', 'phone_chars'],
    ['55/1234/5678', 'phone_chars'],
    ['++5255123456', 'phone_chars'],
    ['55 1234 567', 'phone_length'],
    ['55 1234 56789', 'phone_length'],
    ['+1 555 123 4567', 'phone_length'],
    ['+52 55 1234 567', 'phone_length'],
    ['0512345678', 'phone_format'],
    ['1512345678', 'phone_format'],
  ];
  it.each(invalid)('rejects %j with %s', (input, code) => {
    expect(validateMobile(input)).toEqual({ ok: false, code });
  });

  it('covers every published code', () => {
    expect(new Set(invalid.map(([, c]) => c))).toEqual(new Set(PHONE_ERROR_CODES));
  });
});

describe('formatMobile', () => {
  it('groups two-digit area codes as 2-4-4 and the rest as 3-3-4', () => {
    expect(formatMobile('+525512345678')).toBe('55 1234 5678');
    expect(formatMobile('3312345678')).toBe('33 1234 5678');
    expect(formatMobile('+522221234567')).toBe('222 123 4567');
  });
  it('returns what it cannot format unchanged', () => {
    expect(formatMobile('123')).toBe('123');
  });
});
