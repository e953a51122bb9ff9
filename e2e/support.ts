/**
 * Shared helpers for the end-to-end tests (`e2e/*.e2e.ts`), run by `e2e/run.mjs` against the
 * whole stack: simulator + BFF + demo, started once on free ports.
 *
 * - `baseUrl` / `simUrl`: the demo (and BFF) origin and the simulator, from the environment.
 * - `useBrowser()`: one Chromium for the test file (launched in `before`, closed in `after`) and
 *   `newPage()` on it; `launchBrowser()` is the launch itself.
 * - `checkA11y(page)`: axe on the page as it is now; fails with a readable list of violations.
 * - `readOutboxCode(to)`: the latest code the simulator "sent" to an email or phone.
 * - `signInLink(button)`: the sign-in link of an upgraded `<llave-login-button>`, never the
 *   page's fallback link that the upgrade hides.
 */
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the e2e tests with \`npm run test:e2e\``);
  return value.replace(/\/+$/, '');
}

/** The demo site's origin, where the BFF is mounted at /llave. */
export const baseUrl = (): string => required('E2E_BASE_URL');
/** The site with no server of its own (demo/static): `<llave-session mode="browser">`. */
export const staticUrl = (): string => required('E2E_STATIC_URL');
/** The simulator (hosted login page, outbox). */
export const simUrl = (): string => required('E2E_SIM_URL');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
  });
}

type ContextOptions = Parameters<Browser['newContext']>[0];

/** A fresh context (own cookies) with a Spanish-speaking desktop by default. */
export async function newPage(
  browser: Browser,
  options: ContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: 'es-MX',
    viewport: { width: 1280, height: 800 },
    ...options,
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  return { context, page };
}

/**
 * One Chromium for the calling test file: registers node:test `before` (launch) and `after`
 * (close) hooks, so call it at the top level of the file, and returns accessors for the tests.
 * Hooks run in the order they are registered: a file that starts something else in its own
 * `before` (a stack of its own) may call this before or after it.
 *
 * @example
 * const { newPage } = useBrowser();
 * test('…', async () => {
 *   const { context, page } = await newPage({ viewport: { width: 360, height: 740 } });
 * });
 */
export function useBrowser(): {
  /** `newPage(browser, options)` on this file's browser. */
  newPage: (options?: ContextOptions) => Promise<{ context: BrowserContext; page: Page }>;
} {
  let browser: Browser | undefined;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });
  return {
    newPage: (options) => {
      if (!browser) throw new Error('useBrowser(): the browser is not launched yet');
      return newPage(browser, options);
    },
  };
}

/** One helper for this and the packaging consumers' tests (packaging/consumers.test.mjs). */
export { signInLink } from '../scripts/sign-in-link.mjs';

/**
 * Runs axe (WCAG 2.0–2.2 A and AA rules) on the page and throws with every violation, its
 * impact and the first offending nodes, so a failure says what to fix.
 */
export async function checkA11y(
  page: Page,
  { exclude = [] as string[], label = '' } = {},
): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'wcag22aa',
  ]);
  for (const selector of exclude) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  if (violations.length === 0) return;
  const report = violations
    .map(
      (v) =>
        `- ${v.id} (${v.impact}): ${v.help}\n${v.nodes
          .slice(0, 3)
          .map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').join(' ')}`)
          .join('\n')}`,
    )
    .join('\n');
  throw new Error(
    `axe found ${violations.length} violation(s)${label ? ` on ${label}` : ''}:\n${report}`,
  );
}

interface OutboxEntry {
  to: string;
  code?: string;
  purpose?: string;
  sentAt?: string;
}

/**
 * The newest code sent to `to` (email or phone), polling briefly because the message is written
 * just after the request that triggers it answers.
 */
export async function readOutboxCode(
  to: string,
  { purpose, timeoutMs = 5_000 }: { purpose?: string; timeoutMs?: number } = {},
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await fetch(`${simUrl()}/dev/outbox.json?to=${encodeURIComponent(to)}`);
    if (res.ok) {
      // `GET /dev/outbox.json` answers `{ items }`, newest first.
      const { items = [] } = (await res.json()) as { items?: OutboxEntry[] };
      const hit = items.find((m) => m.code && (!purpose || m.purpose === purpose));
      if (hit?.code) return hit.code;
    }
    if (Date.now() > deadline) throw new Error(`no code in the outbox for ${to}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** A valid synthetic CURP (right check digit) that no other test uses. */
export function uniqueCurp(sex: 'H' | 'M' = 'M'): string {
  const letters = 'BCDFGHJKLMNPQRSTVWXZ';
  const pick = () => letters[Math.floor(Math.random() * letters.length)];
  const yy = String(70 + Math.floor(Math.random() * 29)).padStart(2, '0');
  const mm = String(1 + Math.floor(Math.random() * 12)).padStart(2, '0');
  const dd = String(1 + Math.floor(Math.random() * 28)).padStart(2, '0');
  const base = `${pick()}A${pick()}${pick()}${yy}${mm}${dd}${sex}DF${pick()}${pick()}${pick()}0`;
  const alphabet = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += alphabet.indexOf(base[i]!) * (18 - i);
  return `${base}${(10 - (sum % 10)) % 10}`;
}

/** A unique email on the reserved example.com domain. */
export const uniqueEmail = (tag = 'e2e'): string =>
  `${tag}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}@example.com`;

/** The seeded demo citizen (server/sim seed). */
export const demoCitizen = {
  curp: 'PEGJ900115HDFRRN03',
  email: 'demo.ciudadana@example.com',
  password: 'LlaveDemo2026!',
} as const;

/** A port the OS says is free right now (for a test that starts a stack of its own). */
/** One helper for every test that starts its own stack (session-timeout.e2e.ts). */
export { freePort } from '../scripts/stack-process.mjs';

/** The seeded citizen at level firma, who can sign documents (server/sim seed). */
export const firmaCitizen = {
  curp: 'GOSC780910HMCNNR09',
  email: 'carlos.firma@example.com',
  mobile: '+525544332211',
  password: 'LlaveDemo2026!',
} as const;

/**
 * Registers a citizen through the BFF proxy (as the wizard would), level básica with the email
 * not verified: for tests that change or delete the account, so seeded ones stay as they are.
 */
export async function registerCitizen(curp: string, email: string, password: string) {
  const res = await fetch(`${baseUrl()}/llave/api/v1/registrations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CSRF': '1' },
    body: JSON.stringify({
      kind: 'nacional',
      personal: {
        curp,
        nombre: 'Reina',
        primerApellido: 'Olvido',
        sexo: 'M',
        fechaNacimiento: `19${curp.slice(4, 6)}-${curp.slice(6, 8)}-${curp.slice(8, 10)}`,
        estadoNacimiento: 'DF',
      },
      address: {
        codigoPostal: '06700',
        asentamientoId: await firstAsentamiento(),
        calle: 'Colima',
        numeroExterior: '5',
      },
      contact: { email },
      password,
      acceptPrivacyNotice: true,
    }),
  });
  assert.equal(res.status, 201, await res.text());
}

export async function firstAsentamiento(): Promise<string> {
  const res = await fetch(`${baseUrl()}/llave/api/v1/catalogs/postal-codes/06700`, {
    headers: { 'X-CSRF': '1' },
  });
  return ((await res.json()) as { asentamientos: Array<{ id: string }> }).asentamientos[0]!.id;
}
