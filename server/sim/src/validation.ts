/**
 * Field checks the simulator applies to requests: the validators of `@llave-cdmx/core`, so a
 * 422 from the simulator carries the same codes as a check in the browser. These wrappers only
 * add what a server needs on top: tolerance of non-string JSON values and canonical keys.
 */
import {
  type CurpData,
  type PasswordContext,
  parseCurp,
  validateEmail,
  validateFolio,
  validateMobile,
  validatePassword,
} from '@llave-cdmx/core';

export type Check<T> = { ok: true; value: T } | { ok: false; code: string };

export type CurpFacts = CurpData;

/** Valid CURP → what it says about its holder (sex, birth date, state of birth). */
export function checkCurp(input: unknown): Check<CurpFacts> {
  return parseCurp(typeof input === 'string' ? input : '');
}

/** A real calendar date `YYYY-MM-DD` (rejects 2023-02-30): core's one rule. */
export { isIsoDate } from '@llave-cdmx/core';

/**
 * The whole address lowercased: the simulator uses it as an identity key (sign-in, "already
 * registered"), and no real mailbox provider distinguishes case in the local part.
 */
export function checkEmail(input: unknown): Check<string> {
  const result = validateEmail(typeof input === 'string' ? input : '');
  return result.ok ? { ok: true, value: result.value.toLowerCase() } : result;
}

/** E.164 `+52XXXXXXXXXX`. */
export function checkMobile(input: unknown): Check<string> {
  return validateMobile(typeof input === 'string' ? input : '');
}

/** NIST SP 800-63B rules from core: length, blocklist, the person's own data. */
export function checkPassword(input: unknown, context: PasswordContext = {}): Check<string> {
  return validatePassword(typeof input === 'string' ? input : '', context);
}

/** A folio or línea de captura, normalised (spaces and dashes dropped, uppercased). */
export function checkFolio(input: unknown): Check<string> {
  return validateFolio(typeof input === 'string' ? input : '');
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
