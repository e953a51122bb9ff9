/**
 * The signing flow of `<llave-document-signer>`, one concern per step: read the document and
 * fingerprint it in the browser (what the citizen reviews is what the server must find: the
 * fingerprint shown travels with the request, and the server refuses a document that no longer
 * has it), ask for the code, confirm it (re-reading a page-provided document first, so a file
 * swapped after the code went out is refused), keep the receipt. The element only renders.
 */
import {
  apiPaths,
  type BffClient,
  type Channel,
  type DocumentList,
  type DocumentType,
  LlaveError,
  type SignatureReceipt,
  type SignatureRequest,
  type StartSignatureRequest,
} from '@llave-cdmx/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CodeChannel } from '../internal/code-channel.js';
import { sha256Hex } from './fingerprint.js';

/** Where the document comes from: the expediente, a URL the page names, or bytes it holds. */
export type DocumentSource =
  | { kind: 'expediente'; documentId: string }
  | { kind: 'url'; src: string; name?: string }
  | { kind: 'blob'; blob: Blob; name?: string };

export interface ReviewedDocument {
  name: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  type?: DocumentType;
  /** An object URL of exactly the bytes fingerprinted, for the citizen to open. */
  viewUrl: string;
}

export type Step = 'idle' | 'loading' | 'review' | 'sending' | 'code' | 'signed' | 'failed';

export class SignFlow implements ReactiveController {
  step: Step = 'idle';
  document?: ReviewedDocument;
  request?: SignatureRequest;
  receipt?: SignatureReceipt;
  /** Why loading or sending failed (shown with a retry). */
  error?: unknown;
  /** The document changed under a request: it was read again and must be reviewed again. */
  changed = false;

  #abort?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: () => DocumentSource | undefined,
    private readonly client: () => BffClient,
    private readonly onSigned: (receipt: SignatureReceipt) => void,
    /** The document was found changed and read again: the citizen must review it anew. */
    private readonly onChanged: () => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // The object URL stays: the element may be moved and shown again; it is revoked when replaced.
    this.#abort?.abort();
  }

  /** The code channel the contact verifier uses for this request. */
  readonly channel: CodeChannel = {
    check: (code, signal) => this.#confirm(code, signal),
    resend: async (signal) => {
      const next = await this.client().api<SignatureRequest>(
        apiPaths.signatureResend(this.request!.id),
        { method: 'POST', signal },
      );
      this.request = next;
      const { expiresAt, resendAvailableAt, attemptsLeft, destinationMasked } = next;
      return { expiresAt, resendAvailableAt, attemptsLeft, destinationMasked };
    },
  };

  /** Reads and fingerprints the document (again). */
  async load(): Promise<void> {
    const source = this.source();
    const signal = this.#newAction();
    this.error = undefined;
    this.request = undefined;
    this.receipt = undefined;
    if (!source) {
      this.#set('failed', new Error('source_missing'));
      return;
    }
    this.#set('loading');
    try {
      const doc = await this.#read(source, signal);
      if (signal.aborted) return;
      const old = this.document?.viewUrl;
      this.document = doc;
      if (old?.startsWith('blob:') && old !== doc.viewUrl) URL.revokeObjectURL(old);
      this.#set('review');
    } catch (err) {
      if (!signal.aborted) this.#set('failed', err);
    }
  }

  /** Sends the code (the citizen confirmed they want to sign what they reviewed). */
  async start(channel?: Channel): Promise<void> {
    const doc = this.document;
    const source = this.source();
    if (!doc || !source || this.step === 'sending') return;
    const signal = this.#newAction();
    this.error = undefined;
    this.#set('sending');
    const body: StartSignatureRequest =
      source.kind === 'expediente'
        ? { documentId: source.documentId, sha256: doc.sha256 }
        : {
            document: {
              name: doc.name,
              mediaType: doc.mediaType,
              sizeBytes: doc.sizeBytes,
              sha256: doc.sha256,
            },
          };
    if (channel) body.channel = channel;
    try {
      this.request = await this.client().api<SignatureRequest>(apiPaths.signatures, {
        body,
        signal,
      });
      this.changed = false;
      this.#set('code');
    } catch (err) {
      if (signal.aborted) return;
      if (err instanceof LlaveError && err.code === 'document_changed') return this.#reread();
      this.#set('review', err);
    }
  }

  /** Back to the review, without signing. */
  cancel(): void {
    this.#abort?.abort();
    this.request = undefined;
    this.#set('review');
  }

  async #confirm(code: string, signal: AbortSignal): Promise<void> {
    const request = this.request!;
    const source = this.source();
    let sha256: string | undefined;
    // A provided document is read again: the page may have replaced it since the code went out.
    if (source && source.kind !== 'expediente') {
      sha256 = (await this.#read(source, signal, false)).sha256;
    }
    try {
      this.receipt = await this.client().api<SignatureReceipt>(
        apiPaths.signatureConfirm(request.id),
        { body: sha256 ? { code, sha256 } : { code }, signal },
      );
    } catch (err) {
      if (err instanceof LlaveError && err.code === 'document_changed') {
        void this.#reread();
        return;
      }
      throw err;
    }
    this.#set('signed');
    this.onSigned(this.receipt);
  }

  async #reread(): Promise<void> {
    this.changed = true;
    this.request = undefined;
    await this.load();
    this.changed = this.step === 'review';
    this.host.requestUpdate();
    this.onChanged();
  }

  async #read(source: DocumentSource, signal: AbortSignal, view = true): Promise<ReviewedDocument> {
    if (source.kind === 'expediente') {
      const client = this.client();
      const [list, blob] = await Promise.all([
        client.api<DocumentList>(apiPaths.documents, { signal }),
        client.api<Blob>(apiPaths.documentContent(source.documentId), { signal, as: 'blob' }),
      ]);
      const meta = list.items.find((d) => d.id === source.documentId);
      if (!meta) throw new LlaveError('not-found', 'not_found', 404);
      return {
        name: meta.name,
        mediaType: meta.mediaType,
        sizeBytes: blob.size,
        sha256: await sha256Hex(await blob.arrayBuffer()),
        type: meta.type,
        viewUrl: view ? this.#objectUrlFor(blob, meta.mediaType) : '',
      };
    }
    let blob: Blob;
    if (source.kind === 'blob') blob = source.blob;
    else {
      let res: Response;
      try {
        // The page's own document (same origin or CORS): its bytes, never a cached copy.
        res = await fetch(source.src, { signal, cache: 'no-store', credentials: 'same-origin' });
      } catch (cause) {
        if (signal.aborted) throw cause;
        throw new LlaveError('network', 'network_error', 0);
      }
      if (!res.ok) throw new Error('load_failed');
      blob = await res.blob();
    }
    const fileName = source.kind === 'blob' && blob instanceof File ? blob.name : undefined;
    const urlName = source.kind === 'url' ? lastSegment(source.src) : undefined;
    return {
      name: source.name || fileName || urlName || 'documento',
      mediaType: blob.type.split(';')[0]!.trim() || 'application/octet-stream',
      sizeBytes: blob.size,
      sha256: await sha256Hex(await blob.arrayBuffer()),
      // Always the bytes just read, never the page's URL: what the citizen opens is what is signed.
      viewUrl: view ? this.#objectUrlFor(blob, blob.type) : '',
    };
  }

  #objectUrlFor(blob: Blob, type: string): string {
    return URL.createObjectURL(blob.type ? blob : new Blob([blob], { type }));
  }

  #newAction(): AbortSignal {
    this.#abort?.abort();
    this.#abort = new AbortController();
    return this.#abort.signal;
  }

  #set(step: Step, error?: unknown): void {
    this.step = step;
    this.error = error;
    this.host.requestUpdate();
  }
}

/** `…/planos%20v2.pdf?x=1` → `planos v2.pdf`; a malformed escape keeps the raw segment. */
function lastSegment(src: string): string {
  const segment = src.split(/[?#]/)[0]!.split('/').pop() ?? '';
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
