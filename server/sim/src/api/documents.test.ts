import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEED_DOCUMENT_IDS, SEED_IDS } from '../seed/ids.js';
import { samplePdf, samplePng } from '../seed/sample-files.js';
import { type Harness, harness } from '../testing/harness.js';

const MAX = 50_000;
let sim: Harness;
let auth: Record<string, string>;
beforeEach(async () => {
  sim = await harness({ maxUploadBytes: MAX });
  auth = await sim.tokenFor(SEED_IDS.demo);
});
afterEach(() => sim.close());

function form(
  fields: Record<string, string>,
  file?: { bytes: Uint8Array; name: string; type: string },
) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  if (file)
    data.set(
      'file',
      new File([file.bytes as Uint8Array<ArrayBuffer>], file.name, { type: file.type }),
    );
  return data;
}

const upload = (data: FormData, path = '/v1/me/documents', method = 'POST', headers = auth) =>
  sim.app.request(`/api${path}`, { method, body: data, headers });

const JPEG = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0xff, 0xd9,
]);

describe('GET /api/v1/me/documents', () => {
  it('lists the expediente in every status, with the upload limit and accepted types', async () => {
    const res = await sim.call('GET', '/v1/me/documents', undefined, auth);
    const body = await res.json();
    expect(body.maxUploadBytes).toBe(MAX);
    expect(body.acceptedMediaTypes).toEqual(['application/pdf', 'image/jpeg', 'image/png']);
    expect(new Set(body.items.map((d: { status: string }) => d.status))).toEqual(
      new Set(['cargado', 'cotejado', 'rechazado']),
    );
    expect(body.items.map((d: { id: string }) => d.id)).not.toContain(
      SEED_DOCUMENT_IDS.basicIdentificacion,
    );
  });

  it('filters by type and refuses unknown types', async () => {
    const res = await sim.call('GET', '/v1/me/documents?type=acta', undefined, auth);
    expect((await res.json()).items.map((d: { id: string }) => d.id)).toEqual([
      SEED_DOCUMENT_IDS.demoActa,
    ]);
    const bad = await sim.call('GET', '/v1/me/documents?type=pasaporte', undefined, auth);
    expect(bad.status).toBe(422);
  });
});

describe('POST /api/v1/me/documents', () => {
  it('stores a PDF, JPEG or PNG by its content, whatever its name and declared type', async () => {
    const cases = [
      { bytes: samplePdf('x'), expected: 'application/pdf' },
      { bytes: JPEG, expected: 'image/jpeg' },
      { bytes: samplePng(), expected: 'image/png' },
    ];
    for (const { bytes, expected } of cases) {
      const res = await upload(
        form({ type: 'otro' }, { bytes, name: 'archivo.txt', type: 'text/plain' }),
      );
      expect(res.status, expected).toBe(201);
      expect(await res.json()).toMatchObject({
        mediaType: expected,
        status: 'cargado',
        sizeBytes: bytes.length,
      });
    }
  });

  it('refuses content that is not PDF/JPEG/PNG even when named and typed as a PDF', async () => {
    const html = new TextEncoder().encode('<html><script>alert(1)</script></html>');
    const res = await upload(
      form({ type: 'acta' }, { bytes: html, name: 'acta.pdf', type: 'application/pdf' }),
    );
    expect(res.status).toBe(415);
    expect((await res.json()).error.code).toBe('unsupported_media_type');
  });

  it('answers 413 payload_too_large above the configured limit', async () => {
    const big = new Uint8Array(MAX + 1);
    big.set(samplePdf('x').subarray(0, 5));
    const res = await upload(
      form({ type: 'otro' }, { bytes: big, name: 'big.pdf', type: 'application/pdf' }),
    );
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('payload_too_large');
    const huge = new Uint8Array(MAX * 3);
    const res2 = await upload(
      form({ type: 'otro' }, { bytes: huge, name: 'huge.pdf', type: 'application/pdf' }),
    );
    expect(res2.status).toBe(413);
  });

  it('answers 422 for a missing file or type and 415 for a JSON body', async () => {
    const noFile = await upload(form({ type: 'otro' }));
    expect((await noFile.json()).error.fields).toEqual({ file: 'required' });
    const noType = await upload(
      form({}, { bytes: samplePdf('x'), name: 'a.pdf', type: 'application/pdf' }),
    );
    expect((await noType.json()).error.fields).toEqual({ type: 'required' });
    const json = await sim.call('POST', '/v1/me/documents', { type: 'otro' }, auth);
    expect(json.status).toBe(415);
  });

  it('uses the citizen name or the file name without its path', async () => {
    const res = await upload(
      form({ type: 'otro' }, { bytes: samplePdf('x'), name: 'C:\\docs\\recibo.pdf', type: '' }),
    );
    expect((await res.json()).name).toBe('recibo.pdf');
  });
});

describe('one document', () => {
  it('downloads the bytes with their real type, as an attachment', async () => {
    const res = await sim.call(
      'GET',
      `/v1/me/documents/${SEED_DOCUMENT_IDS.demoIdentificacion}/content`,
      undefined,
      auth,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename\*=UTF-8''/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('replaces the file of a rejected document and puts it back to cargado', async () => {
    const res = await upload(
      form({}, { bytes: samplePng(), name: 'acta.png', type: 'image/png' }),
      `/v1/me/documents/${SEED_DOCUMENT_IDS.demoActa}/file`,
      'PUT',
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      status: 'cargado',
      mediaType: 'image/png',
      name: 'Acta de nacimiento',
    });
    expect(body.rejectionReason).toBeUndefined();
  });

  it('deletes a document and its bytes', async () => {
    const id = SEED_DOCUMENT_IDS.demoDomicilio;
    expect((await sim.call('DELETE', `/v1/me/documents/${id}`, undefined, auth)).status).toBe(204);
    expect((await sim.call('GET', `/v1/me/documents/${id}/content`, undefined, auth)).status).toBe(
      404,
    );
    expect((await sim.call('DELETE', `/v1/me/documents/${id}`, undefined, auth)).status).toBe(404);
  });

  it("answers 403 forbidden for another citizen's document, on every operation", async () => {
    const other = SEED_DOCUMENT_IDS.basicIdentificacion;
    const get = await sim.call('GET', `/v1/me/documents/${other}/content`, undefined, auth);
    expect(get.status).toBe(403);
    expect((await get.json()).error.code).toBe('forbidden');
    expect((await sim.call('DELETE', `/v1/me/documents/${other}`, undefined, auth)).status).toBe(
      403,
    );
    const put = await upload(
      form({}, { bytes: samplePdf('x'), name: 'x.pdf', type: '' }),
      `/v1/me/documents/${other}/file`,
      'PUT',
    );
    expect(put.status).toBe(403);
    const share = await sim.call(
      'POST',
      '/v1/me/document-shares',
      { documentIds: [other], agency: 'demo-agency', tramite: 'x', consentText: 'acepto' },
      auth,
    );
    expect(share.status).toBe(403);
  });
});

describe('POST /api/v1/me/document-shares', () => {
  it('records consent with agency, trámite, dates and opaque references', async () => {
    const res = await sim.call(
      'POST',
      '/v1/me/document-shares',
      {
        documentIds: [SEED_DOCUMENT_IDS.demoIdentificacion, SEED_DOCUMENT_IDS.demoDomicilio],
        agency: 'demo-agency',
        tramite: 'Renovación de licencia tipo A',
        consentText: 'Autorizo a SEMOVI a consultar estos documentos para este trámite.',
      },
      auth,
    );
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({ agency: 'demo-agency', tramite: 'Renovación de licencia tipo A' });
    expect(Date.parse(body.expiresAt)).toBeGreaterThan(Date.parse(body.grantedAt));
    expect(body.documents).toHaveLength(2);
    for (const d of body.documents) expect(d.ref).toMatch(/^[\w-]{32}$/);
  });

  it('answers 422 for an unknown agency or an empty list and 404 for unknown documents', async () => {
    const bad = await sim.call(
      'POST',
      '/v1/me/document-shares',
      { documentIds: [], agency: 'nadie', tramite: 'x', consentText: 'y' },
      auth,
    );
    expect((await bad.json()).error.fields).toEqual({
      documentIds: 'invalid',
      agency: 'agency_unknown',
    });
    const unknown = await sim.call(
      'POST',
      '/v1/me/document-shares',
      { documentIds: ['nope-nope'], agency: 'demo-agency', tramite: 'x', consentText: 'y' },
      auth,
    );
    expect(unknown.status).toBe(404);
  });
});
