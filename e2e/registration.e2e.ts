/**
 * Registration on the demo, through the real stack: the wizard on registro.html talks to the
 * simulator through the BFF proxy, the email code is read from the simulator's outbox, and the
 * new citizen then signs in with the login button and sees their name. Keyboard only: fields are
 * focused and typed into, steps advance with Enter, checkboxes toggle with Space; no clicks.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  baseUrl,
  checkA11y,
  readOutboxCode,
  signInLink,
  uniqueCurp,
  uniqueEmail,
  useBrowser,
} from './support.js';

const { newPage } = useBrowser();

const wizard = (page: Page) => page.locator('llave-registration-wizard');
const field = (page: Page, name: string) => wizard(page).locator(`form [name="${name}"]`);

async function typeInto(page: Page, name: string, text: string) {
  await field(page, name).focus();
  await page.keyboard.type(text);
}

async function register(page: Page, lang: 'es-MX' | 'en') {
  const en = lang === 'en';
  const curp = uniqueCurp('M');
  const email = uniqueEmail('registro');
  const password = 'girasol marea linterna 73';
  await page.goto(`${baseUrl()}/registro.html`);
  if (en) {
    await page.locator('[data-lang-toggle]').focus();
    await page.keyboard.press('Enter');
  }
  const heading = wizard(page).locator('h2');
  await heading.filter({ hasText: en ? 'Step 1 of 3' : 'Paso 1 de 3' }).waitFor();
  await checkA11y(page, { label: `registration step 1 (${lang})` });

  // Step 1: a valid CURP nobody registered (the registry only derives its facts), names, address.
  await typeInto(page, 'curp', curp);
  await wizard(page).locator('.llave-rw-facts').waitFor();
  await typeInto(page, 'nombre', 'Marisol');
  await typeInto(page, 'primerApellido', 'Prueba');
  await typeInto(page, 'codigoPostal', '06700');
  await field(page, 'asentamientoId').waitFor();
  assert.equal(await field(page, 'municipio').inputValue(), 'Cuauhtémoc');
  // Roma Norte is the only colonia of 06700 in the sample: chosen for the citizen.
  assert.notEqual(await field(page, 'asentamientoId').inputValue(), '');
  await typeInto(page, 'calle', 'Colima');
  await typeInto(page, 'numeroExterior', '120');
  await checkA11y(page, { label: `registration step 1 filled (${lang})` });
  await page.keyboard.press('Enter');

  // Step 2.
  await heading.filter({ hasText: en ? 'Step 2 of 3' : 'Paso 2 de 3' }).waitFor();
  assert.equal(
    await page.evaluate(() => document.activeElement?.tagName),
    'LLAVE-REGISTRATION-WIZARD',
  );
  await typeInto(page, 'email', email);
  await page.keyboard.press('Enter');

  // Step 3: the credential fields are in the page's light DOM, inside a real form.
  await heading.filter({ hasText: en ? 'Step 3 of 3' : 'Paso 3 de 3' }).waitFor();
  const creds = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('input[autocomplete]')]
      .filter((i) => ['username', 'new-password'].includes(i.autocomplete))
      .map((i) => ({
        ac: i.autocomplete,
        value: i.autocomplete === 'username' ? i.value : '',
        inForm: i.form !== null,
      })),
  );
  assert.deepEqual(creds, [
    { ac: 'username', value: email, inForm: true },
    { ac: 'new-password', value: '', inForm: true },
    { ac: 'new-password', value: '', inForm: true },
  ]);
  await typeInto(page, 'password', password);
  await typeInto(page, 'passwordConfirm', password);
  await field(page, 'acceptPrivacyNotice').focus();
  await page.keyboard.press('Space');
  const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }));
  assert.ok(!stored.includes(password), 'the password is never in sessionStorage');
  assert.ok(stored.includes(email), 'the rest of the draft is');
  await checkA11y(page, { label: `registration step 3 (${lang})` });
  await field(page, 'passwordConfirm').focus();
  await page.keyboard.press('Enter');

  // The email code, from the simulator's outbox.
  const verifier = wizard(page).locator('llave-contact-verifier');
  const codeInput = verifier.locator('#code');
  await codeInput.waitFor();
  await checkA11y(page, { label: `email code (${lang})` });
  const code = await readOutboxCode(email);
  await codeInput.focus();
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
  // It ends on a heading that says the account is ready, with focus on it (not on <body>).
  const ready = wizard(page).getByRole('heading', {
    name: en ? 'Your account is ready' : 'Tu cuenta está lista',
  });
  await ready.waitFor();
  await page.waitForFunction(
    () =>
      document.querySelector('llave-registration-wizard')?.shadowRoot?.activeElement?.tagName ===
      'H2',
  );
  await wizard(page)
    .locator('.done-message')
    .filter({ hasText: en ? 'You confirmed your email' : 'Confirmaste tu correo' })
    .waitFor();
  assert.equal(await page.evaluate(() => sessionStorage.length), 0, 'draft cleared on success');

  // Sign in with the header's login button (keyboard) on the simulator's hosted page.
  await (
    await signInLink(page.locator('header llave-login-button'), /Iniciar sesión|Sign in/)
  ).focus();
  await page.keyboard.press('Enter');
  const login = page.getByLabel(/CURP, correo|CURP, email/i);
  await login.waitFor();
  await login.focus();
  await page.keyboard.type(email);
  await page.getByLabel(/^(Contraseña|Password)$/i).focus();
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/registro\.html/);
  const account = page
    .locator('header llave-login-button')
    .getByRole('button', { name: /Marisol/ });
  await account.waitFor();
  const me = await page.evaluate(async () => (await fetch('/llave/session')).json());
  assert.equal(me.authenticated, true);
  assert.match(me.user.name, /Marisol Prueba/);
  assert.equal(me.user.level, 'verificada');
}

test('a new citizen registers with the keyboard, verifies the email code and signs in', async () => {
  const { context, page } = await newPage();
  try {
    await register(page, 'es-MX');
  } finally {
    await context.close();
  }
});

test('the same journey works in English', async () => {
  const { context, page } = await newPage({ locale: 'en-US' });
  try {
    await register(page, 'en');
  } finally {
    await context.close();
  }
});

test('registering with a CURP that already has an account says what to do, on step 1', async () => {
  const { context, page } = await newPage();
  try {
    await page.goto(`${baseUrl()}/registro.html`);
    await typeInto(page, 'curp', 'PEGJ900115HDFRRN03');
    // A registry person: names arrive read-only.
    await page.waitForFunction(
      () =>
        (
          document.querySelector(
            'llave-registration-wizard form [name="nombre"]',
          ) as HTMLInputElement | null
        )?.readOnly === true,
    );
    await typeInto(page, 'codigoPostal', '06700');
    await field(page, 'asentamientoId').waitFor();
    await typeInto(page, 'calle', 'Colima');
    await typeInto(page, 'numeroExterior', '1');
    await page.keyboard.press('Enter');
    const conflict = wizard(page).locator('.conflict');
    await conflict.waitFor();
    assert.match((await conflict.textContent())!, /Ya existe una cuenta Llave CDMX con esta CURP/);
    assert.match((await conflict.textContent())!, /55 5658 1111/);
    assert.equal(await wizard(page).getAttribute('draft-key'), 'demo-registro');
    await checkA11y(page, { label: 'CURP conflict' });
  } finally {
    await context.close();
  }
});
