import { SNIFF_BYTES, sniffMediaType, type UploadMediaType } from '@llave-cdmx/core';

/**
 * Client-side pre-check of an upload: what the file IS by its first bytes (core's table, the
 * one the server decides with: a renamed `.exe` is not a PDF), and whether it fits the limit the
 * server announced. The server checks again; this only spares the citizen a slow upload that
 * would be refused (DESIGN.md §3).
 */
export type FileCheckCode = 'file_empty' | 'file_too_large' | 'file_type';
export type FileCheck =
  | { ok: true; mediaType: UploadMediaType }
  | { ok: false; code: FileCheckCode };

export async function checkFile(
  file: Blob,
  maxBytes: number,
  accepted: readonly UploadMediaType[],
): Promise<FileCheck> {
  if (file.size === 0) return { ok: false, code: 'file_empty' };
  // Size first: reading is cheap, but "too large" is the more useful message for a 40 MB photo.
  if (file.size > maxBytes) return { ok: false, code: 'file_too_large' };
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  const mediaType = sniffMediaType(head);
  if (!mediaType || !accepted.includes(mediaType)) return { ok: false, code: 'file_type' };
  return { ok: true, mediaType };
}

export { formatBytes } from '../internal/documents-format.js';
