/**
 * The hosted pages as a browser without JavaScript uses them: forms, CSRF, the one generic
 * error, the rate limit, the language switch, password reset, and malformed input.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CURP, DEMO_EMAIL, DEMO_PASSWORD } from '../../index.js';
import { type RunningSimulator, startSimulator } from '../../server.js';
import { CLIENT } from '../test-support.js';
import { CookieJar, parseForms, signInThroughHostedPage } from '../testing.js';

let sim: RunningSimulator;
const redirectUrl = CLIENT.redirectUris[0]!;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, clients: [CLIENT] });
});
afterAll(async () => {
  await sim?.close();
});

/** Starts a Llave sign-in and answers the login page's URL, HTML and form. */
async function openLogin(jar = new CookieJar(), headers: Record<string, string> = {}) {
  const start = await fetch(
    `${sim.url}/oauthV2.xhtml?${new URLSearchParams({ client_id: CLIENT.clientId, redirect_url: redirectUrl, state: 's1' })}`,
    { redirect: 'manual' },
  );
  const url = new URL(start.headers.get('location')!, sim.url).href;
  const page = await fetch(url, { headers: { cookie: jar.header(), ...headers } });
  jar.store(page);
  const html = await page.text();
  return { url, html, page, jar, form: parseForms(html)[0]! };
}

function post(url: string, jar: CookieJar, fields: Record<string, string>) {
  return fetch(url, {
    method: 'POST',
    headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
    redirect: 'manual',
  });
}

describe('hosted sign-in page', () => {
  it('is a plain form with labels, autocomplete tokens, CSRF and a strict CSP', async () => {
    const { html, page, form } = await openLogin();
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    // Nothing inline: the one script is same-origin, deferred, and only enhances.
    expect(html).not.toMatch(
      /<script(?! src="\/idp\/assets\/idp\.js" defer><\/script>)|style=|<style/,
    );
    expect(html).toMatch(/<button type="button"[^>]*data-toggle-password[^>]*hidden>/);
    expect(html).toContain('<html lang="es-MX">');
    expect(html).toMatch(/<label for="login">/);
    expect(html).toMatch(/<label for="password">/);
    expect(html).toContain('autocomplete="username"');
    expect(html).toContain('autocomplete="current-password"');
    expect(form.fields.csrf).toMatch(/^[\w-]{40,}$/);
    const css = await fetch(`${sim.url}/idp/assets/idp.css`);
    expect(css.headers.get('content-type')).toContain('text/css');
    expect(await css.text()).toContain(':focus-visible');
    const js = await fetch(`${sim.url}/idp/assets/idp.js`);
    expect(js.headers.get('content-type')).toContain('text/javascript');
  });

  it('signs in without JavaScript and returns to the client with code and state', async () => {
    const { url, jar, form } = await openLogin();
    const res = await post(new URL(form.action, url).href, jar, {
      ...form.fields,
      login: DEMO_EMAIL,
      password: DEMO_PASSWORD,
    });
    expect(res.status).toBe(303);
    const back = new URL(res.headers.get('location')!);
    expect(back.href.startsWith(redirectUrl)).toBe(true);
    expect(back.searchParams.get('state')).toBe('s1');
    expect(back.searchParams.get('code')).toBeTruthy();
  });

  it('answers one generic error for an unknown login and for a wrong password', async () => {
    const bodies: string[] = [];
    for (const login of ['nadie@example.com', DEMO_CURP]) {
      const { url, jar, form } = await openLogin();
      const res = await post(new URL(form.action, url).href, jar, {
        ...form.fields,
        login,
        password: 'WrongPassword-123',
      });
      expect(res.status).toBe(401);
      const html = await res.text();
      expect(html).toContain('class="error-summary"');
      expect(html).toContain('href="#login"');
      // Said once: in the focused summary, not again under the field.
      expect(html.split('no coinciden con una cuenta').length - 1).toBe(1);
      expect(html).toMatch(/class="error-summary" tabindex="-1" autofocus/);
      bodies.push(/<div class="error-summary"[\s\S]*?<\/div>/.exec(html)![0]);
    }
    expect(bodies[0]).toBe(bodies[1]);
  });

  it('says which field is missing, with links to the fields', async () => {
    const { url, jar, form } = await openLogin();
    const res = await post(new URL(form.action, url).href, jar, {
      ...form.fields,
      login: '',
      password: '',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('href="#login"');
    expect(html).toContain('href="#password"');
    expect(html).toContain('aria-invalid="true"');
  });

  it('rate limits failed attempts per login and IP, even with the right password afterwards', async () => {
    const login = 'limite@example.com';
    let last = 0;
    for (let i = 0; i < 6; i++) {
      const { url, jar, form } = await openLogin();
      const res = await post(new URL(form.action, url).href, jar, {
        ...form.fields,
        login,
        password: 'x',
      });
      last = res.status;
      await res.body?.cancel();
    }
    expect(last).toBe(429);
    const { url, jar, form } = await openLogin();
    const res = await post(new URL(form.action, url).href, jar, {
      ...form.fields,
      login,
      password: 'x',
    });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await res.text()).toContain('demasiados intentos');
  });

  it('refuses a POST without the CSRF token or from another browser', async () => {
    const { url, jar, form } = await openLogin();
    const action = new URL(form.action, url).href;
    const creds = { login: DEMO_EMAIL, password: DEMO_PASSWORD };
    expect((await post(action, jar, creds)).status).toBe(403);
    expect((await post(action, new CookieJar(), { ...form.fields, ...creds })).status).toBe(403);
  });

  it('answers malformed bodies and unknown sign-ins with 4xx pages, never 500', async () => {
    const { url, jar } = await openLogin();
    for (const [type, body] of [
      ['application/json', '{"login":1}'],
      ['multipart/form-data; boundary=x', '--x\r\nbroken'],
      ['application/x-www-form-urlencoded', '%%%&&&=%ZZ'],
    ] as const) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { cookie: jar.header(), 'content-type': type },
        body,
      });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    const gone = await fetch(`${sim.url}/login/no-such-sign-in`);
    expect(gone.status).toBe(404);
  });

  it('switches language with the toggle link and from Accept-Language', async () => {
    const { html: es } = await openLogin();
    expect(es).toContain('Inicia sesión con Llave CDMX');
    const toggle = /<a class="lang" href="([^"]+)"/.exec(es)![1]!;
    expect(toggle).toContain('lng=en');

    const { html: en, url } = await openLogin(new CookieJar(), {
      'accept-language': 'en-US,en;q=0.9',
    });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Sign in with Llave CDMX');

    const jar = new CookieJar();
    const viaToggle = await fetch(`${url}?lng=en`, { headers: { cookie: jar.header() } });
    jar.store(viaToggle);
    expect(await viaToggle.text()).toContain('Sign in with Llave CDMX');
    const remembered = await fetch(url, { headers: { cookie: jar.header() } });
    expect(await remembered.text()).toContain('Sign in with Llave CDMX');
  });
});

describe('password reset from the sign-in page', () => {
  it('resets by CURP + contact + code, then signs in with the new password', async () => {
    const { url, jar } = await openLogin();
    const resetUrl = `${url}/reset`;
    const start = await fetch(resetUrl, { headers: { cookie: jar.header() } });
    const startForm = parseForms(await start.text())[0]!;
    const sent = await post(resetUrl, jar, {
      ...startForm.fields,
      curp: DEMO_CURP,
      contact: DEMO_EMAIL,
    });
    expect(sent.status).toBe(303);
    const codeUrl = new URL(sent.headers.get('location')!, url).href;
    const codePage = await fetch(codeUrl, { headers: { cookie: jar.header() } });
    const codeForm = parseForms(await codePage.text())[0]!;
    const [message] = await sim.ctx.outbox.list({ to: DEMO_EMAIL });
    const checked = await post(codeUrl, jar, { ...codeForm.fields, code: message!.code! });
    expect(checked.status).toBe(303);
    const passwordUrl = new URL(checked.headers.get('location')!, url).href;
    const pwPage = await fetch(passwordUrl, { headers: { cookie: jar.header() } });
    const pwHtml = await pwPage.text();
    expect(pwHtml).toContain('autocomplete="new-password"');
    const pwForm = parseForms(pwHtml)[0]!;
    const newPassword = 'una frase nueva y larga 2026';
    const mismatch = await post(passwordUrl, jar, {
      ...pwForm.fields,
      password: newPassword,
      confirm: 'otra',
    });
    expect(mismatch.status).toBe(422);
    const saved = await post(passwordUrl, jar, {
      ...pwForm.fields,
      password: newPassword,
      confirm: newPassword,
    });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toContain('notice=reset');

    const back = await signInThroughHostedPage(
      `${sim.url}/oauthV2.xhtml?${new URLSearchParams({ client_id: CLIENT.clientId, redirect_url: redirectUrl, state: 'after' })}`,
      { login: DEMO_CURP, password: newPassword },
    );
    expect(new URL(back).searchParams.get('code')).toBeTruthy();
  });
});
