/**
 * "Mi perfil" through the real stack (simulator + BFF with the Llave adapter + demo): a citizen
 * signs in, changes her address, adds a mobile and verifies it with the code from the outbox,
 * sees the new level and the changes survive a reload, downloads her data and cancels the
 * account, after which the session is gone.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import {
  baseUrl,
  checkA11y,
  readOutboxCode,
  registerCitizen,
  signInLink,
  uniqueCurp,
  uniqueEmail,
  useBrowser,
} from './support.js';

const { newPage } = useBrowser();

test('a citizen keeps her ficha up to date, downloads her data and cancels her account', async () => {
  const email = uniqueEmail('perfil');
  const password = 'mi perfil al día 2026';
  await registerCitizen(uniqueCurp('M'), email, password);
  const mobile = `55${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const { context, page } = await newPage({ acceptDownloads: true });
  try {
    // Sign in from the header, then "Mi perfil" in the account menu.
    await page.goto(`${baseUrl()}/`);
    const header = page.locator('header llave-login-button');
    await (await signInLink(header)).click();
    await page.getByLabel(/^CURP, correo/i).fill(email);
    await page.getByLabel(/^Contraseña$/i).fill(password);
    await page.getByRole('button', { name: 'Iniciar sesión', exact: true }).click();
    await page.waitForURL(`${baseUrl()}/`);
    await header.getByRole('button', { name: /Tu cuenta/ }).click();
    await header.getByRole('menuitem', { name: 'Mi perfil' }).click();
    await page.waitForURL(`${baseUrl()}/perfil.html`);

    const profile = page.locator('llave-profile');
    await profile.getByRole('heading', { name: 'Datos personales' }).waitFor();
    assert.match((await profile.locator('[part=badge]').textContent()) ?? '', /Básica/);
    await checkA11y(page, { label: 'the ficha' });

    // The address: a postal code with two asentamientos of the same name.
    await profile.getByRole('button', { name: 'Actualizar' }).click();
    await profile.getByLabel('Código postal').fill('16030');
    const colonia = profile.getByLabel('Colonia');
    await colonia
      .locator('option', { hasText: 'San Juan (Pueblo)' })
      .waitFor({ state: 'attached' });
    await colonia.selectOption({ label: 'San Juan (Pueblo)' });
    await profile.getByLabel('Calle').fill('Calle 5 de Mayo');
    await profile.getByLabel('Número exterior').fill('8');
    await profile.getByRole('button', { name: 'Guardar domicilio' }).click();
    const address = profile.locator('section', {
      has: page.getByRole('heading', { name: 'Domicilio' }),
    });
    await address.getByText('San Juan (Pueblo), 16030').waitFor();

    // A mobile, verified with the code the simulator "sent".
    await profile.getByRole('button', { name: 'Agregar celular' }).click();
    await profile.getByLabel('Nuevo número de celular').fill(mobile);
    await profile.getByRole('button', { name: 'Enviar código' }).click();
    const code = await readOutboxCode(`+52${mobile}`, { purpose: 'verification' });
    await profile.getByLabel('Código de verificación').fill(code);
    await profile.getByRole('button', { name: 'Confirmar código' }).click();
    const contact = profile.locator('section', {
      has: page.getByRole('heading', { name: 'Contacto' }),
    });
    // The pending line goes once the code is checked: the new mobile is the account's.
    await contact.getByText(/Pendiente de verificar/).waitFor({ state: 'detached' });
    await contact.getByText(`+52${mobile}`).waitFor();
    await profile.locator('[part=badge]', { hasText: 'Verificada' }).waitFor();
    // The session saw it without a new sign-in.
    await header.getByText('Nivel Verificada').waitFor();

    // Everything survives a reload.
    await page.reload();
    await profile.locator('[part=badge]', { hasText: 'Verificada' }).waitFor();
    await address.getByText('San Juan (Pueblo), 16030').waitFor();
    assert.match((await contact.textContent()) ?? '', new RegExp(`\\+52${mobile}\\s*Verificado`));

    // Download my data: a zip whose ficha.json has the new address and mobile.
    await profile.getByRole('button', { name: 'Descargar mis datos' }).click();
    const dialog = profile.getByRole('dialog', { name: 'Descargar mis datos' });
    await dialog.getByText('.zip').waitFor();
    await checkA11y(page, { label: 'the download confirmation' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Descargar', exact: true }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^llave-cdmx-mis-datos-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = await readFile((await download.path())!);
    assert.equal(zip.subarray(0, 4).toString('hex'), '504b0304');
    assert.ok(zip.includes(Buffer.from('ficha.json')));

    // Cancel my account: the confirmation says what happens; then the session is gone.
    await profile.getByRole('button', { name: 'Cancelar mi cuenta' }).click();
    const cancel = profile.getByRole('dialog', { name: 'Cancelar mi cuenta' });
    await cancel.getByText('No se puede deshacer').waitFor();
    await cancel.getByRole('button', { name: 'Sí, cancelar mi cuenta' }).click();
    await profile.getByText('Cancelamos tu cuenta Llave CDMX').waitFor();
    await header.getByRole('link', { name: 'Iniciar sesión con Llave CDMX' }).waitFor();
    const session = await page.evaluate(async () => (await fetch('/llave/session')).json());
    assert.equal(session.authenticated, false);
    const me = await page.evaluate(
      async () => (await fetch('/llave/api/v1/me', { headers: { 'X-CSRF': '1' } })).status,
    );
    assert.equal(me, 401);
  } finally {
    await context.close();
  }
});
