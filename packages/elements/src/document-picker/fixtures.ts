/**
 * The sample expediente that component tests and Storybook stories both show, so a story
 * displays exactly the documents the tests check. Plain data only (no Lit, no client), so
 * stories can import it; not exported by the package.
 */
import type { DocumentList, ExpedienteDocument } from '@llave-cdmx/core';

/** The simulator's default upload limit (DESIGN.md §3: 2 MB today). */
export const MAX_BYTES = 2 * 1024 * 1024;

/** One document in each status: cotejado, cargado and rechazado with its reason. */
export function sampleDocuments(): ExpedienteDocument[] {
  return [
    {
      id: 'doc-ine',
      type: 'identificacion',
      name: 'Credencial INE',
      mediaType: 'application/pdf',
      sizeBytes: 120_000,
      uploadedAt: '2026-01-05T10:00:00Z',
      cotejadoAt: '2026-01-08T10:00:00Z',
      status: 'cotejado',
    },
    {
      id: 'doc-cfe',
      type: 'comprobante-domicilio',
      name: 'Recibo de luz (CFE)',
      mediaType: 'image/jpeg',
      sizeBytes: 300_000,
      uploadedAt: '2026-02-10T10:00:00Z',
      status: 'cargado',
    },
    {
      id: 'doc-foto',
      type: 'fotografia',
      name: 'Fotografía de frente',
      mediaType: 'image/png',
      sizeBytes: 90_000,
      uploadedAt: '2026-02-11T10:00:00Z',
      status: 'rechazado',
      rejectionReason: 'La foto está borrosa.',
    },
  ];
}

/** The `GET /v1/me/documents` answer for `items`, with the default limits. */
export function documentList(items: ExpedienteDocument[]): DocumentList {
  return {
    items,
    maxUploadBytes: MAX_BYTES,
    acceptedMediaTypes: ['application/pdf', 'image/jpeg', 'image/png'],
  };
}
