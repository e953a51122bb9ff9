/**
 * Test support for `<llave-document-signer>`: the shared in-memory Llave API
 * (internal/test-api.ts) with the expediente content and the signature start / confirm / resend
 * routes, so the component's request and error paths run for real in Chromium. Not published.
 */
import type { DocumentType, SignatureReceipt, SignatureRequest } from '@llave-cdmx/core';
import { apiError, type FakeApi, fakeApi, json, signedIn } from '../internal/test-api.js';
import { sha256Hex } from './fingerprint.js';

export { apiError, clientFor, holdSession, provideSession } from '../internal/test-api.js';

export const CODE = '123456';
export const DOC_ID = 'doc-planos';

export const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.4\n${text}\n%%EOF\n`);

/** The citizen's expediente as the API answers it: one cotejado PDF, `DOC_ID`, of `bytes`. */
export function expediente(
  bytes: Uint8Array,
  type: DocumentType = 'inmueble',
  name = 'Planos arquitectónicos',
) {
  return {
    items: [
      {
        id: DOC_ID,
        type,
        name,
        mediaType: 'application/pdf',
        sizeBytes: bytes.byteLength,
        uploadedAt: '2026-02-03T18:00:00.000Z',
        status: 'cotejado',
      },
    ],
    maxUploadBytes: 2_097_152,
    acceptedMediaTypes: ['application/pdf'],
  };
}

export interface SignerApi extends FakeApi {
  /** The expediente document's current bytes (tests change them to simulate an edit). */
  bytes: Uint8Array;
}

/** What the signature routes read of a request's JSON body. */
type SignatureBody = {
  documentId?: string;
  document?: { name?: string; sha256: string };
  sha256?: string;
  code?: string;
};

export function createSignerApi(): SignerApi {
  let started: { id: string; sha256: string; documentId?: string } | undefined;
  const request = (sha256: string, name: string, documentId?: string): SignatureRequest => ({
    id: 'sig-1',
    document: {
      ...(documentId ? { documentId } : {}),
      name,
      mediaType: 'application/pdf',
      sizeBytes: api.bytes.byteLength,
      sha256,
    },
    channel: 'sms',
    destinationMasked: '******2211',
    expiresAt: new Date(Date.now() + 600_000).toISOString(),
    resendAvailableAt: new Date(Date.now() + 60_000).toISOString(),
    attemptsLeft: 5,
    status: 'pending',
  });
  const session = {
    ...signedIn({
      sub: 'c1',
      name: 'Carlos González Sánchez',
      level: 'firma',
      curp: 'GOSC780910HMCNNR09',
    }),
    levelUp: {},
  };
  const api: SignerApi = fakeApi(
    { session, bytes: pdf('Planos arquitectónicos') },
    async (req, call) => {
      const { path } = call;
      const body = (call.body ?? {}) as SignatureBody;
      if (path === '/llave/api/v1/me/documents') {
        return json(200, expediente(api.bytes));
      }
      if (path === `/llave/api/v1/me/documents/${DOC_ID}/content`) {
        return new Response(api.bytes as Uint8Array<ArrayBuffer>, {
          headers: { 'Content-Type': 'application/pdf' },
        });
      }
      const current = await sha256Hex(api.bytes.slice().buffer);
      if (path === '/llave/api/v1/me/signatures' && req.method === 'POST') {
        const sha256 = body.documentId ? current : body.document!.sha256;
        if (body.sha256 && body.sha256 !== sha256) return apiError(409, 'document_changed');
        started = { id: 'sig-1', sha256, documentId: body.documentId };
        return json(
          201,
          request(sha256, body.document?.name ?? 'Planos arquitectónicos', body.documentId),
        );
      }
      if (path === '/llave/api/v1/me/signatures/sig-1/resend') {
        return json(200, request(started!.sha256, 'Planos arquitectónicos', started!.documentId));
      }
      if (path === '/llave/api/v1/me/signatures/sig-1/confirm') {
        const held = started!.documentId ? current : body.sha256;
        if (held !== started!.sha256) return apiError(409, 'document_changed');
        if (body.code !== CODE) {
          return apiError(422, 'code_invalid', { fields: { code: 'code_invalid' } });
        }
        const receipt: SignatureReceipt = {
          folio: 'FEABCDEFGHJKLMNPQRST',
          signedAt: '2026-03-10T17:45:00.000Z',
          signer: { name: 'Carlos González Sánchez', curp: 'GOSC780910HMCNNR09' },
          document: request(started!.sha256, 'Planos arquitectónicos', started!.documentId)
            .document,
          jws: 'eyJhbGciOiJFUzI1NiJ9..c2lnbmF0dXJl',
          kid: 'kid-1',
          verifyUrl: 'http://localhost:4010/firma/verificar?folio=FEABCDEFGHJKLMNPQRST',
        };
        return json(200, receipt);
      }
      return undefined;
    },
  );
  return api;
}
