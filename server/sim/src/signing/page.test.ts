import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIRMA_MOBILE, SEED_DOCUMENT_IDS, SEED_IDS } from '../seed/ids.js';
import { samplePdf } from '../seed/sample-files.js';
import { type Harness, harness } from '../testing/harness.js';

let sim: Harness;
beforeEach(async () => {
  sim = await harness();
});
afterEach(() => sim.close());

async function sign() {
  const auth = await sim.tokenFor(SEED_IDS.firma);
  const started = await sim.call(
    'POST',
    '/v1/me/signatures',
    { documentId: SEED_DOCUMENT_IDS.firmaPlanos },
    auth,
  );
  const { id } = await started.json();
  const code = await sim.lastCode(FIRMA_MOBILE);
  const res = await sim.call('POST', `/v1/me/signatures/${id}/confirm`, { code }, auth);
  return res.json();
}

function post(fields: Record<string, string>, bytes?: Uint8Array, lng = 'es-MX') {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  if (bytes) data.set('file', new File([bytes as Uint8Array<ArrayBuffer>], 'planos.pdf'));
  return sim.app.request(`/firma/verificar?lng=${lng}`, { method: 'POST', body: data });
}

const ORIGINAL = () => samplePdf('Planos arquitectónicos (muestra)');

describe('/firma/verificar', () => {
  it('prefills the folio from the receipt link, under the hosted pages’ CSP, in Spanish', async () => {
    const receipt = await sign();
    const res = await sim.app.request(
      new URL(receipt.verifyUrl).pathname + new URL(receipt.verifyUrl).search,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const page = await res.text();
    expect(page).toContain('<html lang="es-MX">');
    expect(page).toContain(`value="${receipt.folio}"`);
    expect(page).toContain('<label for="file">Archivo firmado</label>');
    // Same-origin scripts only (the hosted pages' password toggle), nothing inline.
    expect(page).not.toMatch(/<script(?![^>]*\ssrc="\/)/i);
    // The language link keeps the folio.
    expect(page).toContain(`href="/firma/verificar?lng=en&amp;folio=${receipt.folio}"`);
  });

  it('says valid with the signer for the signed file, and altered for a changed one', async () => {
    const receipt = await sign();
    const valid = await (await post({ folio: receipt.folio }, ORIGINAL())).text();
    expect(valid).toContain('<h2 id="result-title" tabindex="-1">Firma válida</h2>');
    expect(valid).toContain('Carlos González Sánchez');
    expect(valid).toContain('GOSC780910HMCNNR09');
    const changed = ORIGINAL();
    changed[changed.length - 3] = changed.at(-3)! ^ 1;
    const altered = await (await post({ folio: receipt.folio }, changed)).text();
    expect(altered).toContain('Documento alterado');
    expect(altered).not.toContain('GOSC780910HMCNNR09');
  });

  it('speaks English, and says invalid for a pasted signature that is not one', async () => {
    const res = await post({ jws: 'not..a-signature' }, ORIGINAL(), 'en');
    const page = await res.text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('Invalid signature');
    expect(page).toContain('What you pasted is not a Llave CDMX signature.');
  });

  it('lists what is missing in an error summary linked to the fields, with 422', async () => {
    const res = await post({});
    expect(res.status).toBe(422);
    const page = await res.text();
    expect(page).toContain('<title>Error: Verificar una firma');
    expect(page).toContain('href="#file"');
    expect(page).toContain('href="#jws"');
    expect(page).toContain('aria-describedby="file-help file-error"');
  });

  it('answers a file over the limit with its own message, not a 500', async () => {
    await sim.close();
    sim = await harness({ maxUploadBytes: 1000 });
    const res = await post({ folio: 'FEAAAAAAAAAAAAAAAAAA' }, new Uint8Array(50_000));
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('demasiado grande');
  });
});
