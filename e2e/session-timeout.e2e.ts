/**
 * The session-timeout warning through the real stack, on a stack of its own whose BFF reads
 * short timeouts from its environment (LLAVE_SESSION_IDLE_SECONDS): two tabs warn, continuing
 * in one extends the session on the server and closes the warning in the other, and after the
 * idle end the page says so and signs the citizen in again to the same page.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type StackHandle, startStack } from '../demo/stack.js';
import { checkA11y, demoCitizen, freePort, useBrowser } from './support.js';

// Long enough that a slow shared machine can act within the warning (half of it, 20 s).
const IDLE = 40;
let stack: StackHandle;

before(async () => {
  stack = await startStack({
    port: await freePort(),
    simPort: await freePort(),
    env: { LLAVE_SESSION_IDLE_SECONDS: String(IDLE), LLAVE_SESSION_ABSOLUTE_SECONDS: '3600' },
  });
});
after(async () => {
  await stack?.close();
});
// After the stack's hooks: the stack starts first, as before.
const { newPage } = useBrowser();

const dialog = (page: Page) => page.locator('llave-session-timeout').getByRole('dialog');
const status = (page: Page) =>
  page.evaluate(async () => (await fetch('/llave/session/status')).json());

async function signIn(page: Page) {
  await page.getByLabel(/^CURP, correo/i).fill(demoCitizen.email);
  await page.getByLabel(/^Contraseña$/i).fill(demoCitizen.password);
  await page.getByRole('button', { name: 'Iniciar sesión', exact: true }).click();
}

test('warns before the idle end, continues across tabs, and signs in again to the same page', async () => {
  const { context, page } = await newPage({ viewport: { width: 360, height: 740 } });
  context.setDefaultTimeout(IDLE * 1000 + 15_000);
  try {
    await page.goto(`${stack.demoUrl}/llave/login?returnTo=${encodeURIComponent('/tramite.html')}`);
    await signIn(page);
    await page.waitForURL(`${stack.demoUrl}/tramite.html`);
    const other = await context.newPage();
    await other.goto(`${stack.demoUrl}/index.html`);

    // With a short idle window the warning comes half of it before the end, in both tabs.
    await dialog(page).waitFor();
    await dialog(other).waitFor();
    const focused = await page.evaluate(
      () => document.querySelector('llave-session-timeout')?.shadowRoot?.activeElement?.tagName,
    );
    assert.equal(focused, 'H2');
    assert.match((await dialog(page).textContent()) ?? '', /cerraremos tu sesión en \d+ segundos/);

    const before = Date.parse((await status(page)).idleExpiresAt);
    await dialog(page).getByRole('button', { name: 'Seguir en la sesión' }).click();
    await dialog(page).waitFor({ state: 'hidden' });
    // The other tab heard of it and closed its warning; the server moved the deadline.
    await dialog(other).waitFor({ state: 'hidden' });
    assert.ok(Date.parse((await status(page)).idleExpiresAt) > before);
    await other.close();

    // Nobody answers this time: the session ends, and the page says so.
    await dialog(page).getByRole('heading', { name: 'Tu sesión terminó' }).waitFor();
    assert.equal((await status(page)).authenticated, false);
    await checkA11y(page, { label: 'the session-ended dialog' });
    await dialog(page).getByRole('link', { name: 'Iniciar sesión de nuevo' }).click();
    await signIn(page);
    await page.waitForURL(`${stack.demoUrl}/tramite.html`);
    assert.equal((await status(page)).authenticated, true);
  } finally {
    await context.close();
  }
});
