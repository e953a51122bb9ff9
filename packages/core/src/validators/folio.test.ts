import { describe, expect, it } from 'vitest';
import { FOLIO_ERROR_CODES, normalizeFolio, validateFolio } from './folio.js';

describe('validateFolio', () => {
  it.each([
    'AB12CD34EF56GH78IJ90',
    'ab12cd34ef56gh78ij90',
    'AB12 CD34 EF56 GH78 IJ90',
    'AB12-CD34-EF56-GH78-IJ90',
    ' 12345678901234567890 ',
  ])('accepts %j', (input) => {
    const result = validateFolio(input);
    expect(result.ok).toBe(true);
    expect(result.ok && result.value).toBe(normalizeFolio(input));
    expect(result.ok && result.value).toMatch(/^[A-Z0-9]{20}$/);
  });

  const invalid: Array<[string, (typeof FOLIO_ERROR_CODES)[number]]> = [
    ['', 'folio_required'],
    [' - ', 'folio_required'],
    ['AB12CD34EF56GH78IJ9', 'folio_length'],
    ['AB12CD34EF56GH78IJ901', 'folio_length'],
    ['AB12CD34EF56GH78IJ9_', 'folio_format'],
    ['AB12CD34EF56GH78IJ9Ñ', 'folio_format'],
    ['AB12/CD34', 'folio_format'],
  ];
  it.each(invalid)('rejects %j with %s', (input, code) => {
    expect(validateFolio(input)).toEqual({ ok: false, code });
  });
  it('covers every published code', () => {
    expect(new Set(invalid.map(([, c]) => c))).toEqual(new Set(FOLIO_ERROR_CODES));
  });
});
