/**
 * A citizen signs in through every consumer app built from the tarballs (run by
 * packaging/run.mjs): plain HTML on the CDN build, React 19, Vue 3, Angular 21 (behind the installed
 * `llave-bff` bin, under a strict CSP), and the Node SSR server (the BFF as a library, every
 * component rendered by @lit-labs/ssr, then hydrated), in Chromium, against the simulator.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { signInLink as signInLinkOf } from '../scripts/sign-in-link.mjs';

const frontUrl = process.env.PACKAGING_FRONT_URL ?? '';
const ssrUrl = process.env.PACKAGING_SSR_URL ?? '';
const citizen = { email: 'demo.ciudadana@example.com', password: 'LlaveDemo2026!' };

let browser;
before(async () => {
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
  });
});
after(async () => {
  await browser?.close();
});

/** A fresh context whose page errors, console errors and CSP violations are collected. */
async function open(options = {}) {
  const context = await browser.newContext({ locale: 'es-MX', ...options });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico'))
      problems.push(`${r.status()} ${r.url()}`);
  });
  page.on('console', (m) => {
    // Failed loads are reported with their URL by the response listener above.
    if (/Failed to load resource/.test(m.text())) return;
    if (m.type() === 'error' || /Content Security Policy|Hydration/i.test(m.text())) {
      problems.push(`console ${m.type()}: ${m.text()}`);
    }
  });
  return { context, page, problems };
}

/** The simulator's hosted login page, filled in as the citizen does. */
async function signInAtSimulator(page) {
  await page.getByLabel(/^CURP, correo/i).fill(citizen.email);
  await page.getByLabel(/^Contraseña$/i).fill(citizen.password);
  await page.getByRole('button', { name: 'Iniciar sesión', exact: true }).click();
}

/** The upgraded button's own sign-in link (never the fallback the upgrade hides). */
const signInLink = (page) => signInLinkOf(page.locator('llave-login-button'));

/** Signs in from `path` of a front-end app and checks the button and the page's own listener. */
async function signInThrough(path, { returnTo = path } = {}) {
  const { context, page, problems } = await open();
  try {
    await page.goto(`${frontUrl}${path}`);
    const link = await signInLink(page);
    // The property or attribute the app set reached the element.
    const href = new URL(await link.getAttribute('href'), frontUrl);
    assert.equal(href.pathname, '/llave/login');
    assert.equal(href.searchParams.get('returnTo'), returnTo);
    await link.click();
    await signInAtSimulator(page);
    await page.waitForURL(`${frontUrl}${returnTo}`);
    await page
      .locator('llave-login-button')
      .getByRole('button', { name: /Tu cuenta/ })
      .waitFor();
    // The app's own `llave-session-change` listener ran.
    await page.locator('#who').filter({ hasText: /\S/ }).waitFor();
    assert.notEqual(await page.locator('#who').textContent(), 'nadie');
    assert.deepEqual(problems, []);
    return { context, page };
  } catch (error) {
    await context.close();
    throw error;
  }
}

test('plain HTML + CDN: one script and one stylesheet, strict CSP, sign-in', async () => {
  const { context, page } = await signInThrough('/html/');
  await context.close();
  void page;
});

test('plain HTML + CDN: the stylesheet carries the theme, light and dark', async () => {
  const { context, page } = await open();
  const surface = () =>
    page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--llave-color-surface').trim(),
    );
  await page.goto(`${frontUrl}/html/`);
  await signInLink(page);
  const light = await surface();
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await surface();
  assert.match(light, /^#|rgb/);
  assert.match(dark, /^#|rgb/);
  assert.notEqual(dark, light);
  await context.close();
});

test('React 19: properties, attributes and onllave-* events, sign-in', async () => {
  const { context, page } = await signInThrough('/react/');
  // `onllave-login-start` ran before the browser left.
  assert.equal(await page.evaluate(() => sessionStorage.getItem('login-start')), '/react/');
  assert.equal(await page.locator('llave-login-button').getAttribute('size'), 'l');
  await context.close();
});

test('Vue 3: properties, attributes and @llave-* events, sign-in', async () => {
  const { context, page } = await signInThrough('/vue/');
  assert.equal(await page.evaluate(() => sessionStorage.getItem('login-start')), '/vue/');
  assert.equal(await page.locator('llave-login-button').getAttribute('size'), 'l');
  await context.close();
});

test('Angular 21: CUSTOM_ELEMENTS_SCHEMA, [property] bindings and (llave-*) events, sign-in', async () => {
  // Built by the Angular CLI with strict template checks; `[returnTo]` sets the property.
  const { context, page } = await signInThrough('/angular/');
  assert.equal(await page.evaluate(() => sessionStorage.getItem('login-start')), '/angular/');
  assert.equal(await page.locator('llave-login-button').getAttribute('size'), 'l');
  await context.close();
});

/** Every tag the installed package defines (its manifest). */
const tags = JSON.parse(
  readFileSync(
    join(
      process.env.PACKAGING_APPS ?? '',
      'node_modules/@llave-cdmx/elements/custom-elements.json',
    ),
    'utf8',
  ),
).modules.flatMap((m) =>
  (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name),
);

test('SSR: the server sends every component as a declarative shadow root', async () => {
  const markup = await (await fetch(`${ssrUrl}/`)).text();
  for (const tag of tags) {
    assert.match(
      markup,
      new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open"`),
      tag,
    );
  }
  assert.match(markup, /<a href="\/llave\/login\?returnTo=%2F">Iniciar sesión con Llave CDMX<\/a>/);
});

test('SSR without JavaScript: the server-rendered fallback link signs in', async () => {
  const { context, page } = await open({ javaScriptEnabled: false });
  await page.goto(`${ssrUrl}/`);
  const fallback = page.locator('llave-login-button > a:not([part])');
  assert.equal(await fallback.isVisible(), true);
  await fallback.click();
  await signInAtSimulator(page);
  await page.waitForURL(`${ssrUrl}/`);
  const session = await (await context.request.get(`${ssrUrl}/llave/session`)).json();
  assert.equal(session.authenticated, true);
  await context.close();
});

for (const [label, path] of [
  ['bundled client (hydrate support + npm modules)', '/'],
  // llave.js has server-rendered tags render afresh over the server's markup (see src/llave.ts).
  ['CDN build', '/cdn'],
]) {
  test(`SSR upgraded by the ${label}: every component, alone, without an error`, {
    timeout: 180_000,
  }, async () => {
    const { context, page, problems } = await open();
    const failures = [];
    for (const tag of tags.filter((t) => t !== 'llave-session')) {
      problems.length = 0;
      await page.goto(`${ssrUrl}${path}?tag=${tag}`);
      const state = await page.evaluate(async (name) => {
        // Bounded, so a tag that never upgrades fails with a reason instead of hanging.
        const within = (promise, ms) =>
          Promise.race([promise.then(() => true), new Promise((r) => setTimeout(r, ms, false))]);
        if (!(await within(customElements.whenDefined(name), 10_000))) return 'never defined';
        const el = document.querySelector(name);
        if (!el) return 'not on the page';
        if (!(await within(el.updateComplete, 10_000))) return 'still updating after 10 s';
        return el.hasUpdated ? 'ok' : 'never updated';
      }, tag);
      if (state !== 'ok' || problems.length)
        failures.push(`${tag}: ${state} ${problems.join('; ')}`);
    }
    assert.deepEqual(failures, []);
    await context.close();
  });

  test(`SSR upgraded by the ${label}: no second copy of the button, sign-in`, {
    timeout: 120_000,
  }, async () => {
    const { context, page, problems } = await open();
    await page.goto(`${ssrUrl}${path}`);
    const link = await signInLink(page);
    // Every tag gets defined: the CDN loader takes those out of view (and `<llave-session>`,
    // which has no box) at the next idle moment, so wait for it, bounded.
    await page.waitForFunction((names) => names.every((tag) => customElements.get(tag)), tags, {
      timeout: 20_000,
    });
    // Hydrated, not rendered again beside the server's markup.
    const parts = await page.evaluate(() => {
      const root = document.querySelector('llave-login-button').shadowRoot;
      return {
        buttons: root.querySelectorAll('[part~="button"]').length,
        slots: root.querySelectorAll('slot').length,
      };
    });
    assert.deepEqual(parts, { buttons: 1, slots: 0 });
    // The light-DOM fallback link is no longer slotted (Playwright's CSS would pierce the shadow).
    const fallbackShown = () =>
      page.evaluate(() => document.querySelector('llave-login-button > a').checkVisibility());
    assert.equal(await fallbackShown(), false);
    await link.click();
    await signInAtSimulator(page);
    await page.waitForURL(`${ssrUrl}/`);
    await page
      .locator('llave-login-button')
      .getByRole('button', { name: /Tu cuenta/ })
      .waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });
}
