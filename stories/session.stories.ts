import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/login-button/llave-login-button.js';
import '../packages/elements/src/session/llave-session.js';
import { browserSessionHandlers, STORY_ISSUER } from './msw/browser-session.js';
import { sessionHandlers } from './msw/session.js';
import { shadowOf, shows } from './play.js';

/** `<llave-session>` renders nothing itself: the stories show it sharing one read between two buttons. */
const meta: Meta = {
  title: 'Cuenta/Sesión',
  component: 'llave-session',
  render: () =>
    html`<llave-session prefix="/llave">
      <p><llave-login-button size="s"></llave-login-button></p>
      <p><llave-login-button variant="outline"></llave-login-button></p>
    </llave-session>`,
};
export default meta;
type Story = StoryObj;

export const SignedOut: Story = {
  name: 'Sin sesión',
  parameters: { msw: { handlers: sessionHandlers.signedOut() } },
};
export const SignedInBasica: Story = {
  name: 'Con sesión, nivel Básica',
  parameters: { msw: { handlers: sessionHandlers.signedIn('basica') } },
};
export const SignedInVerificada: Story = {
  name: 'Con sesión, nivel Verificada',
  parameters: { msw: { handlers: sessionHandlers.signedIn('verificada') } },
};
export const Loading: Story = {
  name: 'Cargando',
  parameters: { msw: { handlers: sessionHandlers.loading() } },
};
export const SessionError: Story = {
  name: 'Error al leer la sesión',
  parameters: { msw: { handlers: sessionHandlers.error() } },
};

/*
 * mode="browser" (sites without a server). Each story names its own issuer: a page keeps one
 * browser session per set of settings, and these stories share Storybook's one page.
 */
const browser = (attrs: { issuer?: string; protocol?: string }) => {
  // The sign-in must come back to this very page (its memory keeps the tokens).
  const here = `${location.origin}${location.pathname}`;
  return html`<llave-session
    mode="browser"
    issuer=${attrs.issuer ?? ''}
    client-id="sitio-estatico"
    redirect-uri=${here}
    api="https://api.example/api"
    protocol=${attrs.protocol ?? 'oidc'}
  >
    <p><llave-login-button></llave-login-button></p>
  </llave-session>`;
};

/** Browser mode, nobody signed in: no token in memory, nothing downloaded but the element. */
export const BrowserSignedOut: Story = {
  name: 'Solo en el navegador, sin sesión',
  render: () => browser({ issuer: `${STORY_ISSUER}/signed-out` }),
};

/** `protocol="llave"` is refused: the Llave CDMX protocol needs a client secret. */
export const BrowserLlaveProtocolRefused: Story = {
  name: 'Solo en el navegador, protocolo Llave rechazado',
  tags: ['state'],
  render: () => browser({ issuer: `${STORY_ISSUER}/llave`, protocol: 'llave' }),
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement, 'llave-session');
    await shows(root, '[part="error"]', /secreto de cliente|client secret/);
  },
};

/** A setting missing or not a URL: the message names the attribute to fix. */
export const BrowserConfigInvalid: Story = {
  name: 'Solo en el navegador, configuración inválida',
  tags: ['state'],
  render: () => browser({}),
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement, 'llave-session');
    await shows(root, '[part="error"]', /issuer/);
  },
};

/**
 * The page came back from the IdP with a state it never issued (a forged or replayed answer):
 * refused, nothing kept, the citizen told (and focused) and offered to sign in again.
 */
export const BrowserSignInRefused: Story = {
  name: 'Solo en el navegador, inicio rechazado',
  tags: ['state'],
  render: () => {
    const issuer = `${STORY_ISSUER}/refused-${Date.now()}`;
    const url = new URL(location.href);
    url.searchParams.set('code', 'codigo-ajeno');
    url.searchParams.set('state', 'estado-que-esta-pagina-no-emitio');
    url.searchParams.set('iss', issuer);
    history.replaceState(history.state, '', url.href);
    return browser({ issuer });
  },
  parameters: { msw: { handlers: browserSessionHandlers.discovery() } },
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement, 'llave-session');
    await shows(root, '[part="error"]', /No pudimos completar|couldn’t finish/);
  },
};
