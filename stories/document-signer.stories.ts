import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { userEvent } from 'storybook/test';
import '../packages/elements/src/document-signer/llave-document-signer.js';
import '../packages/elements/src/session/llave-session.js';
import { STORY_CODE, STORY_DOC_ID, signatureHandlers } from './msw/signatures.js';
import { find, shadowOf, shows } from './play.js';

const meta: Meta = {
  title: 'Firma/Firma de documentos',
  component: 'llave-document-signer',
  // A fresh `<llave-session>` per story: sessions at different levels never mix.
  args: { helpHref: '/ayuda' },
  render: (args) => html`<llave-session>
    <llave-document-signer
      document-id=${STORY_DOC_ID}
      help-href=${args.helpHref}
    ></llave-document-signer>
  </llave-session>`,
  parameters: { msw: { handlers: signatureHandlers.ready } },
};
export default meta;
type Story = StoryObj;

async function signer(canvasElement: HTMLElement) {
  return shadowOf(canvasElement, 'llave-document-signer');
}

async function sendCode(root: ShadowRoot) {
  await userEvent.click(await find(root, '#consent'));
  await userEvent.click(await find(root, '[part="send"]'));
  const verifier = await find(root, 'llave-contact-verifier');
  return shadowOf(verifier.parentNode!, 'llave-contact-verifier');
}

async function typeCode(code: ShadowRoot, value: string) {
  await userEvent.type(await find(code, '#code'), value);
  await userEvent.click(await find(code, '[part="submit"]'));
}

/** What will be signed, its fingerprint and the confirmation. */
export const Review: Story = { name: 'Revisión del documento' };
export const Loading: Story = {
  name: 'Cargando',
  parameters: { msw: { handlers: signatureHandlers.loading } },
};
export const LoadError: Story = {
  name: 'Error al cargar',
  parameters: { msw: { handlers: signatureHandlers.loadError } },
};
export const SignedOut: Story = {
  name: 'Sin sesión',
  parameters: { msw: { handlers: signatureHandlers.signedOut } },
};
/** Below `firma`, when the IdP cannot raise it online (the Llave protocol today). */
export const LevelUnavailable: Story = {
  name: 'Nivel no disponible',
  parameters: { msw: { handlers: signatureHandlers.levelUnavailable } },
};
/** Below `firma`, when the IdP raises it with a step-up sign-in. */
export const LevelUpBySignIn: Story = {
  name: 'Subir de nivel iniciando sesión',
  parameters: { msw: { handlers: signatureHandlers.levelLogin } },
};
export const ConsentMissing: Story = {
  name: 'Falta la autorización',
  tags: ['state'],
  play: async ({ canvasElement }) => {
    const root = await signer(canvasElement);
    await userEvent.click(await find(root, '[part="send"]'));
    await shows(root, '#consent-error', /Marca la casilla|Tick the box/);
  },
};
export const CodeSent: Story = {
  name: 'Código enviado',
  tags: ['state'],
  play: async ({ canvasElement }) => {
    const code = await sendCode(await signer(canvasElement));
    await shows(code, '[part="intro"]', /2211/);
  },
};
/** Type `123456`. */
export const Signed: Story = {
  name: 'Firmado',
  tags: ['state'],
  play: async ({ canvasElement }) => {
    const root = await signer(canvasElement);
    await typeCode(await sendCode(root), STORY_CODE);
    await shows(root, '[part="receipt"]', /FEK7M2QX9RTB4WNP3HZA/);
  },
};
export const WrongCode: Story = {
  name: 'Código incorrecto',
  tags: ['state'],
  play: async ({ canvasElement }) => {
    const code = await sendCode(await signer(canvasElement));
    await typeCode(code, '000000');
    await shows(code, '#error', /no es correcto|not correct/);
  },
};
export const CodeExpired: Story = {
  name: 'Código vencido',
  tags: ['state'],
  parameters: { msw: { handlers: signatureHandlers.codeExpired } },
  play: async ({ canvasElement }) => {
    const code = await sendCode(await signer(canvasElement));
    await typeCode(code, STORY_CODE);
    await shows(code, '#error', /venció|expired/);
  },
};
/** The document changed after the code went out: read again, reviewed anew. */
export const DocumentChanged: Story = {
  name: 'El documento cambió',
  tags: ['state'],
  parameters: { msw: { handlers: signatureHandlers.documentChanged } },
  play: async ({ canvasElement }) => {
    const root = await signer(canvasElement);
    await typeCode(await sendCode(root), STORY_CODE);
    await shows(root, '#changed', /cambió|changed/);
  },
};
export const English: Story = {
  name: 'En inglés',
  render: (args, ctx) => html`<div lang="en">${meta.render?.(args, ctx)}</div>`,
};
