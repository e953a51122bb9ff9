/**
 * The signing API: `/v1/me/signatures/**` (a signed-in citizen at level `firma`; the session
 * middleware of `/v1/me/*` applies) and the public `/v1/signatures/verify`, which takes JSON
 * (`jws` or `folio`, and `sha256`) or a multipart form with the `file` itself.
 */
import type { Channel, SignatureVerification } from '@llave-cdmx/core';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { readJson } from '../api/body.js';
import type { ApiDeps, AuthEnv } from '../api/deps.js';
import { cleanName } from '../api/documents.js';
import { badRequest, payloadTooLarge, validationFailed } from '../errors.js';
import { type DocumentInput, readSha256, sha256Hex } from './signatures.js';

const CHANNELS: readonly unknown[] = ['email', 'sms'] satisfies Channel[];
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}$/i;
/** Room for the multipart boundaries and the signature field around the file. */
const MULTIPART_OVERHEAD = 16 * 1024;

/** The document of a start request: an expediente id, or a provided document's description. */
function readDocument(body: Record<string, unknown>): DocumentInput {
  if (body.documentId !== undefined) {
    if (typeof body.documentId !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(body.documentId)) {
      throw validationFailed({ documentId: 'invalid' });
    }
    return { documentId: body.documentId };
  }
  const doc = body.document;
  if (doc === undefined) throw validationFailed({ documentId: 'required' });
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw validationFailed({ document: 'invalid_type' });
  }
  const d = doc as Record<string, unknown>;
  const fields: Record<string, string> = {};
  const name = typeof d.name === 'string' ? cleanName(d.name) : '';
  if (!name) fields['document.name'] = d.name === undefined ? 'required' : 'invalid';
  if (typeof d.mediaType !== 'string' || !MEDIA_TYPE.test(d.mediaType)) {
    fields['document.mediaType'] = d.mediaType === undefined ? 'required' : 'invalid';
  }
  const size = d.sizeBytes;
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
    fields['document.sizeBytes'] = size === undefined ? 'required' : 'invalid';
  }
  const sha256 = readSha256(d.sha256);
  if (!sha256) fields['document.sha256'] = d.sha256 === undefined ? 'required' : 'invalid';
  if (Object.keys(fields).length) throw validationFailed(fields);
  return {
    document: {
      name,
      mediaType: (d.mediaType as string).toLowerCase(),
      sizeBytes: size as number,
      sha256: sha256!,
    },
  };
}

/** The verification's input from JSON or from a form with the file (the page uses the same). */
export async function readVerifyInput(
  c: Context,
): Promise<{ jws?: string; folio?: string; sha256: string }> {
  const multipart = /^multipart\/form-data\b/i.test(c.req.header('content-type') ?? '');
  let fields: Record<string, unknown>;
  let sha256: string | undefined;
  if (multipart) {
    try {
      fields = await c.req.parseBody();
    } catch {
      throw badRequest('El formulario no se pudo leer.');
    }
    const file = fields.file;
    if (file instanceof File) {
      if (file.size === 0) throw validationFailed({ file: 'file_empty' });
      sha256 = sha256Hex(new Uint8Array(await file.arrayBuffer()));
    }
  } else {
    fields = await readJson(c);
  }
  const errors: Record<string, string> = {};
  if (!sha256) {
    sha256 = readSha256(fields.sha256);
    if (!sha256) errors[multipart ? 'file' : 'sha256'] = fields.sha256 ? 'invalid' : 'required';
  }
  const jws = typeof fields.jws === 'string' && fields.jws.trim() ? fields.jws.trim() : undefined;
  const folio =
    typeof fields.folio === 'string' && fields.folio.trim()
      ? fields.folio.trim().toUpperCase()
      : undefined;
  if (!jws && !folio) errors.jws = 'required';
  if (fields.jws !== undefined && typeof fields.jws !== 'string') errors.jws = 'invalid_type';
  if (Object.keys(errors).length) throw validationFailed(errors);
  return { sha256: sha256!, ...(jws ? { jws } : folio ? { folio } : {}) };
}

/** Verification bodies may carry the file: up to the upload limit, not the JSON one. */
export function verifyBodyLimit(maxUploadBytes: number) {
  return bodyLimit({
    maxSize: maxUploadBytes + MULTIPART_OVERHEAD,
    onError: () => {
      throw payloadTooLarge(maxUploadBytes);
    },
  });
}

export function signatureRoutes(deps: ApiDeps): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  const signatures = deps.signatures;

  app.post('/v1/me/signatures', async (c) => {
    const body = await readJson(c);
    const document = readDocument(body);
    if (body.channel !== undefined && !CHANNELS.includes(body.channel)) {
      throw validationFailed({ channel: 'invalid' });
    }
    const shown = body.sha256 === undefined ? undefined : readSha256(body.sha256);
    if (body.sha256 !== undefined && !shown) throw validationFailed({ sha256: 'invalid' });
    const request = await signatures.start(
      c.get('accountId'),
      document,
      body.channel as Channel | undefined,
      shown,
    );
    return c.json(request, 201);
  });

  app.get('/v1/me/signatures/:id', async (c) =>
    c.json(await signatures.get(c.get('accountId'), c.req.param('id'))),
  );

  app.post('/v1/me/signatures/:id/confirm', async (c) => {
    const body = await readJson(c);
    if (typeof body.code !== 'string') {
      throw validationFailed({ code: body.code === undefined ? 'required' : 'invalid_type' });
    }
    return c.json(
      await signatures.confirm(c.get('accountId'), c.req.param('id'), body.code, body.sha256),
    );
  });

  app.post('/v1/me/signatures/:id/resend', async (c) =>
    c.json(await signatures.resend(c.get('accountId'), c.req.param('id'))),
  );

  app.post('/v1/signatures/verify', verifyBodyLimit(deps.ctx.config.maxUploadBytes), async (c) => {
    const answer: SignatureVerification = await signatures.verify(await readVerifyInput(c));
    return c.json(answer);
  });

  return app;
}
