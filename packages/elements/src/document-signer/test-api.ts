/**
 * Test support for `<llave-document-signer>`: a small in-memory Llave API (session, expediente
 * content, signature start / confirm / resend) answering real `Request`s through a BffClient,
 * so the component's request and error paths run for real in Chromium. Not published.
 */
import { ContextProvider } from '@lit/context';
import {
  BffClient,
  type SessionInfo,
  type SignatureReceipt,
  type SignatureRequest,
} from '@llave-cdmx/core';
import { sessionContext } from '../session/session-context.js';
import { SessionStore } from '../session/session-store.js';
import { sha256Hex } from './fingerprint.js';

export const CODE = '123456';
export const DOC_ID = 'doc-planos';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
export const apiError = (status: number, code: string, extra: object = {}) =>
  json(status, { error: { code, message: code, ...extra } });

export const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.4\n${text}\n%%EOF\n`);

export interface SignerApi {
  session: SessionInfo;
  /** The expediente document's current bytes (tests change them to simulate an edit). */
  bytes: Uint8Array;
  calls: Array<{ method: string; path: string; body?: unknown }>;
  /** Answers for the next confirm (`METHOD path` → Response). */
  overrides: Map<string, () => Response>;
  handle(req: Request): Promise<Response>;
}

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
  const api: SignerApi = {
    session: {
      authenticated: true,
      user: {
        sub: 'c1',
        name: 'Carlos González Sánchez',
        level: 'firma',
        curp: 'GOSC780910HMCNNR09',
      },
      expiresAt: '2099-01-01T00:00:00Z',
      levelUp: {},
    },
    bytes: pdf('Planos arquitectónicos'),
    calls: [],
    overrides: new Map(),
    async handle(req) {
      const path = new URL(req.url).pathname;
      const text = req.method === 'GET' ? '' : await req.text();
      const body = text ? JSON.parse(text) : undefined;
      api.calls.push({ method: req.method, path, body });
      const override = api.overrides.get(`${req.method} ${path}`);
      if (override) return override();
      if (path === '/llave/session') return json(200, api.session);
      if (!api.session.authenticated) return apiError(401, 'unauthorized');
      if (path === '/llave/api/v1/me/documents') {
        return json(200, {
          items: [
            {
              id: DOC_ID,
              type: 'inmueble',
              name: 'Planos arquitectónicos',
              mediaType: 'application/pdf',
              sizeBytes: api.bytes.byteLength,
              uploadedAt: '2026-02-03T18:00:00.000Z',
              status: 'cotejado',
            },
          ],
          maxUploadBytes: 2_097_152,
          acceptedMediaTypes: ['application/pdf'],
        });
      }
      if (path === `/llave/api/v1/me/documents/${DOC_ID}/content`) {
        return new Response(api.bytes as Uint8Array<ArrayBuffer>, {
          headers: { 'Content-Type': 'application/pdf' },
        });
      }
      const current = await sha256Hex(api.bytes.slice().buffer);
      if (path === '/llave/api/v1/me/signatures' && req.method === 'POST') {
        const sha256 = body.documentId ? current : body.document.sha256;
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
      return apiError(404, 'not_found');
    },
  };
  return api;
}

export function clientFor(api: SignerApi): BffClient {
  return new BffClient({
    fetch: async (input, init) =>
      api.handle(new Request(new URL(String(input), location.href), init)),
  });
}

/** Makes `wrapper` a session provider backed by `api`, as `<llave-session>` would. */
export function provideSession(wrapper: HTMLElement, api: SignerApi): SessionStore {
  const store = new SessionStore(clientFor(api), wrapper);
  new ContextProvider(wrapper, { context: sessionContext, initialValue: store });
  return store;
}
