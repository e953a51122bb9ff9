/**
 * Folios and líneas de captura: treated as opaque 20-character `[A-Z0-9]` references
 * (DESIGN.md §3), because agencies do not publish their inner structure.
 */
import { fail, ok, type ValidationResult } from './result.js';

export const FOLIO_ERROR_CODES = ['folio_required', 'folio_length', 'folio_format'] as const;
export type FolioErrorCode = (typeof FOLIO_ERROR_CODES)[number];
export const FOLIO_LENGTH = 20;

/** Uppercases and drops the spaces and dashes people copy from receipts. */
export function normalizeFolio(input: string): string {
  return input.replace(/[\s\u00a0\-–]/g, '').toUpperCase();
}

export function validateFolio(input: string): ValidationResult<string, FolioErrorCode> {
  const folio = normalizeFolio(input);
  if (folio === '') return fail('folio_required');
  // Characters first: "this has a symbol" helps more than "wrong length" for a pasted value.
  if (!/^[A-Z0-9]*$/.test(folio)) return fail('folio_format');
  if (folio.length !== FOLIO_LENGTH) return fail('folio_length');
  return ok(folio);
}
