/** Unguessable identifiers from node:crypto. */
import { randomBytes, randomInt } from 'node:crypto';

/** 128 bits, base64url: ids that are also capabilities (verifications, resets, shares). */
export function newId(bytes = 16): string {
  return randomBytes(bytes).toString('base64url');
}

/** A 6-digit code, uniformly distributed (randomInt avoids modulo bias). */
export function newCode(): string {
  return randomInt(0, 1_000_000).toString().padStart(6, '0');
}
