/**
 * Field validators shared by the components (instant feedback) and the simulator (the rule).
 * Each returns `{ ok: true, value }` with the normalised value or `{ ok: false, code }` with a
 * code translated as `common:errors.<code>`.
 */
import { CURP_ERROR_CODES } from './curp.js';
import { EMAIL_ERROR_CODES } from './email.js';
import { FOLIO_ERROR_CODES } from './folio.js';
import { NAME_ERROR_CODES } from './name.js';
import { PASSWORD_ERROR_CODES } from './password.js';
import { PHONE_ERROR_CODES } from './phone.js';
import { POSTAL_CODE_ERROR_CODES } from './postal-code.js';

export * from './curp.js';
export * from './curp-forbidden-words.js';
export * from './curp-states.js';
export * from './date.js';
export * from './email.js';
export * from './folio.js';
export * from './name.js';
export * from './password.js';
export * from './password-blocklist.js';
export * from './password-context.js';
export * from './password-strength.js';
export * from './phone.js';
export * from './postal-code.js';
export * from './result.js';

/** Every code a validator can return: the i18n tests check each has a message. */
export const VALIDATION_ERROR_CODES = [
  ...CURP_ERROR_CODES,
  ...PHONE_ERROR_CODES,
  ...EMAIL_ERROR_CODES,
  ...PASSWORD_ERROR_CODES,
  ...FOLIO_ERROR_CODES,
  ...POSTAL_CODE_ERROR_CODES,
  ...NAME_ERROR_CODES,
] as const;
export type ValidationErrorCode = (typeof VALIDATION_ERROR_CODES)[number];
