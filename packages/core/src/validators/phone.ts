/**
 * Mexican mobile numbers. Since the 2019 numbering plan every number is 10 digits (the national
 * significant number, area code first, never starting with 0 or 1); `044`/`045`/`1` mobile
 * prefixes are gone, but people still type `+52 1`, so those prefixes are stripped.
 */
import { fail, ok, type ValidationResult } from './result.js';

export const PHONE_ERROR_CODES = [
  'phone_required',
  'phone_chars',
  'phone_length',
  'phone_format',
] as const;
export type PhoneErrorCode = (typeof PHONE_ERROR_CODES)[number];

// What people type around digits: spaces (including no-break), dashes, dots, parentheses.
const SEPARATORS = /[\s\u00a0\-–.()]/g;

/** The 10-digit national number, or undefined when the input has other characters. */
function nationalDigits(input: string): string | undefined {
  let s = input.replace(SEPARATORS, '');
  const plus = s.startsWith('+');
  if (plus) s = s.slice(1);
  if (!/^\d*$/.test(s)) return undefined;
  // Without `+`, a leading 52 is a country code only when the number is longer than 10 digits:
  // a 10-digit number may legitimately start with 52.
  if (plus || s.length > 10) {
    if (s.startsWith('521') && s.length === 13) return s.slice(3);
    if (s.startsWith('52')) return s.slice(2);
    if (plus) return `+${s}`; // another country: let the length check refuse it
  }
  return s;
}

/** Validates a Mexican mobile; the value is E.164 `+52XXXXXXXXXX`. */
export function validateMobile(input: string): ValidationResult<string, PhoneErrorCode> {
  if (input.trim() === '') return fail('phone_required');
  const digits = nationalDigits(input);
  if (digits === undefined) return fail('phone_chars');
  if (!/^\d{10}$/.test(digits)) return fail('phone_length');
  if (/^[01]/.test(digits)) return fail('phone_format');
  return ok(`+52${digits}`);
}

// Area codes with two digits (Mexico City, Guadalajara, Monterrey); all others have three.
const TWO_DIGIT_AREAS = new Set(['55', '56', '33', '81']);

/**
 * Formats a stored or typed number for display: `55 1234 5678`, `222 123 4567`.
 * Returns the input unchanged when it is not a valid number.
 */
export function formatMobile(input: string): string {
  const result = validateMobile(input);
  if (!result.ok) return input;
  const d = result.value.slice(3);
  return TWO_DIGIT_AREAS.has(d.slice(0, 2))
    ? `${d.slice(0, 2)} ${d.slice(2, 6)} ${d.slice(6)}`
    : `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
}
