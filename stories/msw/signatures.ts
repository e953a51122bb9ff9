/** msw handlers for `<llave-document-signer>` stories. Stories only. */
import type { SignatureReceipt, SignatureRequest } from '@llave-cdmx/core';
import { delay, HttpResponse, http } from 'msw';

export const STORY_CODE = '123456';
export const STORY_DOC_ID = 'doc-planos';
const encoder = new TextEncoder();
let version = 1;
const bytes = () => encoder.encode(`%PDF-1.4\nPlanos arquitectónicos, versión ${version}\n%%EOF\n`);
const sha = async () =>
  Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes())), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');

const session = (level: 'firma' | 'verificada', firma?: 'login' | 'unavailable') =>
  http.get('*/llave/session', () =>
    HttpResponse.json({
      authenticated: true,
      user: { sub: 'c1', name: 'Carlos González Sánchez', level, curp: 'GOSC780910HMCNNR09' },
      expiresAt: '2099-01-01T00:00:00Z',
      levelUp: firma ? { firma } : {},
    }),
  );

const documents = [
  http.get('*/llave/api/v1/me/documents', () =>
    HttpResponse.json({
      items: [
        {
          id: STORY_DOC_ID,
          type: 'inmueble',
          name: 'Planos arquitectónicos',
          mediaType: 'application/pdf',
          sizeBytes: bytes().byteLength,
          uploadedAt: '2026-02-03T18:00:00Z',
          status: 'cotejado',
        },
      ],
      maxUploadBytes: 2_097_152,
      acceptedMediaTypes: ['application/pdf', 'image/jpeg', 'image/png'],
    }),
  ),
  http.get(
    `*/llave/api/v1/me/documents/${STORY_DOC_ID}/content`,
    () => new HttpResponse(bytes(), { headers: { 'Content-Type': 'application/pdf' } }),
  ),
];

async function request(): Promise<SignatureRequest> {
  return {
    id: 'sig-story',
    document: {
      documentId: STORY_DOC_ID,
      name: 'Planos arquitectónicos',
      mediaType: 'application/pdf',
      sizeBytes: bytes().byteLength,
      sha256: await sha(),
    },
    channel: 'sms',
    destinationMasked: '******2211',
    expiresAt: new Date(Date.now() + 600_000).toISOString(),
    resendAvailableAt: new Date(Date.now() + 30_000).toISOString(),
    attemptsLeft: 5,
    status: 'pending',
  };
}

const start = http.post('*/llave/api/v1/me/signatures', async () => {
  await delay(300);
  return HttpResponse.json(await request(), { status: 201 });
});
const resend = http.post('*/llave/api/v1/me/signatures/:id/resend', async () =>
  HttpResponse.json(await request()),
);
const error = (status: number, code: string) =>
  HttpResponse.json({ error: { code, message: code } }, { status });

const confirm = http.post('*/llave/api/v1/me/signatures/:id/confirm', async ({ request: req }) => {
  const { code } = (await req.json()) as { code: string };
  await delay(300);
  if (code !== STORY_CODE) return error(422, 'code_invalid');
  const receipt: SignatureReceipt = {
    folio: 'FEK7M2QX9RTB4WNP3HZA',
    signedAt: new Date().toISOString(),
    signer: { name: 'Carlos González Sánchez', curp: 'GOSC780910HMCNNR09' },
    document: (await request()).document,
    jws: 'eyJhbGciOiJFUzI1NiJ9..c3Rvcnk',
    kid: 'story-kid',
    verifyUrl: 'http://localhost:4010/firma/verificar?folio=FEK7M2QX9RTB4WNP3HZA',
  };
  return HttpResponse.json(receipt);
});

/** The page changed the document after the code went out: the next read has other bytes. */
const changedOnConfirm = http.post('*/llave/api/v1/me/signatures/:id/confirm', () => {
  version += 1;
  return error(409, 'document_changed');
});

export const signatureHandlers = {
  ready: [session('firma'), ...documents, start, resend, confirm],
  loading: [session('firma'), http.get('*/llave/api/v1/me/documents', () => delay('infinite'))],
  loadError: [
    session('firma'),
    http.get('*/llave/api/v1/me/documents', () => error(500, 'internal_error')),
    http.get(`*/llave/api/v1/me/documents/${STORY_DOC_ID}/content`, () =>
      error(500, 'internal_error'),
    ),
  ],
  signedOut: [http.get('*/llave/session', () => HttpResponse.json({ authenticated: false }))],
  levelUnavailable: [session('verificada', 'unavailable')],
  levelLogin: [session('verificada', 'login')],
  documentChanged: [session('firma'), ...documents, start, resend, changedOnConfirm],
  codeExpired: [
    session('firma'),
    ...documents,
    start,
    resend,
    http.post('*/llave/api/v1/me/signatures/:id/confirm', () => error(410, 'code_expired')),
  ],
};
