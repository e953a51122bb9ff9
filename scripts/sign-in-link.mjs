/**
 * The sign-in link of an upgraded `<llave-login-button>`, for every test that drives one in
 * Chromium: the end-to-end tests (e2e/support.ts) and the packaging consumers
 * (packaging/consumers.test.mjs).
 */

/**
 * The sign-in link that an upgraded `<llave-login-button>` renders once it knows nobody is
 * signed in. Before the upgrade, the page's light-DOM fallback link has the same name and is the
 * only match; an action that resolves to it and then waits for it to be clickable races the
 * upgrade, which hides the fallback (it is not slotted), and waits on an element that never shows
 * again (a CI run on a loaded machine timed out so). From the definition on, only the element's
 * own link matches.
 *
 * @param {import('playwright-core').Locator} button the login button(s) to look in
 * @param {string | RegExp} [name='Iniciar sesión con Llave CDMX'] the link's accessible name
 * @returns {Promise<import('playwright-core').Locator>}
 * @example
 * await (await signInLink(page.locator('header llave-login-button'))).click();
 */
export async function signInLink(button, name = 'Iniciar sesión con Llave CDMX') {
  await button.first().evaluate((el) => customElements.whenDefined(el.localName));
  const link = button.getByRole('link', { name });
  await link.first().waitFor();
  return link;
}
