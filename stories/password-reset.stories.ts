import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { userEvent } from 'storybook/test';
import '../packages/elements/src/password-reset/llave-password-reset.js';
import { passwordResetHandlers } from './msw/password-reset.js';
import { find, shadowOf, shows } from './play.js';

/** Any valid CURP and contact; the right code is 123456. */
const meta: Meta = {
  title: 'Cuenta/Recuperar contraseña',
  component: 'llave-password-reset',
  render: () => html`<llave-password-reset sign-in-url="#entrar"></llave-password-reset>`,
  parameters: { msw: { handlers: passwordResetHandlers.default } },
};
export default meta;
type Story = StoryObj;

/**
 * Fills the first form (in the component's light DOM, where autofill sees it) and sends it.
 * Returns the component's shadow root, where the alerts show.
 */
async function requestCode(canvas: HTMLElement): Promise<ShadowRoot> {
  const root = await shadowOf(canvas, 'llave-password-reset');
  const form = await find(canvas, 'llave-password-reset form');
  await userEvent.type(await find(form, '[name="curp"]'), 'PEGJ900115HDFRRN03');
  await userEvent.type(await find(form, '[name="contact"]'), 'juan@example.com');
  await userEvent.click(await find(form, '[type="submit"]'));
  return root;
}

export const Default: Story = { name: 'Inicial' };
/** The code was right, but the permission it gave ran out before the new password was saved. */
export const PermissionExpired: Story = {
  name: 'Autorización vencida',
  tags: ['state'],
  parameters: { msw: { handlers: passwordResetHandlers.expired } },
  play: async ({ canvasElement }) => {
    const root = await requestCode(canvasElement);
    const verifier = await shadowOf(root, 'llave-contact-verifier');
    await userEvent.type(await find(verifier, '#code'), '123456');
    await userEvent.click(await find(verifier, '[part="submit"]'));
    const form = await find(canvasElement, 'llave-password-reset form');
    const password = 'pino azul marino en la sierra';
    await userEvent.type(await find(form, '[name="password"]'), password);
    await userEvent.type(await find(form, '[name="passwordConfirm"]'), password);
    await userEvent.click(await find(form, '[type="submit"]'));
    await shows(root, '.alert', /permiso para cambiar la contraseña venció|permission .*expired/i);
  },
};
export const RateLimited: Story = {
  name: 'Demasiadas solicitudes',
  tags: ['state'],
  parameters: { msw: { handlers: passwordResetHandlers.rateLimited } },
  play: async ({ canvasElement }) => {
    const root = await requestCode(canvasElement);
    await shows(root, '.alert', /muchas solicitudes|too many requests/i);
  },
};
export const Offline: Story = {
  name: 'Sin conexión',
  tags: ['state'],
  parameters: { msw: { handlers: passwordResetHandlers.offline } },
  play: async ({ canvasElement }) => {
    const root = await requestCode(canvasElement);
    await shows(root, '.alert', /No hay conexión|No connection/);
  },
};
export const English: Story = {
  name: 'En inglés',
  render: (args, ctx) => html`<div lang="en">${meta.render?.(args, ctx)}</div>`,
};
