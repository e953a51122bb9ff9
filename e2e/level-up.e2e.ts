/**
 * Raising the level on the demo through the real stack (Llave protocol adapter): a básica citizen
 * signs in, is told to verify a contact (Llave has no step-up at sign-in), verifies the email with
 * `<llave-contact-verifier>` and the login button shows Verificada without a new sign-in.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  baseUrl,
  checkA11y,
  demoCitizen,
  readOutboxCode,
  signInLink,
  useBrowser,
} from './support.js';

/** The seeded básica citizen (server/sim README): email not verified, no mobile. */
const basica = { email: 'ana.basica@example.com', password: demoCitizen.password };
const VERIFY = 'Verifica tu correo o celular para continuar';

const { newPage } = useBrowser();

test('a básica citizen verifies her email and the page sees level Verificada without signing in again', async () => {
  const { context, page } = await newPage();
  try {
    // Signing in from a page that asks for verificada would end on the BFF's "Llave cannot raise
    // your level here" page: she signs in from the home page's header, which asks for no level.
    await page.goto(`${baseUrl()}/`);
    await (await signInLink(page.locator('header llave-login-button'))).click();
    await page.getByLabel(/^CURP, correo/i).fill(basica.email);
    await page.getByLabel(/^Contraseña$/i).fill(basica.password);
    await page.getByRole('button', { name: 'Iniciar sesión', exact: true }).click();
    await page.waitForURL(`${baseUrl()}/`);
    // The home page's "start your renewal" button needs verificada and names no verification
    // page: the words, as text.
    await page.locator('main llave-login-button').getByText(VERIFY).waitFor();

    // The verification page, below the level it needs: the header button links to it.
    await page.goto(`${baseUrl()}/verificar.html`);
    const header = page.locator('header llave-login-button');
    const prompt = header.getByRole('link', { name: VERIFY });
    await prompt.waitFor();
    assert.equal(await prompt.getAttribute('href'), 'verificar.html');
    const account = header.getByRole('button', { name: /Tu cuenta/ });
    assert.match((await account.textContent()) ?? '', /Nivel Básica/);
    assert.equal(
      await header.getByRole('link', { name: /Sube tu cuenta|Iniciar sesión/ }).count(),
      0,
      'no sign-in step-up, which Llave cannot do',
    );
    const before = await page.evaluate(async () => (await fetch('/llave/session')).json());
    assert.deepEqual(before.levelUp, { verificada: 'verify-contact', firma: 'unavailable' });
    await checkA11y(page, { label: 'the verify-contact prompt' });

    // What the page's script does: start a verification of her email through the BFF proxy.
    await page.evaluate(async () => {
      const res = await fetch('/llave/api/v1/verifications', {
        method: 'POST',
        headers: { 'X-CSRF': '1', 'Content-Type': 'application/json' },
        body: JSON.stringify({ channel: 'email' }),
      });
      if (res.status !== 201) throw new Error(`verification not started: ${res.status}`);
      const verifier = document.querySelector('llave-contact-verifier') as HTMLElement & {
        verification: unknown;
      };
      verifier.verification = await res.json();
    });
    const code = await readOutboxCode(basica.email, { purpose: 'verification' });
    await page.getByLabel('Código de verificación').fill(code);
    await page.getByRole('button', { name: 'Confirmar código' }).click();

    // The session store refreshes from the IdP on llave-contact-verified: no reload, no sign-in.
    await header.getByRole('button', { name: /Nivel Verificada/ }).waitFor();
    assert.equal(await header.getByRole('link', { name: VERIFY }).count(), 0);
    const after = await page.evaluate(async () => (await fetch('/llave/session')).json());
    assert.equal(after.user.level, 'verificada');
    assert.equal(after.user.email, basica.email);
    await checkA11y(page, { label: 'the page after verification' });
  } finally {
    await context.close();
  }
});
