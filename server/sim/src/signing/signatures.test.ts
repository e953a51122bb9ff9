import { createHash } from 'node:crypto';
import { flattenedVerify, importJWK, type JWK, SignJWT } from 'jose';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadOrCreateSecrets } from '../idp/keys.js';
import { FIRMA_EMAIL, FIRMA_MOBILE, SEED_DOCUMENT_IDS, SEED_IDS } from '../seed/ids.js';
import { samplePdf } from '../seed/sample-files.js';
import { type Harness, harness } from '../testing/harness.js';

let sim: Harness;
let auth: Record<string, string>;
beforeEach(async () => {
  sim = await harness();
  auth = await sim.tokenFor(SEED_IDS.firma);
});
afterEach(() => {
  vi.useRealTimers();
  return sim.close();
});

const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const DOC = SEED_DOCUMENT_IDS.firmaPlanos;

async function start(body: unknown = { documentId: DOC }, headers = auth) {
  return sim.call('POST', '/v1/me/signatures', body, headers);
}

async function startOk(body: unknown = { documentId: DOC }) {
  const res = await start(body);
  expect(res.status).toBe(201);
  return res.json();
}

const confirm = (id: string, body: unknown, headers = auth) =>
  sim.call('POST', `/v1/me/signatures/${id}/confirm`, body, headers);

async function signSeeded() {
  const request = await startOk();
  const res = await confirm(request.id, { code: await sim.lastCode(FIRMA_MOBILE) });
  expect(res.status).toBe(200);
  return { request, receipt: await res.json() };
}

function verifyForm(fields: Record<string, string>, bytes?: Uint8Array) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  if (bytes) data.set('file', new File([bytes as Uint8Array<ArrayBuffer>], 'planos.pdf'));
  return data;
}

const errorCode = async (res: Response) => (await res.json()).error.code;

describe('POST /api/v1/me/signatures (start)', () => {
  it('fingerprints the expediente document and sends a code that names it to the verified mobile', async () => {
    const request = await startOk();
    const blob = samplePdf('Planos arquitectónicos (muestra)');
    expect(request).toMatchObject({
      status: 'pending',
      channel: 'sms',
      destinationMasked: expect.stringMatching(/2211$/),
      document: {
        documentId: DOC,
        name: 'Planos arquitectónicos',
        mediaType: 'application/pdf',
        sizeBytes: blob.byteLength,
        sha256: sha(blob),
      },
    });
    expect(request.destinationMasked).not.toContain('4433');
    const [message] = await sim.ctx.outbox.list({ to: FIRMA_MOBILE });
    expect(message?.purpose).toBe('signature');
    expect(message?.body).toContain('Planos arquitectónicos');
    expect(message?.body).toContain(sha(blob).slice(0, 4).toUpperCase());
  });

  it('sends to the email when asked', async () => {
    const request = await startOk({ documentId: DOC, channel: 'email' });
    expect(request.channel).toBe('email');
    expect(await sim.lastCode(FIRMA_EMAIL)).toMatch(/^\d{6}$/);
  });

  it('refuses a citizen below level firma with level_required, and sends nothing', async () => {
    const res = await start(
      { documentId: SEED_DOCUMENT_IDS.demoDomicilio },
      await sim.tokenFor(SEED_IDS.demo),
    );
    expect(res.status).toBe(403);
    expect((await res.json()).error).toMatchObject({
      code: 'level_required',
      requiredLevel: 'firma',
    });
    expect(await sim.ctx.outbox.list()).toHaveLength(0);
  });

  it("answers another citizen's document as missing", async () => {
    const res = await start({ documentId: SEED_DOCUMENT_IDS.demoDomicilio });
    expect(res.status).toBe(404);
  });

  it('refuses when the fingerprint the citizen was shown is not the document’s any more', async () => {
    const res = await start({ documentId: DOC, sha256: 'a'.repeat(64) });
    expect(res.status).toBe(409);
    expect(await errorCode(res)).toBe('document_changed');
    expect(await sim.ctx.outbox.list()).toHaveLength(0);
  });

  it('waits for the cooldown before another code, whichever document', async () => {
    await startOk();
    const res = await start({
      document: { name: 'Otro', mediaType: 'application/pdf', sizeBytes: 3, sha256: sha('abc') },
    });
    expect(res.status).toBe(429);
    expect(await errorCode(res)).toBe('resend_too_soon');
  });

  it.each([
    [{}, 'documentId'],
    [{ documentId: 12 }, 'documentId'],
    [{ documentId: '../etc/passwd' }, 'documentId'],
    [{ document: 'x' }, 'document'],
    [
      { document: { name: 'A', mediaType: 'pdf', sizeBytes: 1, sha256: sha('a') } },
      'document.mediaType',
    ],
    [
      { document: { name: 'A', mediaType: 'application/pdf', sizeBytes: -1, sha256: sha('a') } },
      'document.sizeBytes',
    ],
    [
      { document: { name: 'A', mediaType: 'application/pdf', sizeBytes: 1, sha256: 'xyz' } },
      'document.sha256',
    ],
    [
      {
        document: { name: '\u0000', mediaType: 'application/pdf', sizeBytes: 1, sha256: sha('a') },
      },
      'document.name',
    ],
    [{ documentId: DOC, channel: 'fax' }, 'channel'],
    [{ documentId: DOC, sha256: 42 }, 'sha256'],
  ])('answers 422 naming the field for %j', async (body, field) => {
    const res = await start(body);
    expect(res.status).toBe(422);
    expect((await res.json()).error.fields).toHaveProperty([field]);
  });

  it('never answers 500 to a malformed request', async () => {
    for (const body of ['', 'nope', '[]', 'null', '{"document":null}', '{"documentId":{}}']) {
      const res = await sim.call('POST', '/v1/me/signatures', body, auth);
      expect(res.status, body).toBeGreaterThanOrEqual(400);
      expect(res.status, body).toBeLessThan(500);
    }
    for (const [method, path] of [
      ['GET', '/v1/me/signatures/x'],
      ['POST', '/v1/me/signatures/x/confirm'],
      ['POST', '/v1/me/signatures/x/resend'],
      ['POST', '/v1/signatures/verify'],
    ] as const) {
      const res = await sim.call(method, path, method === 'GET' ? undefined : '{"code":{}}', auth);
      expect(res.status, path).toBeLessThan(500);
    }
  });

  it('needs a session', async () => {
    expect((await start({ documentId: DOC }, {})).status).toBe(401);
  });
});

describe('POST /api/v1/me/signatures/{id}/confirm', () => {
  it('answers a receipt whose detached JWS verifies with the published ES256 key over the SHA-256', async () => {
    const { request, receipt } = await signSeeded();
    expect(receipt).toMatchObject({
      folio: expect.stringMatching(/^FE[A-Z0-9]{18}$/),
      signer: { name: 'Carlos González Sánchez', curp: 'GOSC780910HMCNNR09' },
      document: request.document,
      verifyUrl: expect.stringMatching(/\/firma\/verificar\?folio=FE/),
    });
    expect(Date.parse(receipt.signedAt)).toBeGreaterThan(Date.now() - 60_000);

    // Verify as an outsider would: the key from the OIDC JWKS, RFC 7797 unencoded payload.
    const jwks = (await (await sim.app.request('/oidc/jwks')).json()) as { keys: JWK[] };
    const jwk = jwks.keys.find((k) => k.kid === receipt.kid);
    expect(jwk).toMatchObject({ kty: 'EC', crv: 'P-256' });
    expect(jwk).not.toHaveProperty('d');
    const [protectedHeader, empty, signature] = receipt.jws.split('.');
    expect(empty).toBe('');
    const { protectedHeader: header } = await flattenedVerify(
      { protected: protectedHeader, payload: request.document.sha256, signature },
      await importJWK(jwk!, 'ES256'),
    );
    expect(header).toMatchObject({
      alg: 'ES256',
      kid: receipt.kid,
      b64: false,
      crit: ['b64'],
      typ: 'llave-firma+jws',
      sub: SEED_IDS.firma,
      curp: 'GOSC780910HMCNNR09',
      folio: receipt.folio,
      iat: Date.parse(receipt.signedAt) / 1000,
    });
    await expect(
      flattenedVerify(
        { protected: protectedHeader, payload: sha('otro documento'), signature },
        await importJWK(jwk!, 'ES256'),
      ),
    ).rejects.toThrow();
    const view = await sim.call('GET', `/v1/me/signatures/${request.id}`, undefined, auth);
    expect((await view.json()).status).toBe('signed');
  });

  it('refuses a replayed code with code_used', async () => {
    const request = await startOk();
    const code = await sim.lastCode(FIRMA_MOBILE);
    expect((await confirm(request.id, { code })).status).toBe(200);
    const replay = await confirm(request.id, { code });
    expect(replay.status).toBe(409);
    expect(await errorCode(replay)).toBe('code_used');
  });

  it('refuses an expired code with code_expired', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const request = await startOk();
    const code = await sim.lastCode(FIRMA_MOBILE);
    vi.setSystemTime(Date.now() + sim.ctx.config.codeTtlSeconds * 1000 + 1);
    const res = await confirm(request.id, { code });
    expect(res.status).toBe(410);
    expect(await errorCode(res)).toBe('code_expired');
  });

  it('refuses when the document changed after the code was sent, and for good', async () => {
    const request = await startOk();
    const code = await sim.lastCode(FIRMA_MOBILE);
    await sim.ctx.outbox.list();
    const data = new FormData();
    data.set('file', new File([samplePdf('Planos cambiados') as Uint8Array<ArrayBuffer>], 'p.pdf'));
    const put = await sim.app.request(`/api/v1/me/documents/${DOC}/file`, {
      method: 'PUT',
      body: data,
      headers: auth,
    });
    expect(put.status).toBe(200);
    const res = await confirm(request.id, { code });
    expect(res.status).toBe(409);
    expect(await errorCode(res)).toBe('document_changed');
    // Changing it back does not revive the request: the citizen must see the fingerprint again.
    expect(await errorCode(await confirm(request.id, { code }))).toBe('document_changed');
  });

  it('only the latest code works, and another citizen cannot use the request', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const first = await startOk();
    const firstCode = await sim.lastCode(FIRMA_MOBILE);
    vi.setSystemTime(Date.now() + sim.ctx.config.resendCooldownSeconds * 1000 + 1);
    const second = await startOk();
    const stale = await confirm(first.id, { code: firstCode });
    expect(stale.status).toBe(422);
    expect(await errorCode(stale)).toBe('code_invalid');
    const code = await sim.lastCode(FIRMA_MOBILE);
    const other = await confirm(second.id, { code }, await sim.tokenFor(SEED_IDS.demo));
    expect(other.status).toBe(403); // below firma, before anything else
    expect((await confirm(second.id, { code })).status).toBe(200);
  });

  it('locks after the attempt limit', async () => {
    const request = await startOk();
    const code = await sim.lastCode(FIRMA_MOBILE);
    const wrong = code === '000000' ? '111111' : '000000';
    let res: Response | undefined;
    for (let i = 0; i < sim.ctx.config.maxCodeAttempts; i++)
      res = await confirm(request.id, { code: wrong });
    expect(res?.status).toBe(429);
    const right = await confirm(request.id, { code });
    expect(await errorCode(right)).toBe('too_many_attempts');
  });

  it('signs a document the page provides by its fingerprint, which confirm must repeat', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4 solicitud de licencia de construcción');
    const document = {
      name: 'Solicitud de licencia.pdf',
      mediaType: 'application/pdf',
      sizeBytes: bytes.byteLength,
      sha256: sha(bytes).toUpperCase(),
    };
    const request = await startOk({ document });
    expect(request.document.sha256).toBe(sha(bytes));
    const code = await sim.lastCode(FIRMA_MOBILE);
    const missing = await confirm(request.id, { code });
    expect(missing.status).toBe(422);
    expect((await missing.json()).error.fields).toEqual({ sha256: 'required' });
    const ok = await confirm(request.id, { code, sha256: sha(bytes) });
    expect(ok.status).toBe(200);
    expect((await ok.json()).document).not.toHaveProperty('documentId');
  });

  it('refuses a provided document whose fingerprint changed before confirm', async () => {
    const document = {
      name: 'A.pdf',
      mediaType: 'application/pdf',
      sizeBytes: 1,
      sha256: sha('a'),
    };
    const request = await startOk({ document });
    const res = await confirm(request.id, {
      code: await sim.lastCode(FIRMA_MOBILE),
      sha256: sha('b'),
    });
    expect(await errorCode(res)).toBe('document_changed');
  });
});

describe('POST /api/v1/signatures/verify (public)', () => {
  const verify = (body: unknown) => sim.call('POST', '/v1/signatures/verify', body);

  it('says valid for the signed fingerprint, with the signer, and needs no session', async () => {
    const { receipt } = await signSeeded();
    const res = await verify({ jws: receipt.jws, sha256: receipt.document.sha256 });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'valid',
      sha256: receipt.document.sha256,
      folio: receipt.folio,
      signedAt: receipt.signedAt,
      signer: receipt.signer,
    });
  });

  it('hashes an uploaded file; a changed file is altered, and reveals no signer', async () => {
    const { receipt } = await signSeeded();
    const original = samplePdf('Planos arquitectónicos (muestra)');
    const ok = await sim.app.request('/api/v1/signatures/verify', {
      method: 'POST',
      body: verifyForm({ folio: receipt.folio.toLowerCase() }, original),
    });
    expect((await ok.json()).status).toBe('valid');
    const changed = original.slice();
    changed[changed.length - 2] = changed.at(-2)! ^ 1;
    const altered = await sim.app.request('/api/v1/signatures/verify', {
      method: 'POST',
      body: verifyForm({ jws: receipt.jws }, changed),
    });
    const body = await altered.json();
    expect(body).toEqual({ status: 'altered', sha256: sha(changed) });
  });

  it('says a signature over another document is altered when checked against this one', async () => {
    const a = await signSeeded();
    const document = {
      name: 'B.pdf',
      mediaType: 'application/pdf',
      sizeBytes: 1,
      sha256: sha('b'),
    };
    await sim.ctx.kv.delete('signature-latest', SEED_IDS.firma);
    const b = await startOk({ document });
    const r = await confirm(b.id, { code: await sim.lastCode(FIRMA_MOBILE), sha256: sha('b') });
    const other = await r.json();
    const res = await verify({ jws: other.jws, sha256: a.receipt.document.sha256 });
    expect((await res.json()).status).toBe('altered');
  });

  it('says invalid for a tampered header, a foreign key, garbage, an ID token or an unknown folio', async () => {
    const { receipt } = await signSeeded();
    const sha256 = receipt.document.sha256;
    const [h, , s] = receipt.jws.split('.');
    const header = JSON.parse(Buffer.from(h, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...header, name: 'Otra Persona' })).toString(
      'base64url',
    );
    const foreignKid = Buffer.from(JSON.stringify({ ...header, kid: 'nope' })).toString(
      'base64url',
    );
    const unencoded = Buffer.from(JSON.stringify({ ...header, b64: true })).toString('base64url');
    // An ID token by the same key, made detached, is still no document signature.
    const { signingKeys } = await loadOrCreateSecrets(sim.ctx.kv);
    const es256 = signingKeys.find((k) => k.alg === 'ES256')!;
    const idToken = await new SignJWT({ sub: SEED_IDS.firma, name: 'x', folio: receipt.folio })
      .setProtectedHeader({ alg: 'ES256', kid: es256.kid!, typ: 'JWT' })
      .setIssuedAt()
      .sign(await importJWK(es256, 'ES256'));
    const [ih, , is] = idToken.split('.');
    const cases: Array<[unknown, string]> = [
      [{ jws: `${ih}..${is}`, sha256 }, 'malformed'],
      [{ jws: `${forged}..${s}`, sha256 }, 'bad_signature'],
      [{ jws: `${foreignKid}..${s}`, sha256 }, 'unknown_key'],
      [{ jws: `${unencoded}..${s}`, sha256 }, 'malformed'],
      [{ jws: 'hola', sha256 }, 'malformed'],
      [{ jws: `${h}.${Buffer.from(sha256).toString('base64url')}.${s}`, sha256 }, 'malformed'],
      [{ folio: 'FEAAAAAAAAAAAAAAAAAA', sha256 }, 'unknown_folio'],
    ];
    for (const [body, reason] of cases) {
      const res = await verify(body);
      expect(res.status).toBe(200);
      expect(await res.json(), reason).toMatchObject({ status: 'invalid', reason });
    }
  });

  it('answers 422 without a fingerprint or a signature, never 500', async () => {
    const a = await verify({ jws: 'x' });
    expect(a.status).toBe(422);
    expect((await a.json()).error.fields).toHaveProperty('sha256');
    const b = await verify({ sha256: sha('x') });
    expect((await b.json()).error.fields).toHaveProperty('jws');
    const c = await sim.app.request('/api/v1/signatures/verify', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      body: 'garbage',
    });
    expect(c.status).toBeLessThan(500);
  });
});
