/**
 * Email addresses, as pragmatic as the HTML `type=email` check (WHATWG "valid e-mail address")
 * plus what a real mailbox needs: a dot in the domain, RFC 5321 lengths (64 local, 254 total).
 * Internationalised domains are accepted and stored in their ASCII (punycode) form, which is
 * what the browser's own email input submits.
 */
import { fail, ok, type ValidationResult } from './result.js';

export const EMAIL_ERROR_CODES = [
  'email_required',
  'email_too_long',
  'email_local_too_long',
  'email_format',
  'email_domain',
] as const;
export type EmailErrorCode = (typeof EMAIL_ERROR_CODES)[number];

export const EMAIL_MAX_LENGTH = 254;
export const EMAIL_LOCAL_MAX_LENGTH = 64;

const LOCAL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+$/;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

function asciiDomain(domain: string): string | undefined {
  if (/^[\x21-\x7e]+$/.test(domain)) return domain.toLowerCase();
  try {
    // The URL parser applies UTS #46 (IDNA) mapping: the same result the browser submits.
    return new URL(`http://${domain}/`).hostname;
  } catch {
    return undefined;
  }
}

/** Validates an email; the value has its domain lowercased (the local part is kept as typed). */
export function validateEmail(input: string): ValidationResult<string, EmailErrorCode> {
  const email = input.trim();
  if (email === '') return fail('email_required');
  const at = email.lastIndexOf('@');
  if (at <= 0 || at === email.length - 1) return fail('email_format');
  const local = email.slice(0, at);
  if (!LOCAL.test(local)) return fail('email_format');
  if (local.length > EMAIL_LOCAL_MAX_LENGTH) return fail('email_local_too_long');
  const domain = asciiDomain(email.slice(at + 1));
  if (domain === undefined) return fail('email_domain');
  const labels = domain.split('.');
  // A TLD is required (`ana@localhost` is valid HTML but not a mailbox anyone can register).
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l)) || /^\d+$/.test(labels.at(-1)!)) {
    return fail('email_domain');
  }
  const value = `${local}@${domain}`;
  if (value.length > EMAIL_MAX_LENGTH) return fail('email_too_long');
  return ok(value);
}
