import type { UploadMediaType } from '@llave-cdmx/core';

/**
 * Client-side pre-check of an upload: what the file IS by its first bytes (a renamed `.exe` is
 * not a PDF), and whether it fits the limit the server announced. The server checks again; this
 * only spares the citizen a slow upload that would be refused (DESIGN.md §3).
 */
export type FileCheckCode = 'file_empty' | 'file_too_large' | 'file_type';
export type FileCheck =
  | { ok: true; mediaType: UploadMediaType }
  | { ok: false; code: FileCheckCode };

const SIGNATURES: ReadonlyArray<readonly [UploadMediaType, readonly number[]]> = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
];

/** The media type the bytes say, or undefined when they match none we accept. */
export function sniffMediaType(head: Uint8Array): UploadMediaType | undefined {
  for (const [type, sig] of SIGNATURES) {
    if (head.length >= sig.length && sig.every((b, i) => head[i] === b)) return type;
  }
  return undefined;
}

export async function checkFile(
  file: Blob,
  maxBytes: number,
  accepted: readonly UploadMediaType[],
): Promise<FileCheck> {
  if (file.size === 0) return { ok: false, code: 'file_empty' };
  // Size first: reading is cheap, but "too large" is the more useful message for a 40 MB photo.
  if (file.size > maxBytes) return { ok: false, code: 'file_too_large' };
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  const mediaType = sniffMediaType(head);
  if (!mediaType || !accepted.includes(mediaType)) return { ok: false, code: 'file_type' };
  return { ok: true, mediaType };
}

export { formatBytes } from '../internal/documents-format.js';
