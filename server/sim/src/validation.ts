/**
 * Field checks the simulator applies to requests. They mirror the validators of
 * `@llave-cdmx/core` (same result shape, same error codes) so a 422 from the simulator reads
 * like a check in the browser. TODO(core validators): delegate here once core exports them.
 */
import type { Sexo } from '@llave-cdmx/core';

export type Check<T> = { ok: true; value: T } | { ok: false; code: string };
const ok = <T>(value: T): Check<T> => ({ ok: true, value });
const fail = <T>(code: string): Check<T> => ({ ok: false, code });

const CURP_SHAPE =
  /^[A-Z][AEIOUX][A-Z]{2}\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[HMX](AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE)[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z]\d$/;
// Ñ sits between N and O in RENAPO's check-digit alphabet.
const CHECK_ALPHABET = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';

export interface CurpFacts {
  curp: string;
  sexo: Sexo;
  fechaNacimiento: string;
  estadoNacimiento: string;
}

export function curpCheckDigit(first17: string): number {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHECK_ALPHABET.indexOf(first17.charAt(i)) * (18 - i);
  return (10 - (sum % 10)) % 10;
}

/** Valid CURP → what it says about its holder (sex, birth date, state of birth). */
export function checkCurp(input: unknown): Check<CurpFacts> {
  if (typeof input !== 'string' || input.trim() === '') return fail('curp_required');
  const curp = input.trim().toUpperCase();
  if (curp.length !== 18) return fail('curp_length');
  if (!CURP_SHAPE.test(curp)) return fail('curp_format');
  // Position 17 is a digit for people born in the 1900s, a letter for the 2000s.
  const century = /\d/.test(curp.charAt(16)) ? 1900 : 2000;
  const date = `${century + Number(curp.slice(4, 6))}-${curp.slice(6, 8)}-${curp.slice(8, 10)}`;
  if (!isIsoDate(date)) return fail('curp_date');
  if (curpCheckDigit(curp) !== Number(curp.charAt(17))) return fail('curp_check_digit');
  return ok({
    curp,
    sexo: curp.charAt(10) as Sexo,
    fechaNacimiento: date,
    estadoNacimiento: curp.slice(11, 13),
  });
}

/** A real calendar date `YYYY-MM-DD` (rejects 2023-02-30). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

export function checkEmail(input: unknown): Check<string> {
  if (typeof input !== 'string' || input.trim() === '') return fail('email_required');
  const email = input.trim().toLowerCase();
  if (email.length > 254 || !EMAIL.test(email)) return fail('email_format');
  return ok(email);
}

/** 10 national digits after stripping spaces, dashes, dots, parentheses and +52/52/+521. */
export function checkMobile(input: unknown): Check<string> {
  if (typeof input !== 'string' || input.trim() === '') return fail('phone_required');
  let digits = input.replace(/[\s\-.()]/g, '');
  if (!/^\+?\d+$/.test(digits)) return fail('phone_format');
  digits = digits.replace(/^\+/, '');
  if (digits.length === 13 && digits.startsWith('521')) digits = digits.slice(3);
  else if (digits.length === 12 && digits.startsWith('52')) digits = digits.slice(2);
  if (digits.length !== 10) return fail('phone_length');
  return ok(`+52${digits}`);
}

/**
 * NIST SP 800-63B: length is what counts; every printable character and spaces, no
 * composition rules, no truncation.
 */
export function checkPassword(input: unknown): Check<string> {
  if (typeof input !== 'string' || input === '') return fail('password_required');
  if ([...input].length < 8) return fail('password_too_short');
  if ([...input].length > 256) return fail('password_too_long');
  return ok(input);
}

/** Email if it has an @, mobile otherwise, CURP when it looks like one. */
export function classifyLogin(
  input: string,
): { kind: 'curp' | 'email' | 'mobile'; value: string } | undefined {
  const curp = checkCurp(input);
  if (curp.ok) return { kind: 'curp', value: curp.value.curp };
  if (input.includes('@')) {
    const email = checkEmail(input);
    return email.ok ? { kind: 'email', value: email.value } : undefined;
  }
  const mobile = checkMobile(input);
  return mobile.ok ? { kind: 'mobile', value: mobile.value } : undefined;
}

/** `d***@example.com`: enough to recognise your own address, not to learn someone else's. */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.charAt(0)}***@${domain}`;
}

/** `******1234` */
export function maskMobile(mobile: string): string {
  return `******${mobile.slice(-4)}`;
}
