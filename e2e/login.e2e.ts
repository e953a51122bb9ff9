/**
 * The login journey on the demo site, through the real stack: the button on the agency page,
 * the simulator's hosted login page (the Llave protocol), the BFF callback, the session, and
 * sign-out. axe runs on every state the citizen sees.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { baseUrl, checkA11y, demoCitizen, signInLink, useBrowser } from './support.js';

const { newPage } = useBrowser();

/** The header's button (the page has a second one in the "start your renewal" card). */
const headerButton = (page: Page) => page.locator('header llave-login-button');

async function session(page: Page): Promise<{ authenticated: boolean; user?: { name: string } }> {
  return page.evaluate(async () => (await fetch('/llave/session')).json());
}

test('a citizen signs in from the demo, stays signed in across reloads, and signs out', async () => {
  const { context, page } = await newPage();
  const cspViolations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) {
      cspViolations.push(`${page.url()} ${m.location().url}: ${m.text().slice(0, 80)}`);
    }
  });
  try {
    await page.goto(`${baseUrl()}/index.html?desde=e2e`);
    const signIn = await signInLink(headerButton(page));
    await checkA11y(page, { label: 'the signed-out demo page' });

    // The link carries this page as returnTo (path + query) to the BFF.
    const href = new URL((await signIn.getAttribute('href'))!, baseUrl());
    assert.equal(href.pathname, '/llave/login');
    assert.equal(href.searchParams.get('returnTo'), '/index.html?desde=e2e');

    await signIn.click();
    // The simulator's hosted login page.
    await page.getByLabel(/^CURP, correo/i).waitFor();
    await checkA11y(page, { label: 'the simulator login page' });
    await page.getByLabel(/^CURP, correo/i).fill(demoCitizen.email);
    await page.getByLabel(/^Contraseña$/i).fill(demoCitizen.password);
    await page.getByRole('button', { name: 'Iniciar sesión', exact: true }).click();

    // Back on the page we left, signed in, with the citizen's name and level.
    await page.waitForURL(`${baseUrl()}/index.html?desde=e2e`);
    const menuButton = headerButton(page).getByRole('button', { name: /Tu cuenta/ });
    await menuButton.waitFor();
    const me = await session(page);
    assert.equal(me.authenticated, true);
    const label = (await menuButton.textContent())!.replace(/\s+/g, ' ');
    assert.match(label, new RegExp(me.user!.name));
    assert.match(label, /Nivel (Verificada|Con firma)/);
    await checkA11y(page, { label: 'the signed-in demo page' });

    // The menu, opened from the keyboard.
    await menuButton.focus();
    await page.keyboard.press('Enter');
    const logout = headerButton(page).getByRole('menuitem', { name: 'Cerrar sesión' });
    await logout.waitFor();
    await checkA11y(page, { label: 'the open account menu' });
    await page.keyboard.press('Escape');

    // A reload keeps the session (server-side, HttpOnly cookie).
    await page.reload();
    await menuButton.waitFor();
    assert.equal((await session(page)).authenticated, true);

    // Sign out: every button on the page goes back to "Iniciar sesión".
    await menuButton.click();
    await logout.click();
    await signIn.waitFor();
    assert.equal((await session(page)).authenticated, false);
    assert.equal(
      await page.getByRole('link', { name: 'Iniciar sesión con Llave CDMX' }).count(),
      2,
    );
    await page.reload();
    await signIn.waitFor();
    await checkA11y(page, { label: 'the page after sign-out' });
    assert.deepEqual(cspViolations, [], 'the page runs under its strict CSP');
  } finally {
    await context.close();
  }
});

test('the sign-in link works with JavaScript turned off (the light-DOM fallback)', async () => {
  const { context, page } = await newPage({ javaScriptEnabled: false });
  try {
    await page.goto(`${baseUrl()}/`);
    const fallback = headerButton(page).getByRole('link', {
      name: 'Iniciar sesión con Llave CDMX',
    });
    assert.equal(await fallback.isVisible(), true);
    await fallback.click();
    await page.getByLabel(/^CURP, correo/i).waitFor();
  } finally {
    await context.close();
  }
});

test('the page can switch the button to English', async () => {
  const { context, page } = await newPage();
  try {
    await page.goto(`${baseUrl()}/`);
    await signInLink(headerButton(page));
    await page.getByRole('button', { name: 'English' }).click();

    await headerButton(page).getByRole('link', { name: 'Sign in with Llave CDMX' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await checkA11y(page, { label: 'the English page' });

    // The next page arrives in English already: the server reads the toggle's cookie, so no
    // script switches the language while it loads.
    const next = await page.goto(`${baseUrl()}/tramite.html`);
    assert.match((await next?.text()) ?? '', /<html lang="en">/);
  } finally {
    await context.close();
  }
});
