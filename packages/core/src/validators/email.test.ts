import { describe, expect, it } from 'vitest';
import { EMAIL_ERROR_CODES, validateEmail } from './email.js';

describe('validateEmail', () => {
  it.each([
    ['ana@example.com', 'ana@example.com'],
    ['  Ana.Lopez@Example.COM.MX ', 'Ana.Lopez@example.com.mx'],
    ['ana+tramites@cdmx.gob.mx', 'ana+tramites@cdmx.gob.mx'],
    ["o'brien@example.org", "o'brien@example.org"],
    ['a@b-c.io', 'a@b-c.io'],
    ['ana@correo.méxico.mx', 'ana@correo.xn--mxico-bsa.mx'],
  ])('accepts %j as %j', (input, value) => {
    expect(validateEmail(input)).toEqual({ ok: true, value });
  });

  const long = (n: number) => 'a'.repeat(n);
  const invalid: Array<[string, (typeof EMAIL_ERROR_CODES)[number]]> = [
    ['', 'email_required'],
    ['  ', 'email_required'],
    ['ana', 'email_format'],
    ['@example.com', 'email_format'],
    ['ana@', 'email_format'],
    ['ana lopez@example.com', 'email_format'],
    ['ana@@example.com', 'email_format'],
    ['ána@example.com', 'email_format'],
    ['ana(x)@example.com', 'email_format'],
    [`${long(65)}@example.com`, 'email_local_too_long'],
    ['ana@localhost', 'email_domain'],
    ['ana@example', 'email_domain'],
    ['ana@-example.com', 'email_domain'],
    ['ana@example-.com', 'email_domain'],
    ['ana@example..com', 'email_domain'],
    ['ana@exa_mple.com', 'email_domain'],
    ['ana@127.0.0.1', 'email_domain'],
    [`ana@${long(64)}.com`, 'email_domain'],
    [`${long(64)}@${long(63)}.${long(63)}.${long(63)}.com`, 'email_too_long'],
  ];
  it.each(invalid)('rejects %j with %s', (input, code) => {
    expect(validateEmail(input)).toEqual({ ok: false, code });
  });
  it('covers every published code', () => {
    expect(new Set(invalid.map(([, c]) => c))).toEqual(new Set(EMAIL_ERROR_CODES));
  });
  it('accepts exactly 254 characters', () => {
    const email = `${long(64)}@${long(63)}.${long(63)}.${long(58)}.mx`;
    expect(email).toHaveLength(254);
    expect(validateEmail(email).ok).toBe(true);
  });
});
