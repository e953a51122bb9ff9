/**
 * Context-specific words (NIST SP 800-63B §3.1.1.2): the service's name and the person's own
 * data, which anyone who knows the person tries first.
 */
import { foldForComparison } from './password-blocklist.js';

/** What the caller knows about the person; any field may be missing. */
export interface PasswordContext {
  /** Full name or any of its parts. */
  name?: string;
  curp?: string;
  email?: string;
  /** Anything else specific to the page (the agency's name, a username…). */
  words?: readonly string[];
}

// The service itself: "llavecdmx2024" is the first guess against this site.
const SERVICE_WORDS = ['llave', 'llavecdmx', 'cdmx', 'gobierno'];

/** Folded tokens of 3+ characters, longest first so `llavecdmx` is removed before `llave`. */
export function contextTokens(context: PasswordContext = {}): string[] {
  const raw: string[] = [...SERVICE_WORDS, ...(context.words ?? [])];
  if (context.name) raw.push(...context.name.split(/[\s'’-]+/));
  if (context.curp) {
    const curp = context.curp.trim();
    // The first 10 characters are initials and birth date: personal on their own.
    raw.push(curp, curp.slice(0, 10), curp.slice(0, 4), curp.slice(4, 10));
  }
  if (context.email) {
    const [local = '', domain = ''] = context.email.trim().split('@');
    raw.push(local, ...local.split(/[._+-]+/), domain.split('.')[0] ?? '');
  }
  const tokens = new Set(raw.map(foldForComparison).filter((t) => t.length >= 3));
  return [...tokens].sort((a, b) => b.length - a.length);
}

/**
 * True when, once the person's own words are taken out, fewer than `minRemaining` characters
 * are left: `juanperez1990` for Juan Pérez, but not a long passphrase that happens to contain
 * a name.
 */
export function isMostlyContext(
  password: string,
  context: PasswordContext,
  minRemaining: number,
): boolean {
  let rest = foldForComparison(password);
  const before = rest.length;
  for (const token of contextTokens(context)) rest = rest.split(token).join('');
  if (rest.length === before) return false;
  return rest.replace(/[^\p{L}\p{N}]/gu, '').length < minRemaining;
}

/** What a form or an account knows about the person, in the API's field names. */
export interface PersonFacts {
  nombre?: string;
  primerApellido?: string;
  segundoApellido?: string;
  curp?: string;
  /** An email address, or whatever the person typed as their contact (a phone is fine). */
  email?: string;
  mobile?: string;
}

/**
 * The one rule for which of a person's facts a password must not be made of, so the wizard,
 * the password reset and the server refuse the same passwords: every name part, the CURP, the
 * email, and the mobile's digits (a contact typed as a phone is not an email).
 */
export function passwordContextFor(p: PersonFacts): PasswordContext {
  const name = [p.nombre, p.primerApellido, p.segundoApellido]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ');
  const contact = p.email?.trim() ?? '';
  const digits = [p.mobile, contact.includes('@') ? '' : contact]
    .map((v) => (v ?? '').replace(/\D/g, '').slice(-10))
    .filter((v) => v.length >= 7);
  return {
    ...(name ? { name } : {}),
    ...(p.curp?.trim() ? { curp: p.curp.trim().toUpperCase() } : {}),
    ...(contact.includes('@') ? { email: contact } : {}),
    ...(digits.length ? { words: digits } : {}),
  };
}
