/**
 * Firma through the real stack (simulator + BFF + demo): the seeded firma citizen signs the
 * construction-permit application on the demo page with a code, the receipt shows, and the
 * simulator's verification page says valid for the signed file and altered for a changed one.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { baseUrl, checkA11y, firmaCitizen, readOutboxCode, useBrowser } from './support.js';

const DOCUMENT = new URL(
  '../demo/public/documentos/solicitud-licencia-construccion.pdf',
  import.meta.url,
);

const { newPage } = useBrowser();

test('the firma citizen signs the permit application; the verification page says valid, and altered for a changed file', async () => {
  const { context, page } = await newPage();
  try {
    await page.goto(`${baseUrl()}/llave/login?returnTo=${encodeURIComponent('/permiso.html')}`);
    await page.locator('#login').fill(firmaCitizen.email);
    await page.locator('#password').fill(firmaCitizen.password);
    await Promise.all([
      page.waitForURL((u) => u.pathname === '/permiso.html', { timeout: 15_000 }),
      page.locator('#password').press('Enter'),
    ]);

    const signer = page.locator('llave-document-signer');
    const bytes = await readFile(DOCUMENT);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    // The fingerprint shown is the SHA-256 of the file the page serves, in groups of four.
    const fingerprint = signer.locator('[part=fingerprint]').first();
    await fingerprint.waitFor();
    assert.equal(
      ((await fingerprint.textContent()) ?? '').replace(/\s+/g, ''),
      sha256.toUpperCase(),
    );
    await signer.getByText('Solicitud de licencia de construcción').first().waitFor();
    await checkA11y(page, { label: 'permiso.html review' });

    await signer.getByRole('checkbox', { name: /Revisé el documento y quiero firmarlo/ }).check();
    await signer.getByRole('button', { name: 'Enviarme el código para firmar' }).click();
    const code = await readOutboxCode(firmaCitizen.mobile, { purpose: 'signature' });
    const input = signer.getByLabel('Código de verificación');
    await input.waitFor();
    await input.fill(code);
    await input.press('Enter');

    const receipt = signer.locator('[part=receipt]');
    await receipt.getByRole('heading', { name: 'Documento firmado' }).waitFor();
    const text = (await receipt.textContent()) ?? '';
    assert.match(text, /FE[A-Z0-9]{18}/);
    assert.match(text, /Carlos González Sánchez/);
    assert.match(text, /GOSC780910HMCNNR09/);
    await page
      .locator('#permit-result')
      .getByText(/Solicitud firmada \(folio FE/)
      .waitFor();
    await checkA11y(page, { label: 'permiso.html receipt' });
    const verifyUrl = await receipt
      .getByRole('link', { name: /Verificar la firma/ })
      .getAttribute('href');
    assert.ok(verifyUrl);

    // The verification page, as someone receiving the file and the folio would use it.
    const verify = await context.newPage();
    await verify.goto(verifyUrl);
    await verify
      .locator('#file')
      .setInputFiles({ name: 'solicitud.pdf', mimeType: 'application/pdf', buffer: bytes });
    await verify.getByRole('button', { name: 'Verificar' }).click();
    await verify.getByRole('heading', { name: 'Firma válida' }).waitFor();
    assert.match((await verify.locator('.result').textContent()) ?? '', /GOSC780910HMCNNR09/);
    await checkA11y(verify, { label: 'verification page, valid' });

    const changed = Buffer.from(bytes);
    changed[changed.indexOf('96 m2')] = '9'.charCodeAt(0) + 0; // "96" → "99": one character
    changed[changed.indexOf('96 m2') + 1] = '9'.charCodeAt(0);
    assert.notEqual(createHash('sha256').update(changed).digest('hex'), sha256);
    await verify.goto(verifyUrl);
    await verify
      .locator('#file')
      .setInputFiles({ name: 'solicitud.pdf', mimeType: 'application/pdf', buffer: changed });
    await verify.getByRole('button', { name: 'Verificar' }).click();
    await verify.getByRole('heading', { name: 'Documento alterado' }).waitFor();
    assert.doesNotMatch(
      (await verify.locator('.result').textContent()) ?? '',
      /GOSC780910HMCNNR09/,
    );
  } finally {
    await context.close();
  }
});

test('the permit form’s options are in the page’s language, and follow the toggle', async () => {
  const { context, page } = await newPage();
  try {
    await page.goto(`${baseUrl()}/permiso.html`);
    const options = page.locator('#obra option');
    assert.deepEqual(await options.allTextContents(), ['Ampliación', 'Obra nueva', 'Remodelación']);
    await page.locator('[data-lang-toggle]').click();
    await page.waitForFunction(
      () => document.querySelector('#obra option')?.textContent === 'Extension',
    );
    assert.deepEqual(await options.allTextContents(), ['Extension', 'New building', 'Renovation']);
  } finally {
    await context.close();
  }
});
