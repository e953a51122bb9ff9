/**
 * Mexican postal codes: five digits. The first two identify the state (01–16 are Mexico City),
 * and no state uses 00, so `00xxx` is refused before a catalog lookup is wasted on it.
 */
import { fail, ok, type ValidationResult } from './result.js';

export const POSTAL_CODE_ERROR_CODES = ['postal_code_required', 'postal_code_format'] as const;
export type PostalCodeErrorCode = (typeof POSTAL_CODE_ERROR_CODES)[number];

export function validatePostalCode(input: string): ValidationResult<string, PostalCodeErrorCode> {
  const cp = input.replace(/\s/g, '');
  if (cp === '') return fail('postal_code_required');
  if (!/^\d{5}$/.test(cp) || cp.startsWith('00')) return fail('postal_code_format');
  return ok(cp);
}
