import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { userEvent } from 'storybook/test';
import '../packages/elements/src/session/llave-session.js';
import '../packages/elements/src/session-timeout/llave-session-timeout.js';
import { sessionTimeoutHandlers } from './msw/session-timeout.js';
import { find, shadowOf, shows } from './play.js';

const meta: Meta = {
  title: 'Cuenta/Aviso de fin de sesión',
  component: 'llave-session-timeout',
  args: { warnBefore: 120 },
  render: (args) => html`<llave-session>
    <p>Una página de trámite con la sesión iniciada.</p>
    <llave-session-timeout warn-before=${args.warnBefore}></llave-session-timeout>
  </llave-session>`,
  parameters: { msw: { handlers: sessionTimeoutHandlers.quiet() } },
};
export default meta;
type Story = StoryObj;

/** Less than two minutes before the idle deadline. */
export const Warning: Story = {
  name: 'Aviso antes de cerrar',
  parameters: { msw: { handlers: sessionTimeoutHandlers.warning() } },
};
/** Thirty idle minutes ahead: nothing shows. */
export const Quiet: Story = { name: 'Sin avisos' };
/** The 8-hour limit comes first: it says it cannot be extended. */
export const AbsoluteLimit: Story = {
  name: 'Límite absoluto de la sesión',
  parameters: { msw: { handlers: sessionTimeoutHandlers.final() } },
};
/** The session ended: why, and sign in again to this page. */
export const Ended: Story = {
  name: 'Sesión terminada',
  parameters: { msw: { handlers: sessionTimeoutHandlers.ended() } },
};
/** "Seguir en la sesión" could not reach the BFF. */
export const ExtendFailed: Story = {
  name: 'No se pudo extender',
  tags: ['state'],
  parameters: { msw: { handlers: sessionTimeoutHandlers.extendFails() } },
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement, 'llave-session-timeout');
    await userEvent.click(await find(root, '[part="continue"]'));
    await shows(root, '[role="alert"]', /No pudimos extender|could not extend/);
  },
};
export const English: Story = {
  name: 'En inglés',
  parameters: { msw: { handlers: sessionTimeoutHandlers.warning() } },
  render: (args, ctx) => html`<div lang="en">${meta.render?.(args, ctx)}</div>`,
};
