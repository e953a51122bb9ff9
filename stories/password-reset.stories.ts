import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/password-reset/llave-password-reset.js';
import { passwordResetHandlers } from './msw/password-reset.js';

/** Any valid CURP and contact; the right code is 123456. */
const meta: Meta = {
  title: 'Cuenta/Password reset',
  component: 'llave-password-reset',
  render: () => html`<llave-password-reset sign-in-url="#entrar"></llave-password-reset>`,
  parameters: { msw: { handlers: passwordResetHandlers.default } },
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};
export const PermissionExpired: Story = {
  parameters: { msw: { handlers: passwordResetHandlers.expired } },
};
export const RateLimited: Story = {
  parameters: { msw: { handlers: passwordResetHandlers.rateLimited } },
};
export const Offline: Story = { parameters: { msw: { handlers: passwordResetHandlers.offline } } };
export const English: Story = {
  render: (args, ctx) => html`<div lang="en">${meta.render?.(args, ctx)}</div>`,
};
