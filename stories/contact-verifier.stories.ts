import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/contact-verifier/llave-contact-verifier.js';
import { storyVerification, verificationHandlers } from './msw/verification.js';

/** The right code in every story is 123456; try pasting "Tu código es 123456". */
const meta: Meta = {
  title: 'Cuenta/Contact verifier',
  component: 'llave-contact-verifier',
  render: (_args, { parameters }) =>
    html`<llave-contact-verifier .verification=${parameters.verification ?? storyVerification()}></llave-contact-verifier>`,
  parameters: { msw: { handlers: verificationHandlers.default } },
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};
export const Sms: Story = {
  parameters: {
    verification: storyVerification({ channel: 'sms', destinationMasked: '******5678' }),
  },
};
export const ResendAvailable: Story = {
  parameters: { verification: storyVerification({ resendAvailableAt: new Date(0).toISOString() }) },
};
export const ResendTooSoon: Story = {
  parameters: {
    verification: storyVerification({ resendAvailableAt: new Date(0).toISOString() }),
    msw: { handlers: verificationHandlers.resendTooSoon },
  },
};
export const CodeExpired: Story = {
  parameters: { msw: { handlers: verificationHandlers.expired } },
};
export const CodeUsed: Story = { parameters: { msw: { handlers: verificationHandlers.used } } };
export const TooManyAttempts: Story = {
  parameters: { msw: { handlers: verificationHandlers.tooManyAttempts } },
};
export const LastAttempt: Story = {
  parameters: { verification: storyVerification({ attemptsLeft: 1 }) },
};
export const CorrectionEmailTaken: Story = {
  parameters: { msw: { handlers: verificationHandlers.emailTaken } },
};
export const Verified: Story = {
  parameters: { verification: storyVerification({ status: 'verified' }) },
};
export const ById: Story = {
  render: () => html`<llave-contact-verifier verification-id="ver-story"></llave-contact-verifier>`,
};
export const Loading: Story = {
  render: () => html`<llave-contact-verifier verification-id="ver-story"></llave-contact-verifier>`,
  parameters: { msw: { handlers: verificationHandlers.loading } },
};
export const NotFound: Story = {
  render: () => html`<llave-contact-verifier verification-id="gone"></llave-contact-verifier>`,
  parameters: { msw: { handlers: verificationHandlers.notFound } },
};
export const Offline: Story = { parameters: { msw: { handlers: verificationHandlers.offline } } };
export const English: Story = {
  render: (args, ctx) => html`<div lang="en">${meta.render?.(args, ctx)}</div>`,
};
