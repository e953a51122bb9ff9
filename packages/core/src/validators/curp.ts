/**
 * CURP (Clave Única de Registro de Población) checks, in the order a person can fix them:
 * length, shape, birth date, state, check digit, then RENAPO's forbidden-word rule.
 * Facts: DESIGN.md §4 and RENAPO's "Instructivo normativo para la asignación de la CURP".
 */

import type { EstadoCurp, Sexo } from '../contract.js';
import { isCurpForbiddenWord } from './curp-forbidden-words.js';
import { CURP_STATE_CODES } from './curp-states.js';
import { isoDate } from './date.js';
import { fail, ok, type ValidationResult } from './result.js';

export const CURP_ERROR_CODES = [
  'curp_required',
  'curp_length',
  'curp_format',
  'curp_date',
  'curp_state',
  'curp_check_digit',
  'curp_forbidden_word',
] as const;
export type CurpErrorCode = (typeof CURP_ERROR_CODES)[number];

/** What a CURP says about its holder, to prefill a form. */
export interface CurpData {
  curp: string;
  sexo: Sexo;
  /** ISO `YYYY-MM-DD`. */
  fechaNacimiento: string;
  estadoNacimiento: EstadoCurp;
}

export const CURP_LENGTH = 18;

// The state group is checked separately so a wrong state gets its own message.
const SHAPE =
  /^[A-Z][AEIOUX][A-Z]{2}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[HMX][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z]\d$/;

// Ñ sits between N and O: RENAPO's check-digit alphabet, not plain ASCII order.
const CHECK_ALPHABET = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';

/** Trims and uppercases; inner spaces are kept so the length check reports them. */
export function normalizeCurp(input: string): string {
  return input.trim().toUpperCase();
}

/** The check digit (position 18) RENAPO computes for the first 17 characters. */
export function curpCheckDigit(first17: string): number {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CHECK_ALPHABET.indexOf(first17.charAt(i));
    // An unknown character cannot produce a valid digit; -1 makes the sum wrong on purpose.
    sum += value * (18 - i);
  }
  return (10 - (sum % 10)) % 10;
}

function birthDate(curp: string): string | undefined {
  // Position 17 (the homoclave's first char) is a digit for people born before 2000.
  const century = /\d/.test(curp.charAt(16)) ? 1900 : 2000;
  const year = century + Number(curp.slice(4, 6));
  const month = Number(curp.slice(6, 8));
  const day = Number(curp.slice(8, 10));
  return isoDate(year, month, day);
}

/** Validates a CURP and reads sex, birth date and state of birth from it. */
export function parseCurp(input: string): ValidationResult<CurpData, CurpErrorCode> {
  const curp = normalizeCurp(input);
  if (curp === '') return fail('curp_required');
  if (curp.length !== CURP_LENGTH) return fail('curp_length');
  if (!SHAPE.test(curp)) return fail('curp_format');
  const fechaNacimiento = birthDate(curp);
  if (!fechaNacimiento) return fail('curp_date');
  const estado = curp.slice(11, 13);
  if (!CURP_STATE_CODES.has(estado)) return fail('curp_state');
  if (curpCheckDigit(curp) !== Number(curp.charAt(17))) return fail('curp_check_digit');
  // RENAPO never issues these: it replaces the second letter with X (BUEY → BXEY).
  if (isCurpForbiddenWord(curp.slice(0, 4))) return fail('curp_forbidden_word');
  return ok({ curp, sexo: curp.charAt(10) as Sexo, fechaNacimiento, estadoNacimiento: estado });
}

/** Validates a CURP; the value is the normalised CURP. */
export function validateCurp(input: string): ValidationResult<string, CurpErrorCode> {
  const result = parseCurp(input);
  return result.ok ? ok(result.value.curp) : result;
}
