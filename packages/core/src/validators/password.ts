/**
 * Password rules after NIST SP 800-63B §3.1.1.2 (rev. 4): length is what counts, not
 * composition rules. At least 8 characters (15 recommended), up to a generous maximum that is
 * refused, never truncated; every printable Unicode character and spaces are allowed; control
 * characters are refused because they cannot be typed the same way twice; common, breached and
 * context-specific passwords are refused. The value is returned exactly as typed: NFKC folding
 * is used only to compare against the lists (the server hashes what the person typed).
 *
 * The same function runs in the browser (instant feedback) and in the simulator (the rule).
 */
import { isCommonPassword } from './password-blocklist.js';
import { isMostlyContext, type PasswordContext } from './password-context.js';
import { fail, ok, type ValidationResult } from './result.js';

export type { PasswordContext } from './password-context.js';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_RECOMMENDED_LENGTH = 15;
export const PASSWORD_MAX_LENGTH = 128;

export const PASSWORD_ERROR_CODES = [
  'password_required',
  'password_too_short',
  'password_too_long',
  'password_control_chars',
  'password_common',
  'password_context',
] as const;
export type PasswordErrorCode = (typeof PASSWORD_ERROR_CODES)[number];

/** Counts code points, as NIST asks ("each Unicode code point counted as a single character"). */
export function passwordLength(password: string): number {
  return [...password].length;
}

// C0/C1 controls (tabs, newlines included) and lone surrogates (with the `u` flag \p{Cs} only
// matches unpaired halves), which no keyboard produces and no two devices encode alike.
const CONTROL = /[\p{Cc}\p{Cs}]/u;

export function validatePassword(
  password: string,
  context: PasswordContext = {},
): ValidationResult<string, PasswordErrorCode> {
  if (password === '') return fail('password_required');
  if (CONTROL.test(password)) return fail('password_control_chars');
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return fail('password_too_short');
  if (length > PASSWORD_MAX_LENGTH) return fail('password_too_long');
  // One character repeated (`aaaaaaaa`, eight spaces) heads every breach list.
  if (new Set(password.normalize('NFKC').toLowerCase()).size === 1) return fail('password_common');
  if (isCommonPassword(password)) return fail('password_common');
  if (isMostlyContext(password, context, PASSWORD_MIN_LENGTH)) return fail('password_context');
  return ok(password);
}
