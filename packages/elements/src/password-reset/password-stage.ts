/**
 * The password step of the reset, loaded only when the citizen gets there (or starts typing
 * the first form): the strength estimate and the breached-password list are most of its weight,
 * and most visits end at the first step (DESIGN.md §6: each component alone ≤ 30 KB).
 */
import { passwordContextFor, validatePassword } from '@llave-cdmx/core';

export { newPasswordFields, strengthSentence } from '../internal/form/new-password.js';

/** The reset's rule: NIST SP 800-63B through core, with the person's CURP and contact. */
export function checkNewPassword(password: string, curp: string, contact: string) {
  return validatePassword(password, passwordContextFor({ curp, email: contact }));
}

export const contextFor = (curp: string, contact: string) =>
  passwordContextFor({ curp, email: contact });
