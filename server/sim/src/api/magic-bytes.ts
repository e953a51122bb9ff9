/**
 * What a file really is, by its first bytes (DESIGN.md §3): the name and the declared type are
 * chosen by the sender and prove nothing.
 */
import type { UploadMediaType } from '@llave-cdmx/core';

const SIGNATURES: Array<[UploadMediaType, number[]]> = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
];

export function sniffMediaType(bytes: Uint8Array): UploadMediaType | undefined {
  for (const [type, signature] of SIGNATURES) {
    if (bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b)) return type;
  }
  return undefined;
}
