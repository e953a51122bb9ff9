/**
 * The expediente: only its owner lists, adds, replaces, deletes, downloads or shares a
 * document (403 for anyone else's, 404 for ids that do not exist).
 */
import {
  DOCUMENT_TYPES,
  type DocumentList,
  type DocumentShare,
  type DocumentType,
  type ExpedienteDocument,
  sniffMediaType,
  UPLOAD_MEDIA_TYPES,
} from '@llave-cdmx/core';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import {
  badRequest,
  forbidden,
  notFound,
  payloadTooLarge,
  SimError,
  validationFailed,
} from '../errors.js';
import { newId } from '../ids.js';
import type { StoredDocument, StoredShare } from '../store/schema.js';
import { FieldErrors, readJson } from './body.js';
import type { ApiDeps, AuthEnv } from './deps.js';

/** Room for multipart boundaries and the other form fields around the file itself. */
const MULTIPART_OVERHEAD = 16 * 1024;
const SHARE_DAYS = 30;
const MAX_SHARED_DOCUMENTS = 20;

function toDocument({ ownerId: _owner, ...doc }: StoredDocument): ExpedienteDocument {
  return structuredClone(doc);
}

function isDocumentType(value: unknown): value is DocumentType {
  return (DOCUMENT_TYPES as readonly unknown[]).includes(value);
}

interface Upload {
  bytes: Uint8Array;
  mediaType: ExpedienteDocument['mediaType'];
  fileName: string;
  fields: Record<string, string | File | (string | File)[]>;
}

async function readUpload(c: Context<AuthEnv>, maxBytes: number): Promise<Upload> {
  if (!/^multipart\/form-data\b/i.test(c.req.header('content-type') ?? '')) {
    throw new SimError(415, 'unsupported_media_type', 'Envía el archivo como multipart/form-data.');
  }
  let fields: Upload['fields'];
  try {
    fields = await c.req.parseBody({ all: true });
  } catch {
    throw badRequest('El formulario no se pudo leer.');
  }
  const file = fields.file;
  if (!(file instanceof File)) throw validationFailed({ file: 'required' });
  if (file.size > maxBytes) throw payloadTooLarge(maxBytes);
  if (file.size === 0) throw validationFailed({ file: 'file_empty' });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const mediaType = sniffMediaType(bytes);
  if (!mediaType) {
    throw new SimError(
      415,
      'unsupported_media_type',
      'El archivo no es PDF, JPEG ni PNG. Revisa que no esté dañado.',
      { fields: { file: 'file_type' } },
    );
  }
  return { bytes, mediaType, fileName: file.name, fields };
}

/** A display name without path parts or control characters, at most 120 characters. */
export function cleanName(name: string): string {
  return name
    .replace(/^.*[\\/]/, '')
    .replace(/\p{Cc}/gu, '')
    .trim()
    .slice(0, 120);
}

export function documentRoutes(deps: ApiDeps): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  const max = deps.ctx.config.maxUploadBytes;
  const uploadLimit = bodyLimit({
    maxSize: max + MULTIPART_OVERHEAD,
    onError: () => {
      throw payloadTooLarge(max);
    },
  });

  const owned = (c: Context<AuthEnv>, id: string): StoredDocument => {
    const doc = deps.store.data.documents.find((d) => d.id === id);
    if (!doc) throw notFound('Ese documento no existe.');
    if (doc.ownerId !== c.get('accountId')) throw forbidden('Ese documento no es tuyo.');
    return doc;
  };

  app.get('/v1/me/documents', (c) => {
    const type = c.req.query('type');
    if (type !== undefined && !isDocumentType(type)) throw validationFailed({ type: 'invalid' });
    const items = deps.store.data.documents
      .filter((d) => d.ownerId === c.get('accountId') && (!type || d.type === type))
      .sort((a, b) => b.uploadedAt.localeCompare(a.uploadedAt))
      .map(toDocument);
    const answer: DocumentList = {
      items,
      maxUploadBytes: max,
      acceptedMediaTypes: [...UPLOAD_MEDIA_TYPES],
    };
    return c.json(answer);
  });

  app.post('/v1/me/documents', uploadLimit, async (c) => {
    const upload = await readUpload(c, max);
    const type = upload.fields.type;
    const name = upload.fields.name;
    const errors = new FieldErrors();
    if (!isDocumentType(type)) errors.add('type', type === undefined ? 'required' : 'invalid');
    if (name !== undefined && (typeof name !== 'string' || name.length > 120)) {
      errors.add('name', 'invalid');
    }
    if (!errors.empty) throw validationFailed(errors.fields);
    const doc: StoredDocument = {
      id: newId(12),
      ownerId: c.get('accountId'),
      type: type as DocumentType,
      name:
        cleanName(typeof name === 'string' && name.trim() ? name : upload.fileName) || 'Documento',
      mediaType: upload.mediaType,
      sizeBytes: upload.bytes.byteLength,
      uploadedAt: new Date().toISOString(),
      status: 'cargado',
    };
    await deps.store.blobs.put(doc.id, upload.bytes);
    deps.store.data.documents.push(doc);
    await deps.store.write();
    return c.json(toDocument(doc), 201);
  });

  app.put('/v1/me/documents/:id/file', uploadLimit, async (c) => {
    const doc = owned(c, c.req.param('id'));
    const upload = await readUpload(c, max);
    await deps.store.blobs.put(doc.id, upload.bytes);
    doc.mediaType = upload.mediaType;
    doc.sizeBytes = upload.bytes.byteLength;
    doc.uploadedAt = new Date().toISOString();
    // A new file has not been checked against the original: back to the start.
    doc.status = 'cargado';
    delete doc.cotejadoAt;
    delete doc.rejectionReason;
    await deps.store.write();
    return c.json(toDocument(doc));
  });

  app.delete('/v1/me/documents/:id', async (c) => {
    const doc = owned(c, c.req.param('id'));
    const list = deps.store.data.documents;
    list.splice(list.indexOf(doc), 1);
    await deps.store.write();
    await deps.store.blobs.delete(doc.id);
    return c.body(null, 204);
  });

  app.get('/v1/me/documents/:id/content', async (c) => {
    const doc = owned(c, c.req.param('id'));
    const bytes = await deps.store.blobs.get(doc.id);
    if (!bytes) throw notFound('El archivo de ese documento ya no está.');
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': doc.mediaType,
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(doc.name)}`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    });
  });

  app.post('/v1/me/document-shares', async (c) => {
    const body = await readJson(c);
    const errors = new FieldErrors();
    const agency = errors.text(body, 'agency', 'agency', { max: 100 });
    const tramite = errors.text(body, 'tramite', 'tramite', { max: 200 });
    const consentText = errors.text(body, 'consentText', 'consentText', { max: 5000 });
    const ids = body.documentIds;
    const validIds =
      Array.isArray(ids) &&
      ids.length > 0 &&
      ids.length <= MAX_SHARED_DOCUMENTS &&
      ids.every((id) => typeof id === 'string');
    if (!validIds) errors.add('documentIds', ids === undefined ? 'required' : 'invalid');
    const client = agency && deps.ctx.config.clients.find((cl) => cl.clientId === agency);
    if (agency && !client) errors.add('agency', 'agency_unknown');
    if (!errors.empty) throw validationFailed(errors.fields);
    const docs = [...new Set(ids as string[])].map((id) => owned(c, id));
    const grantedAt = new Date();
    const share: StoredShare = {
      id: newId(),
      ownerId: c.get('accountId'),
      agency: agency!,
      tramite: tramite!,
      consentText: consentText!,
      grantedAt: grantedAt.toISOString(),
      expiresAt: new Date(grantedAt.getTime() + SHARE_DAYS * 86_400_000).toISOString(),
      documents: docs.map((d) => ({ id: d.id, type: d.type, name: d.name, ref: newId(24) })),
    };
    deps.store.data.shares.push(share);
    await deps.store.write();
    deps.log.info(
      { shareId: share.id, agency: share.agency, documents: share.documents.length },
      'documents shared',
    );
    const { ownerId: _owner, consentText: _text, ...answer } = share;
    return c.json(answer satisfies DocumentShare, 201);
  });

  return app;
}
