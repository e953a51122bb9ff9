/**
 * The expediente and trámite tracker through the real stack: simulator + BFF + demo page.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { baseUrl, checkA11y, demoCitizen, useBrowser } from './support.js';

const { newPage } = useBrowser();

/** Signs in on the simulator's hosted page and comes back to `path`. */
async function signIn(page: Page, path: string): Promise<void> {
  await page.goto(`${baseUrl()}/llave/login?returnTo=${encodeURIComponent(path)}`);
  await page.locator('#login').fill(demoCitizen.email);
  await page.locator('#password').fill(demoCitizen.password);
  await Promise.all([
    page.waitForURL((u) => u.pathname === path, { timeout: 15_000 }),
    page.locator('#password').press('Enter'),
  ]);
}

const SMALL_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

test('a citizen uploads a PDF, picks it for the renewal, consents, and the page gets references only', async () => {
  const { context, page } = await newPage();
  try {
    await signIn(page, '/tramite.html');
    const picker = page.locator('llave-document-picker');
    await picker.getByRole('heading', { name: 'Tus documentos guardados', level: 3 }).waitFor();
    await checkA11y(page, { label: 'tramite.html signed in' });

    const name = `comprobante-e2e-${Date.now()}.pdf`;
    await picker
      .getByLabel('Tipo de documento', { exact: true })
      .selectOption('comprobante-domicilio');
    await picker
      .locator('#file-input')
      .setInputFiles({ name, mimeType: 'application/pdf', buffer: SMALL_PDF });
    await picker.getByText(`Listo: ${name} ya está en tu expediente.`).waitFor();
    const uploaded = picker.getByRole('checkbox', { name, exact: true });
    await uploaded.waitFor();
    assert.equal(await uploaded.isChecked(), true, 'the new upload is picked for the trámite');

    // An identification from the seeded expediente that is not rejected.
    const ids = picker.locator('[part=item]').filter({ hasText: 'Identificación oficial' });
    const usable = ids.filter({ hasNot: page.locator('input:disabled') }).first();
    await usable.getByRole('checkbox').check();

    const events: unknown[] = [];
    await page.exposeFunction('recordSelect', (detail: unknown) => events.push(detail));
    await page.evaluate(() => {
      document.addEventListener('llave-document-select', (e) =>
        (window as unknown as { recordSelect(d: unknown): void }).recordSelect(
          JSON.parse(JSON.stringify((e as Event & { selection: unknown }).selection)),
        ),
      );
    });

    // Without consent nothing is shared.
    await picker.getByRole('button', { name: 'Compartir documentos' }).click();
    await picker.getByText('Marca la casilla de autorización').waitFor();
    assert.equal(events.length, 0);

    await picker
      .getByRole('checkbox', { name: /^Autorizo compartir estos documentos con/ })
      .check();
    await picker.getByRole('button', { name: 'Compartir documentos' }).click();
    await page.locator('#renewal-result').getByText('Documentos autorizados').waitFor();
    assert.equal(events.length, 1);
    const selection = events[0] as { documents: Array<Record<string, unknown>> };
    assert.equal(selection.documents.length, 2);
    for (const d of selection.documents) {
      assert.deepEqual(Object.keys(d).sort(), ['id', 'name', 'ref', 'type']);
      assert.equal(typeof d.ref, 'string');
    }
    assert.ok(selection.documents.some((d) => d.name === name));

    const refs = await page.evaluate(() =>
      new FormData(document.getElementById('renewal') as HTMLFormElement).getAll('documentos'),
    );
    assert.deepEqual(
      refs,
      selection.documents.map((d) => d.ref),
    );

    // Before sending, no list of every trámite: the page is about this one.
    assert.equal(await page.locator('llave-tramite-tracker').count(), 0);
    await page.getByText('Cuando envíes tu solicitud, aquí verás su folio y su estado.').waitFor();

    // Send: a folio, focus on the confirmation, and that trámite's status right below.
    await page.getByRole('button', { name: 'Enviar solicitud' }).click();
    const confirmation = page.getByRole('heading', { name: 'Recibimos tu solicitud' });
    await confirmation.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'enviada-title');
    const folio = (await page.locator('#folio').textContent()) ?? '';
    assert.match(folio, /^[A-Z0-9]{20}$/);
    const tracker = page.locator('llave-tramite-tracker');
    await tracker.getByRole('heading', { name: 'Estado de tu trámite', level: 2 }).waitFor();
    const card = tracker.locator('[part=tramite]');
    await card.getByText(folio).waitFor();
    assert.equal(await card.count(), 1, 'that trámite only');
    assert.match((await card.locator('li[aria-current="step"]').textContent()) ?? '', /Recibido/);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'enviada-title');
    await checkA11y(page, { label: 'tramite.html sent' });
  } finally {
    await context.close();
  }
});

test('Mi trámite fills the citizen’s data from the session, and sending without documents shows an error summary, focused', async () => {
  const { context, page } = await newPage({ viewport: { width: 360, height: 740 } });
  try {
    await signIn(page, '/tramite.html');
    await page.locator('#datos').getByText(demoCitizen.email).waitFor();
    assert.match((await page.locator('#datos').textContent()) ?? '', /PEGJ900115HDFRRN03/);
    await page
      .locator('llave-document-picker')
      .getByRole('heading', { level: 3 })
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Enviar solicitud' }).click();
    const summary = page.locator('#renewal-errors');
    await summary.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'renewal-errors');
    assert.match((await summary.textContent()) ?? '', /Falta|Faltan/);
    await checkA11y(page, { label: 'tramite.html with the error summary' });
    // The English page says it in English, button included.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Send application' }).waitFor();
  } finally {
    await context.close();
  }
});

test('anyone can follow a seeded trámite by folio without signing in', async () => {
  const { context, page } = await newPage();
  try {
    await page.goto(`${baseUrl()}/tramite.html`);
    const tracker = page.locator('llave-tramite-tracker');
    const field = tracker.getByLabel('Folio o línea de captura');
    await field.fill('semovi-lic-2026-0000001');
    await field.press('Enter');
    const card = tracker.locator('[part=tramite]');
    await card.waitFor();
    assert.match((await card.textContent()) ?? '', /SEMOVILIC20260000001/);
    assert.equal(await card.locator('ol > li[aria-current="step"]').count(), 1);
    await checkA11y(page, { label: 'tramite.html lookup' });

    await field.fill('NOEXISTE000000000000');
    await field.press('Enter');
    await tracker
      .getByText('No encontramos un trámite con el folio NOEXISTE000000000000')
      .waitFor();
  } finally {
    await context.close();
  }
});
