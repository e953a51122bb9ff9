/**
 * The rules every one-time code follows (DESIGN.md §3): 6 digits from node:crypto, stored only
 * as a salted hash, single use, only the latest is valid, expiry, a resend cooldown and a limit
 * of wrong attempts. Contact verifications and password resets both build on this.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { SimError } from '../errors.js';
import { newCode } from '../ids.js';
import type { SimConfig } from '../types.js';

export interface CodeTicket {
  /** `salt:hash` of the current code. */
  codeHash: string;
  /** Hashes of codes sent before the current one: recognised only to explain why they fail. */
  previousHashes: string[];
  /** Epoch ms. */
  expiresAt: number;
  resendAvailableAt: number;
  attemptsLeft: number;
  /** When the current code was used; a used ticket never accepts a code again. */
  usedAt?: number;
}

function hashCode(code: string, salt = randomBytes(16).toString('base64url')): string {
  return `${salt}:${createHash('sha256').update(`${salt}:${code}`).digest('base64url')}`;
}

function matches(code: string, stored: string): boolean {
  const [salt = ''] = stored.split(':');
  const a = Buffer.from(hashCode(code, salt));
  const b = Buffer.from(stored);
  return a.length === b.length && timingSafeEqual(a, b);
}

const secondsUntil = (ms: number, now: number) => Math.max(1, Math.ceil((ms - now) / 1000));

/** Issues a fresh code into the ticket (the previous one stops working) and returns it. */
export function issueCode(ticket: Partial<CodeTicket>, config: SimConfig, now = Date.now()) {
  const code = newCode();
  const previous = [...(ticket.previousHashes ?? [])];
  if (ticket.codeHash) previous.push(ticket.codeHash);
  Object.assign(ticket, {
    codeHash: hashCode(code),
    previousHashes: previous.slice(-10),
    expiresAt: now + config.codeTtlSeconds * 1000,
    resendAvailableAt: now + config.resendCooldownSeconds * 1000,
    attemptsLeft: config.maxCodeAttempts,
  } satisfies CodeTicket);
  return code;
}

/** Throws `resend_too_soon` while the cooldown runs. */
export function assertCanResend(ticket: CodeTicket, now = Date.now()): void {
  if (ticket.usedAt !== undefined) {
    throw new SimError(409, 'code_used', 'Este código ya se usó; no hace falta otro.');
  }
  if (now < ticket.resendAvailableAt) {
    throw new SimError(429, 'resend_too_soon', 'Espera un momento antes de pedir otro código.', {
      retryAfter: secondsUntil(ticket.resendAvailableAt, now),
    });
  }
}

export const CODE_FORMAT = /^\d{6}$/;

/**
 * Checks a code against the ticket and updates it (attempts, use). Throws the contract's
 * code errors; the caller persists the ticket whether or not this throws.
 */
export function consumeCode(ticket: CodeTicket, code: string, now = Date.now()): void {
  if (ticket.usedAt !== undefined) {
    throw new SimError(409, 'code_used', 'Este código ya se usó.');
  }
  if (ticket.attemptsLeft <= 0) {
    throw tooManyAttempts(ticket, now);
  }
  if (now >= ticket.expiresAt) {
    throw new SimError(410, 'code_expired', 'El código venció. Pide uno nuevo.');
  }
  if (matches(code, ticket.codeHash)) {
    ticket.usedAt = now;
    return;
  }
  ticket.attemptsLeft -= 1;
  if (ticket.attemptsLeft <= 0) throw tooManyAttempts(ticket, now);
  const superseded = ticket.previousHashes.some((h) => matches(code, h));
  throw new SimError(
    422,
    'code_invalid',
    superseded
      ? 'Ese código ya no es válido: usa el más reciente que te enviamos.'
      : 'El código no es correcto.',
    { fields: { code: 'code_invalid' } },
  );
}

function tooManyAttempts(ticket: CodeTicket, now: number): SimError {
  return new SimError(429, 'too_many_attempts', 'Demasiados intentos. Pide un código nuevo.', {
    retryAfter: secondsUntil(ticket.resendAvailableAt, now),
  });
}
