/**
 * The simulator's hosted sign-in page after a wrong password, in Chromium at phone size: focus
 * on the error summary (not <body>), the error said once, and a show-password toggle that works
 * and hides the password again on submit (so a password manager still sees a password).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { baseUrl, checkA11y, demoCitizen, useBrowser } from './support.js';

const { newPage } = useBrowser();

test('a wrong password focuses the error summary, says it once, and the password can be shown', async () => {
  const { context, page } = await newPage({ viewport: { width: 360, height: 740 } });
  try {
    await page.goto(`${baseUrl()}/llave/login?returnTo=%2F`);
    const password = page.getByLabel(/^Contraseña$/i);
    await page.getByLabel(/^CURP, correo/i).fill(demoCitizen.email);
    await password.fill('NotHerPassword-1');
    await page.getByRole('button', { name: 'Iniciar sesión', exact: true }).click();
    await page.locator('.error-summary').waitFor();

    const focused = await page.evaluate(() => document.activeElement?.className);
    assert.equal(focused, 'error-summary');
    const text = (await page.locator('main').textContent()) ?? '';
    assert.equal(text.split('no coinciden con una cuenta').length - 1, 1, 'the error once');
    await checkA11y(page, { label: 'the sign-in page with an error' });

    // The toggle: pressed shows the password, pressed again hides it.
    const toggle = page.getByRole('button', { name: 'Mostrar contraseña' });
    await password.fill(demoCitizen.password);
    await toggle.click();
    assert.equal(await password.getAttribute('type'), 'text');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    await toggle.click();
    assert.equal(await password.getAttribute('type'), 'password');
    await toggle.click();
    // Submitting hides it again, and the right password signs her in.
    await page.getByRole('button', { name: 'Iniciar sesión', exact: true }).click();
    await page.waitForURL(`${baseUrl()}/`);
  } finally {
    await context.close();
  }
});
