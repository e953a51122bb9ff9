/**
 * msw handlers for `<llave-document-picker>` stories: the expediente in each state.
 * Stories only; component tests use a real in-page handler (document-picker/test-api.ts).
 */
import type { DocumentShare, ShareRequest } from '@llave-cdmx/core';
import { delay, HttpResponse, http } from 'msw';
import {
  documentList,
  sampleDocuments,
} from '../../packages/elements/src/document-picker/fixtures.js';

export const storyDocuments = sampleDocuments();

const error = (status: number, code: string, extra: object = {}) =>
  HttpResponse.json({ error: { code, message: code, ...extra } }, { status });

export const signedInSession = http.get('*/llave/session', () =>
  HttpResponse.json({
    authenticated: true,
    user: { sub: 'demo', name: 'Juana Pérez García', level: 'verificada' },
    expiresAt: '2099-01-01T00:00:00Z',
  }),
);
export const signedOutSession = http.get('*/llave/session', () =>
  HttpResponse.json({ authenticated: false }),
);

const writes = [
  http.post('*/llave/api/v1/me/documents', async ({ request }) => {
    const form = await request.formData();
    const file = form.get('file') as File;
    await delay(1200);
    return HttpResponse.json(
      {
        id: `doc-${Date.now()}`,
        type: form.get('type'),
        name: String(form.get('name') ?? file.name),
        mediaType: file.type || 'application/pdf',
        sizeBytes: file.size,
        uploadedAt: new Date().toISOString(),
        status: 'cargado',
      },
      { status: 201 },
    );
  }),
  http.put('*/llave/api/v1/me/documents/:id/file', ({ params }) =>
    HttpResponse.json({ ...storyDocuments.find((d) => d.id === params.id), status: 'cargado' }),
  ),
  http.delete('*/llave/api/v1/me/documents/:id', () => new HttpResponse(null, { status: 204 })),
  http.post('*/llave/api/v1/me/document-shares', async ({ request }) => {
    const body = (await request.json()) as ShareRequest;
    const share: DocumentShare = {
      id: 'share-story',
      agency: body.agency,
      tramite: body.tramite,
      grantedAt: new Date().toISOString(),
      expiresAt: new Date(Date.now() + 30 * 864e5).toISOString(),
      documents: body.documentIds.map((id) => {
        const d = storyDocuments.find((x) => x.id === id);
        return { id, type: d?.type ?? 'otro', name: d?.name ?? id, ref: `ref-${id}` };
      }),
    };
    return HttpResponse.json(share, { status: 201 });
  }),
];

export const documentHandlers = {
  default: [
    signedInSession,
    http.get('*/llave/api/v1/me/documents', () => HttpResponse.json(documentList(storyDocuments))),
    ...writes,
  ],
  empty: [
    signedInSession,
    http.get('*/llave/api/v1/me/documents', () => HttpResponse.json(documentList([]))),
    ...writes,
  ],
  loading: [signedInSession, http.get('*/llave/api/v1/me/documents', () => delay('infinite'))],
  signedOut: [signedOutSession],
  levelRequired: [
    signedInSession,
    http.get('*/llave/api/v1/me/documents', () =>
      error(403, 'level_required', { requiredLevel: 'firma' }),
    ),
  ],
  serverError: [
    signedInSession,
    http.get('*/llave/api/v1/me/documents', () => error(502, 'upstream_unavailable')),
  ],
  offline: [signedInSession, http.get('*/llave/api/v1/me/documents', () => HttpResponse.error())],
  uploadTooLarge: [
    signedInSession,
    http.get('*/llave/api/v1/me/documents', () => HttpResponse.json(documentList(storyDocuments))),
    http.post('*/llave/api/v1/me/documents', () => error(413, 'payload_too_large')),
  ],
};
