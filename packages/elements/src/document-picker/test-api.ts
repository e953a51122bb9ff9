/**
 * Test support for the expediente components: the shared in-memory Llave API
 * (internal/test-api.ts) with the expediente's routes (list, upload, replace, delete, share), and
 * an XMLHttpRequest stand-in that routes uploads to the same handler (with upload progress
 * events), so component tests exercise the real request/response code paths in Chromium. Not
 * part of the published API.
 */
import type { DocumentShare, ExpedienteDocument, ShareRequest } from '@llave-cdmx/core';
import { apiError, type FakeApi, fakeApi, json } from '../internal/test-api.js';
import { documentList, sampleDocuments } from './fixtures.js';

export { apiError, clientFor, holdSession, provideSession } from '../internal/test-api.js';
export { MAX_BYTES, sampleDocuments } from './fixtures.js';

export interface TestApi extends FakeApi {
  docs: ExpedienteDocument[];
  shares: ShareRequest[];
}

export function createTestApi(docs = sampleDocuments()): TestApi {
  let seq = 0;
  const api: TestApi = fakeApi({ docs, shares: [] as ShareRequest[] }, async (req, { path }) => {
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
    return undefined;
  });
  return api;
}

/**
 * Routes XMLHttpRequest to `api` until the returned function is called. Each upload reports half
 * its bytes sent, waits for `gate` (so a test can look at the upload in flight, without timing
 * luck), reports the rest, then answers what `api` answers.
 */
export function routeXhr(api: TestApi, gate: Promise<unknown> = Promise.resolve()): () => void {
  const Original = globalThis.XMLHttpRequest;
  class RoutedXhr extends EventTarget {
    upload = new EventTarget();
    status = 0;
    responseText = '';
    #method = 'GET';
    #url = '';
    #headers = new Headers();
    #response?: Response;
    open(method: string, url: string) {
      this.#method = method;
      this.#url = new URL(url, location.href).href;
    }
    setRequestHeader(name: string, value: string) {
      this.#headers.set(name, value);
    }
    getResponseHeader(name: string): string | null {
      return this.#response?.headers.get(name) ?? null;
    }
    send(body: FormData) {
      void (async () => {
        const req = new Request(this.#url, { method: this.#method, headers: this.#headers, body });
        const total = (await req.clone().arrayBuffer()).byteLength;
        const progress = (loaded: number) =>
          this.upload.dispatchEvent(
            new ProgressEvent('progress', { lengthComputable: true, loaded, total }),
          );
        progress(total / 2);
        await gate;
        progress(total);
        const res = await api.handle(req);
        this.#response = res;
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
