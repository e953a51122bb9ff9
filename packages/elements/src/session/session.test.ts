import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../login-button/llave-login-button.js';
import { browserSettings, isIdpAnswer, signInRequest } from './browser-mode.js';
import './llave-session.js';
import type { LlaveSession } from './session.js';

const here = `${location.origin}${location.pathname}`;
const good = {
  issuer: 'https://idp.example/oidc',
  'client-id': 'sitio',
  'redirect-uri': here,
  api: 'https://api.example/api',
};

const browserSession = (attrs: Record<string, string>) =>
  fixture<LlaveSession>(html`<llave-session
    mode="browser"
    issuer=${attrs.issuer ?? ''}
    client-id=${attrs['client-id'] ?? ''}
    redirect-uri=${attrs['redirect-uri'] ?? ''}
    api=${attrs.api ?? ''}
    protocol=${attrs.protocol ?? 'oidc'}
    ><llave-login-button></llave-login-button
  ></llave-session>`);

const message = async (el: LlaveSession) => {
  await waitUntil(() => el.shadowRoot?.querySelector('[part="error"]'), 'a message shows');
  return el.shadowRoot!.querySelector<HTMLElement>('[part="error"]')!;
};

describe('<llave-session mode="browser">', () => {
  it('passes accessibility checks with its message', async () => {
    const el = await browserSession({ ...good, protocol: 'llave' });
    await message(el);
    await expect(el).to.be.accessible();
  });

  it('refuses the Llave protocol with a translated message, and reads nothing', async () => {
    const el = await browserSession({ ...good, protocol: 'llave' });
    const alert = await message(el);
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('secreto de cliente');
    expect(el.store.state.error?.code).to.equal('protocol_unsupported');
    expect(el.store.client.loginUrl()).to.equal('#');
    document.documentElement.lang = 'en';
    try {
      await waitUntil(() => /client secret/.test(alert.textContent ?? ''), 'English');
    } finally {
      document.documentElement.lang = 'es-MX';
    }
  });

  it('names the attribute that is missing or not a safe URL', async () => {
    const el = await browserSession({ ...good, api: 'http://api.example/api' });
    expect((await message(el)).textContent).to.contain('api');
  });

  it('is signed out on a plain page load, with a sign-in link back to this page', async () => {
    const el = await browserSession(good);
    await waitUntil(() => el.store.state.status === 'ready', 'the session is read');
    expect(el.store.state.info).to.deep.equal({ authenticated: false });
    const url = new URL(el.store.client.loginUrl('/tramites?x=1', 'verificada'));
    expect(`${url.origin}${url.pathname}`).to.equal(here);
    expect(url.searchParams.get('llave-sign-in')).to.equal('1');
    expect(url.searchParams.get('level')).to.equal('verificada');
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect({ ...sessionStorage }).to.deep.equal({});
  });

  it('swaps to a new session when an attribute changes', async () => {
    const el = await browserSession(good);
    const before = el.store;
    el.setAttribute('protocol', 'llave');
    await waitUntil(() => el.store !== before, 'a new store');
    await message(el);
  });
});

describe('browser session settings', () => {
  const origin = location.href;
  it('refuses what cannot work, naming the setting', () => {
    const cases: [Record<string, string>, string][] = [
      [{ ...good, issuer: 'http://idp.example/oidc' }, 'issuer'],
      [{ ...good, 'client-id': ' ' }, 'client-id'],
      [{ ...good, 'redirect-uri': 'https://otro-sitio.example/' }, 'redirect-uri'],
      [{ ...good, api: 'ftp://api.example' }, 'api'],
      [{ ...good, protocol: 'saml' }, 'protocol'],
    ];
    for (const [attrs, setting] of cases) {
      const result = browserSettings(attrs, origin);
      expect(result, setting).to.have.property('code', 'config_invalid');
      expect((result as { fields: Record<string, string> }).fields.setting).to.equal(setting);
    }
  });

  it('always asks for openid, allows http only on loopback, defaults sign-out to this page', () => {
    const settings = browserSettings(
      { ...good, issuer: 'http://127.0.0.1:4010/oidc/', scope: 'profile email' },
      origin,
    );
    expect(settings).to.include({
      // The issuer is kept exactly: discovery must name this very string.
      issuer: 'http://127.0.0.1:4010/oidc/',
      scope: 'profile email openid',
      postLogoutRedirectUri: here,
    });
  });

  it('starts a sign-in from a link only on the redirect URI, with a known level only', () => {
    const settings = browserSettings(good, origin) as Exclude<
      ReturnType<typeof browserSettings>,
      Error
    >;
    expect(
      signInRequest(settings, `${here}?llave-sign-in=1&level=root&returnTo=/x&keep=1`),
    ).to.deep.equal({
      returnTo: '/x',
      rest: `${location.pathname}?keep=1`,
    });
    expect(signInRequest(settings, 'https://otro.example/?llave-sign-in=1')).to.equal(undefined);
    expect(isIdpAnswer(settings, `${here}?code=a&state=b`)).to.equal(true);
    expect(isIdpAnswer(settings, `${here}?code=a`)).to.equal(false);
  });
});
