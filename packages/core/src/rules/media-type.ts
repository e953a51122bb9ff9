/**
 * What an uploaded file really is, by its first bytes (DESIGN.md §3): the name and the declared
 * type are chosen by the sender and prove nothing. The browser pre-checks with this to spare a
 * slow upload; the simulator (and any real API) decides with the same table.
 */
import type { UploadMediaType } from '../contract.js';

export const MEDIA_SIGNATURES: ReadonlyArray<readonly [UploadMediaType, readonly number[]]> = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
];

/** How many leading bytes `sniffMediaType` needs to see. */
export const SNIFF_BYTES = Math.max(...MEDIA_SIGNATURES.map(([, sig]) => sig.length));

/** The media type the bytes say, or undefined when they match none we accept. */
export function sniffMediaType(head: Uint8Array): UploadMediaType | undefined {
  for (const [type, sig] of MEDIA_SIGNATURES) {
    if (head.length >= sig.length && sig.every((b, i) => head[i] === b)) return type;
  }
  return undefined;
}
