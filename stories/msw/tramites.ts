/** msw handlers for `<llave-tramite-tracker>` stories. Stories only. */
import type { Tramite } from '@llave-cdmx/core';
import { delay, HttpResponse, http } from 'msw';
import { signedInSession, signedOutSession } from './documents.js';

export const storyTramites: Tramite[] = [
  {
    folio: 'SEMOVI2026LIC0000042',
    lineaCaptura: '12345678901234567890',
    agency: { id: 'semovi', name: 'Secretaría de Movilidad' },
    name: 'Renovación de licencia tipo A',
    createdAt: '2026-02-01T10:00:00Z',
    updatedAt: '2026-02-04T12:00:00Z',
    status: 'requiere-informacion',
    timeline: [
      { status: 'recibido', at: '2026-02-01T10:00:00Z' },
      { status: 'en-revision', at: '2026-02-02T09:30:00Z' },
      {
        status: 'requiere-informacion',
        at: '2026-02-04T12:00:00Z',
        note: 'Sube un comprobante de domicilio de los últimos tres meses.',
      },
    ],
  },
  {
    folio: 'SEMOVI2025TC00000007',
    agency: { id: 'semovi', name: 'Secretaría de Movilidad' },
    name: 'Reposición de tarjeta de circulación',
    createdAt: '2025-11-03T10:00:00Z',
    updatedAt: '2025-11-10T10:00:00Z',
    status: 'concluido',
    timeline: [
      { status: 'recibido', at: '2025-11-03T10:00:00Z' },
      { status: 'aprobado', at: '2025-11-06T10:00:00Z' },
      { status: 'concluido', at: '2025-11-10T10:00:00Z' },
    ],
  },
];

const lookup = http.get('*/llave/api/v1/tramites/:folio', ({ params }) => {
  const found = storyTramites.find(
    (t) => t.folio === params.folio || t.lineaCaptura === params.folio,
  );
  return found
    ? HttpResponse.json(found)
    : HttpResponse.json({ error: { code: 'not_found', message: 'No existe' } }, { status: 404 });
});

export const tramiteHandlers = {
  mine: [
    signedInSession,
    http.get('*/llave/api/v1/me/tramites', () => HttpResponse.json({ items: storyTramites })),
  ],
  empty: [
    signedInSession,
    http.get('*/llave/api/v1/me/tramites', () => HttpResponse.json({ items: [] })),
  ],
  loading: [signedInSession, http.get('*/llave/api/v1/me/tramites', () => delay('infinite'))],
  offline: [signedInSession, http.get('*/llave/api/v1/me/tramites', () => HttpResponse.error())],
  serverError: [
    signedInSession,
    http.get('*/llave/api/v1/me/tramites', () =>
      HttpResponse.json({ error: { code: 'internal_error', message: '' } }, { status: 500 }),
    ),
  ],
  lookup: [signedOutSession, lookup],
  single: [signedInSession, lookup],
  singleLoading: [
    signedInSession,
    http.get('*/llave/api/v1/tramites/:folio', () => delay('infinite')),
  ],
};
