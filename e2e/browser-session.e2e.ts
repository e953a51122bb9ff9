/**
 * A site with no server (demo/static, served by a plain file server, no BFF) signing in from the
 * browser with `<llave-session mode="browser">`: oidc-client-ts as a public client against the
 * simulator's OpenID Connect side, tokens in memory only, the API called across origins with a
 * Bearer token (CORS), sign-out at the IdP. Also what must be refused: a tampered state, and the
 * Llave protocol, which needs a client secret.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { checkA11y, demoCitizen, simUrl, staticUrl, useBrowser } from './support.js';

const { newPage } = useBrowser();

const signInLink = (page: Page) =>
  page
    .locator('header llave-login-button')
    .getByRole('link', { name: 'Iniciar sesión con Llave CDMX' });
const menuButton = (page: Page) =>
  page.locator('header llave-login-button').getByRole('button', { name: /Tu cuenta/ });

/** Everything the site's origin keeps: storages, IndexedDB, cookies (script-visible or not). */
async function originStorage(page: Page, context: BrowserContext) {
  const inPage = await page.evaluate(async () => ({
    local: { ...localStorage },
    session: { ...sessionStorage },
    cookie: document.cookie,
    databases: (await indexedDB.databases()).map((d) => d.name),
  }));
  return { ...inPage, cookies: await context.cookies(staticUrl()) };
}

const empty = { local: {}, session: {}, cookie: '', databases: [], cookies: [] };

/** Watches the traffic a test asserts on. */
function watch(page: Page) {
  const seen = { api: [] as Request[], token: [] as Request[], bff: [] as Request[], engine: 0 };
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (r.url().startsWith(`${simUrl()}/api/`) && r.method() !== 'OPTIONS') seen.api.push(r);
    if (url.pathname === '/oidc/token' && r.method() === 'POST') seen.token.push(r);
    if (url.pathname.startsWith('/llave/')) seen.bff.push(r);
    if (/\/chunks\/browser-engine-[^/]+\.js$/.test(url.pathname)) seen.engine++;
  });
  return seen;
}

async function signInAtSimulator(page: Page) {
  await page.getByLabel(/^CURP, correo/i).waitFor();
  assert.ok(page.url().startsWith(simUrl()), 'the citizen is on the simulator’s login page');
  await page.getByLabel(/^CURP, correo/i).fill(demoCitizen.email);
  await page.getByLabel(/^Contraseña$/i).fill(demoCitizen.password);
  await page.getByRole('button', { name: 'Iniciar sesión', exact: true }).click();
}

test('a static page signs in with no BFF, lists the citizen’s trámites with a Bearer token, keeps no token anywhere, refreshes, and signs out at the IdP', async () => {
  const { context, page } = await newPage();
  const seen = watch(page);
  const csp: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) csp.push(m.text().slice(0, 120));
  });
  try {
    await page.goto(`${staticUrl()}/`);
    await signInLink(page).waitFor();
    assert.equal(seen.engine, 0, 'a signed-out page does not download oidc-client-ts');
    await checkA11y(page, { label: 'the static page, signed out' });

    await signInLink(page).click();
    await signInAtSimulator(page);

    // Back on the page, signed in: the code and state are gone from the address bar.
    await menuButton(page).waitFor();
    assert.equal(page.url(), `${staticUrl()}/`);
    assert.match((await menuButton(page).textContent())!, /Juan Pérez García/);
    assert.match((await menuButton(page).textContent())!, /Nivel Verificada/);

    // The tracker lists the citizen's own trámites, fetched from the API with a Bearer token.
    await page.getByText('SEMOVILIC20260000001').first().waitFor();
    const mine = seen.api.find((r) => r.url().endsWith('/api/v1/me/tramites'));
    assert.ok(mine, 'the tracker called the API directly');
    const bearer = (await mine.allHeaders()).authorization ?? '';
    assert.match(bearer, /^Bearer \S+$/);
    assert.deepEqual(
      seen.bff.map((r) => r.url()),
      [],
      'nothing went to a BFF',
    );
    const token = bearer.slice('Bearer '.length);
    await checkA11y(page, { label: 'the static page, signed in' });

    // No token, and nothing else, in any storage or cookie of the site's origin.
    assert.deepEqual(await originStorage(page, context), empty);
    assert.ok(!(await page.content()).includes(token), 'the token is not in the document');

    // Refresh: the rotating refresh token gets a new access token, used by the next call.
    await page.evaluate(() =>
      (
        document.querySelector('llave-session') as unknown as {
          store: { refresh(f: boolean): Promise<void> };
        }
      ).store.refresh(true),
    );
    const refresh = seen.token.at(-1)!;
    assert.match(refresh.postData() ?? '', /grant_type=refresh_token/);
    assert.equal((await refresh.response())?.status(), 200);
    const renewed = page.waitForRequest(
      (r) => r.url().endsWith('/api/v1/me/tramites') && r.method() === 'GET',
    );
    await page
      .locator('llave-tramite-tracker')
      .getByRole('button', { name: /Actualizar/ })
      .click();
    await renewed;
    const next = (await seen.api.at(-1)!.allHeaders()).authorization ?? '';
    assert.match(next, /^Bearer \S+$/);
    assert.notEqual(next, bearer, 'the API call carries the renewed token');
    assert.deepEqual(await originStorage(page, context), empty);

    // Sign out: the IdP's end-session page, then back here, signed out, nothing left behind.
    await menuButton(page).click();
    await page
      .locator('header llave-login-button')
      .getByRole('menuitem', { name: 'Cerrar sesión' })
      .click();
    await page.getByRole('button', { name: 'Sí, cerrar sesión' }).click();
    await page.waitForURL(`${staticUrl()}/`);
    await signInLink(page).waitFor();
    assert.deepEqual(await originStorage(page, context), empty);

    // The session ended at the IdP too: signing in again asks for the password.
    await signInLink(page).click();
    await page.getByLabel(/^Contraseña$/i).waitFor();
    assert.deepEqual(csp, [], 'the page runs under its strict CSP');
  } finally {
    await context.close();
  }
});

test('a tampered state is refused: no code exchanged, nothing kept, the citizen told and focused', async () => {
  const { context, page } = await newPage();
  const seen = watch(page);
  try {
    await page.goto(`${staticUrl()}/`);
    // The IdP's answer arrives with a state this browser never issued (someone else's flow):
    // rewritten before any script of the page runs.
    await page.addInitScript(() => {
      const url = new URL(location.href);
      if (!url.searchParams.has('code')) return;
      url.searchParams.set('state', 'estado-de-otra-persona');
      history.replaceState(null, '', url.href);
      (window as unknown as { tampered: boolean }).tampered = true;
    });
    await signInLink(page).click();
    await signInAtSimulator(page);

    const alert = page.locator('llave-session').getByRole('alert');
    await alert.waitFor();
    assert.match((await alert.textContent())!, /No pudimos completar tu inicio de sesión/);
    assert.equal(
      await page.evaluate(() =>
        document.querySelector('llave-session')?.shadowRoot?.activeElement?.getAttribute('part'),
      ),
      'error',
      'the message has focus',
    );
    assert.equal(
      await page.evaluate(() => (window as unknown as { tampered?: boolean }).tampered),
      true,
    );
    assert.equal(seen.token.length, 0, 'the code was never exchanged');
    await signInLink(page).waitFor();
    assert.equal(page.url(), `${staticUrl()}/`, 'code and state are gone from the address bar');
    assert.deepEqual(await originStorage(page, context), empty, 'the flow’s state was cleared');
    await checkA11y(page, { label: 'the refused sign-in' });

    // Dismissed, it goes away; signing in again works.
    await alert.getByRole('button', { name: 'Cerrar aviso' }).click();
    assert.equal(await alert.count(), 0);
  } finally {
    await context.close();
  }
});

test('the Llave protocol is refused with a clear, translated message, and nothing is sent', async () => {
  const { context, page } = await newPage();
  const seen = watch(page);
  try {
    await page.goto(`${staticUrl()}/`);
    await signInLink(page).waitFor();
    const before = seen.api.length + seen.token.length;
    await page.evaluate(() =>
      document.querySelector('llave-session')!.setAttribute('protocol', 'llave'),
    );

    const alert = page.locator('llave-session').getByRole('alert');
    await alert.waitFor();
    assert.match((await alert.textContent())!, /secreto de cliente/);
    // The button cannot offer a sign-in that cannot work.
    await page
      .locator('header llave-login-button')
      .getByText('No pudimos revisar tu sesión')
      .waitFor();
    await checkA11y(page, { label: 'the refused protocol' });

    await page.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
    await page.waitForFunction(() =>
      /client secret/.test(document.querySelector('llave-session')?.shadowRoot?.textContent ?? ''),
    );
    assert.equal(seen.api.length + seen.token.length, before, 'nothing went to the IdP or API');
    assert.equal(seen.engine, 0, 'oidc-client-ts was never loaded');
  } finally {
    await context.close();
  }
});
