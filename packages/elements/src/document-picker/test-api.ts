/**
 * Test support for the expediente components: a small in-memory Llave API answering real
 * `Request`s, a BffClient whose fetch goes to it, and an XMLHttpRequest stand-in that routes
 * uploads to the same handler (with upload progress events), so component tests exercise the
 * real request/response code paths in Chromium. Not part of the published API.
 */

import { ContextProvider } from '@lit/context';
import {
  BffClient,
  type DocumentShare,
  type ExpedienteDocument,
  type SessionInfo,
  type ShareRequest,
} from '@llave-cdmx/core';
import { sessionContext } from '../session/session-context.js';
import { SessionStore } from '../session/session-store.js';
import { documentList, sampleDocuments } from './fixtures.js';

export { MAX_BYTES, sampleDocuments } from './fixtures.js';

export interface TestApi {
  docs: ExpedienteDocument[];
  session: SessionInfo;
  shares: ShareRequest[];
  /** Every request seen: method, path and headers. */
  calls: Array<{ method: string; path: string; headers: Headers }>;
  /** Overrides for a path (`METHOD /path`) → a Response factory. */
  overrides: Map<string, () => Response | Promise<Response>>;
  handle(req: Request): Promise<Response>;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
export const apiError = (status: number, code: string, extra: object = {}) =>
  json(status, { error: { code, message: code, ...extra } });

export function createTestApi(docs = sampleDocuments()): TestApi {
  let seq = 0;
  const api: TestApi = {
    docs,
    session: {
      authenticated: true,
      user: { sub: 'u1', name: 'Juana Pérez', level: 'verificada' },
      expiresAt: '2099-01-01T00:00:00Z',
    },
    shares: [],
    calls: [],
    overrides: new Map(),
    async handle(req) {
      const url = new URL(req.url);
      const path = url.pathname;
      api.calls.push({ method: req.method, path, headers: req.headers });
      const override = api.overrides.get(`${req.method} ${path}`);
      if (override) return override();
      if (path === '/llave/session') return json(200, api.session);
      if (!api.session.authenticated) return apiError(401, 'unauthorized');
      if (path === '/llave/api/v1/me/documents' && req.method === 'GET') {
        return json(200, documentList(api.docs));
      }
      if (path === '/llave/api/v1/me/documents' && req.method === 'POST') {
        const form = await req.formData();
        const file = form.get('file') as File;
        const doc: ExpedienteDocument = {
          id: `doc-new-${++seq}`,
          type: form.get('type') as ExpedienteDocument['type'],
          name: String(form.get('name') ?? file.name),
          mediaType: 'application/pdf',
          sizeBytes: file.size,
          uploadedAt: '2026-03-01T10:00:00Z',
          status: 'cargado',
        };
        api.docs = [...api.docs, doc];
        return json(201, doc);
      }
      const file = /^\/llave\/api\/v1\/me\/documents\/([^/]+)\/file$/.exec(path);
      if (file && req.method === 'PUT') {
        const doc = api.docs.find((d) => d.id === file[1]);
        if (!doc) return apiError(404, 'not_found');
        const updated = { ...doc, status: 'cargado' as const, cotejadoAt: undefined };
        api.docs = api.docs.map((d) => (d.id === doc.id ? updated : d));
        return json(200, updated);
      }
      const one = /^\/llave\/api\/v1\/me\/documents\/([^/]+)$/.exec(path);
      if (one && req.method === 'DELETE') {
        api.docs = api.docs.filter((d) => d.id !== one[1]);
        return new Response(null, { status: 204 });
      }
      if (path === '/llave/api/v1/me/document-shares' && req.method === 'POST') {
        const body = (await req.json()) as ShareRequest;
        api.shares.push(body);
        const share: DocumentShare = {
          id: `share-${api.shares.length}`,
          agency: body.agency,
          tramite: body.tramite,
          grantedAt: '2026-03-01T10:00:00Z',
          expiresAt: '2026-03-31T10:00:00Z',
          documents: body.documentIds.map((id) => {
            const d = api.docs.find((x) => x.id === id)!;
            return { id, type: d.type, name: d.name, ref: `ref-${id}` };
          }),
        };
        return json(201, share);
      }
      return apiError(404, 'not_found');
    },
  };
  return api;
}

export function clientFor(api: TestApi): BffClient {
  return new BffClient({
    fetch: async (input, init) =>
      api.handle(new Request(new URL(String(input), location.href), init)),
  });
}

/** Makes `wrapper` a session provider backed by `api`, as `<llave-session>` would. */
export function provideSession(wrapper: HTMLElement, api: TestApi): SessionStore {
  const store = new SessionStore(clientFor(api), wrapper);
  new ContextProvider(wrapper, { context: sessionContext, initialValue: store });
  return store;
}

/** Routes XMLHttpRequest to `api` until the returned function is called. */
export function routeXhr(api: TestApi): () => void {
  const Original = globalThis.XMLHttpRequest;
  class RoutedXhr extends EventTarget {
    upload = new EventTarget();
    status = 0;
    responseText = '';
    #method = 'GET';
    #url = '';
    #headers = new Headers();
    #aborted = false;
    open(method: string, url: string) {
      this.#method = method;
      this.#url = new URL(url, location.href).href;
    }
    setRequestHeader(name: string, value: string) {
      this.#headers.set(name, value);
    }
    abort() {
      this.#aborted = true;
      this.dispatchEvent(new ProgressEvent('abort'));
      this.dispatchEvent(new ProgressEvent('loadend'));
    }
    send(body: FormData) {
      void (async () => {
        const req = new Request(this.#url, { method: this.#method, headers: this.#headers, body });
        const total = Number((await req.clone().arrayBuffer()).byteLength);
        for (const loaded of [total / 2, total]) {
          await new Promise((r) => setTimeout(r, 20));
          this.upload.dispatchEvent(
            new ProgressEvent('progress', { lengthComputable: true, loaded, total }),
          );
        }
        const res = await api.handle(req);
        if (this.#aborted) return;
        this.status = res.status;
        this.responseText = await res.text();
        this.dispatchEvent(new ProgressEvent('load'));
        this.dispatchEvent(new ProgressEvent('loadend'));
      })();
    }
  }
  globalThis.XMLHttpRequest = RoutedXhr as unknown as typeof XMLHttpRequest;
  return () => {
    globalThis.XMLHttpRequest = Original;
  };
}

export const PDF_BYTES = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n',
);

/** Puts files on an <input type=file> the way a file chooser does, and fires `change`. */
export function chooseFiles(input: HTMLInputElement, files: File[]): void {
  const dt = new DataTransfer();
  for (const f of files) dt.items.add(f);
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
