/**
 * Password reset on the demo through the real stack: a citizen registered through the API (so
 * this test does not depend on the registration one) recovers the password with the code from
 * the simulator's outbox, then signs in with the new one. Keyboard only.
 */
import assert from 'node:assert/strict';
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

test('a citizen recovers the password with the emailed code and signs in with the new one', async () => {
  const curp = uniqueCurp('M');
  const email = uniqueEmail('reset');
  await registerCitizen(curp, email, 'contraseña vieja 2020');
  const { context, page } = await newPage();
  try {
    await page.goto(`${baseUrl()}/recuperar.html`);
    const reset = page.locator('llave-password-reset');
    const field = (name: string) => reset.locator(`form [name="${name}"]`);
    await field('curp').waitFor();
    await checkA11y(page, { label: 'password reset start' });
    await field('curp').focus();
    await page.keyboard.type(curp);
    await field('contact').focus();
    await page.keyboard.type(email);
    await page.keyboard.press('Enter');
    await reset.getByText('Si los datos coinciden con una cuenta, te enviamos un código').waitFor();
    const code = await readOutboxCode(email, { purpose: 'password-reset' });
    const codeInput = reset.locator('llave-contact-verifier #code');
    await codeInput.focus();
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');
    await field('password').waitFor();
    await checkA11y(page, { label: 'new password' });
    const fresh = 'nopal cielo campana 19';
    await field('password').focus();
    await page.keyboard.type(fresh);
    await field('passwordConfirm').focus();
    await page.keyboard.type(fresh);
    await page.keyboard.press('Enter');
    await reset.getByText('Listo, ya puedes entrar con tu nueva contraseña.').waitFor();

    await (
      await signInLink(page.locator('header llave-login-button'), /Iniciar sesión|Sign in/)
    ).focus();
    await page.keyboard.press('Enter');
    const login = page.getByLabel(/CURP, correo/i);
    await login.waitFor();
    await login.focus();
    await page.keyboard.type(email);
    await page.getByLabel(/^Contraseña$/i).focus();
    await page.keyboard.type(fresh);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/recuperar\.html/);
    const me = await page.evaluate(async () => (await fetch('/llave/session')).json());
    assert.equal(me.authenticated, true);
  } finally {
    await context.close();
  }
});

test('an unknown CURP and contact get the same answer as a real one (no enumeration)', async () => {
  const { context, page } = await newPage();
  try {
    await page.goto(`${baseUrl()}/recuperar.html`);
    const reset = page.locator('llave-password-reset');
    await reset.locator('form [name="curp"]').focus();
    await page.keyboard.type(uniqueCurp('H'));
    await reset.locator('form [name="contact"]').focus();
    await page.keyboard.type(uniqueEmail('nadie'));
    await page.keyboard.press('Enter');
    await reset.getByText('Si los datos coinciden con una cuenta, te enviamos un código').waitFor();
  } finally {
    await context.close();
  }
});
