import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/login-button/llave-login-button.js';
import '../packages/elements/src/session/llave-session.js';
import { sessionHandlers } from './msw/session.js';

/** `<llave-session>` renders nothing itself: the stories show it sharing one read between two buttons. */
const meta: Meta = {
  title: 'Components/Session',
  component: 'llave-session',
  render: () =>
    html`<llave-session prefix="/llave">
      <p><llave-login-button size="s"></llave-login-button></p>
      <p><llave-login-button variant="outline"></llave-login-button></p>
    </llave-session>`,
};
export default meta;
type Story = StoryObj;

export const SignedOut: Story = { parameters: { msw: { handlers: sessionHandlers.signedOut() } } };
export const SignedInBasica: Story = {
  parameters: { msw: { handlers: sessionHandlers.signedIn('basica') } },
};
export const SignedInVerificada: Story = {
  parameters: { msw: { handlers: sessionHandlers.signedIn('verificada') } },
};
export const Loading: Story = { parameters: { msw: { handlers: sessionHandlers.loading() } } };
export const SessionError: Story = { parameters: { msw: { handlers: sessionHandlers.error() } } };
