import { describe, expect, it } from 'vitest';
import { validatePostalCode } from './postal-code.js';

describe('validatePostalCode', () => {
  it.each([
    ['06700', '06700'],
    [' 01000 ', '01000'],
    ['99998', '99998'],
    ['06 700', '06700'],
  ])('accepts %j as %s', (input, value) => {
    expect(validatePostalCode(input)).toEqual({ ok: true, value });
  });
  it.each([
    ['', 'postal_code_required'],
    ['6700', 'postal_code_format'],
    ['067000', 'postal_code_format'],
    ['0670A', 'postal_code_format'],
    ['00123', 'postal_code_format'],
    ['06-700', 'postal_code_format'],
  ])('rejects %j with %s', (input, code) => {
    expect(validatePostalCode(input)).toEqual({ ok: false, code });
  });
});
