/**
 * Person names (nombre, apellidos): letters of any script with their accents (á, ñ, ü…),
 * spaces, apostrophes and hyphens (D'Angelo, Pérez-Gómez). Foreigners register too, so
 * letters are not limited to Spanish ones.
 */
import { fail, ok, type ValidationResult } from './result.js';

export const NAME_ERROR_CODES = ['name_required', 'name_too_long', 'name_chars'] as const;
export type NameErrorCode = (typeof NAME_ERROR_CODES)[number];
export const NAME_MAX_LENGTH = 60;

// Words of letters (with combining marks) joined by one space, apostrophe or hyphen.
const NAME = /^[\p{L}\p{M}]+(?:(?:[ '’-]|'\s|’\s)[\p{L}\p{M}]+)*$/u;

/** NFC so "é" typed as e + combining accent compares equal; spaces collapsed; ’ kept. */
export function normalizeName(input: string): string {
  return input.normalize('NFC').trim().replace(/\s+/g, ' ');
}

export function validateName(input: string): ValidationResult<string, NameErrorCode> {
  const name = normalizeName(input);
  if (name === '') return fail('name_required');
  if ([...name].length > NAME_MAX_LENGTH) return fail('name_too_long');
  if (!NAME.test(name)) return fail('name_chars');
  return ok(name);
}
