import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import '../packages/elements/src/contact-verifier/llave-contact-verifier.js';
import { storyVerification, verificationHandlers } from './msw/verification.js';
import { find, shadowOf, shows } from './play.js';

/** The right code in every story is 123456; try pasting "Tu código es 123456". */
const meta: Meta = {
  title: 'Cuenta/Verificación de contacto',
  component: 'llave-contact-verifier',
  render: (_args, { parameters }) =>
    html`<llave-contact-verifier .verification=${parameters.verification ?? storyVerification()}></llave-contact-verifier>`,
  parameters: { msw: { handlers: verificationHandlers.default } },
};
export default meta;
type Story = StoryObj;

const verifier = (canvas: HTMLElement) => shadowOf(canvas, 'llave-contact-verifier');

/** Types `code` and presses the confirm button, as a person would. */
async function submitCode(root: ShadowRoot, code: string): Promise<void> {
  await userEvent.type(await find<HTMLInputElement>(root, '#code'), code);
  await userEvent.click(await find(root, '[part="submit"]'));
}

/** A story that reaches the answer `text` of the code check by sending `code`. */
const checkAnswer = (code: string, text: RegExp): Story['play'] => {
  return async ({ canvasElement }) => {
    const root = await verifier(canvasElement);
    await submitCode(root, code);
    await shows(root, '#error', text);
    expect(root.querySelector('#code')?.getAttribute('aria-invalid')).toBe('true');
  };
};

export const Default: Story = { name: 'Inicial' };
export const Sms: Story = {
  name: 'Por mensaje (SMS)',
  parameters: {
    verification: storyVerification({ channel: 'sms', destinationMasked: '******5678' }),
  },
};
export const ResendAvailable: Story = {
  name: 'Reenvío disponible',
  parameters: { verification: storyVerification({ resendAvailableAt: new Date(0).toISOString() }) },
};
/**
 * The button looked available, but the server says it is too soon: the countdown it sends
 * starts and the button waits (unlike ResendAvailable).
 */
export const ResendTooSoon: Story = {
  name: 'Reenvío demasiado pronto',
  tags: ['state'],
  parameters: {
    verification: storyVerification({ resendAvailableAt: new Date(0).toISOString() }),
    msw: { handlers: verificationHandlers.resendTooSoon },
  },
  play: async ({ canvasElement }) => {
    const root = await verifier(canvasElement);
    await userEvent.click(await find(root, '[part="resend"]'));
    await shows(root, '#error', /Espera 45 segundos|Wait 45 seconds/);
    await shows(root, '#countdown', /otro código en 0:4\d|another code in 0:4\d/);
    expect(root.querySelector('[part="resend"]')?.getAttribute('aria-disabled')).toBe('true');
  },
};
export const CodeExpired: Story = {
  name: 'Código vencido',
  tags: ['state'],
  parameters: { msw: { handlers: verificationHandlers.expired } },
  play: checkAnswer('123456', /ya venció|has expired/),
};
export const CodeUsed: Story = {
  name: 'Código ya usado',
  tags: ['state'],
  parameters: { msw: { handlers: verificationHandlers.used } },
  play: checkAnswer('123456', /ya se usó|already used/),
};
export const TooManyAttempts: Story = {
  name: 'Demasiados intentos',
  tags: ['state'],
  parameters: { msw: { handlers: verificationHandlers.tooManyAttempts } },
  play: async (ctx) => {
    await checkAnswer('123456', /demasiadas veces|Too many wrong codes/)?.(ctx);
    const root = await verifier(ctx.canvasElement);
    expect(root.querySelector('[part="submit"]')?.getAttribute('aria-disabled')).toBe('true');
  },
};
/** Two tries left; one wrong code (anything but 123456) leaves the last one. */
export const LastAttempt: Story = {
  name: 'Último intento',
  tags: ['state'],
  parameters: { verification: storyVerification({ attemptsLeft: 2 }) },
  play: checkAnswer('000000', /Te queda 1 intento|You have 1 try left/),
};
export const CorrectionEmailTaken: Story = {
  name: 'Corrección con un correo ya usado',
  tags: ['state'],
  parameters: { msw: { handlers: verificationHandlers.emailTaken } },
  play: async ({ canvasElement }) => {
    const root = await verifier(canvasElement);
    await userEvent.click(await find(root, '[part="correct"]'));
    await userEvent.type(await find(root, '#destination'), 'ocupado@example.org');
    await userEvent.click(await find(root, '.correct [type="submit"]'));
    await shows(root, '#destination-error', /otra cuenta|another account/);
  },
};
export const Verified: Story = {
  name: 'Verificado',
  parameters: { verification: storyVerification({ status: 'verified' }) },
};
export const ById: Story = {
  name: 'Por identificador',
  render: () => html`<llave-contact-verifier verification-id="ver-story"></llave-contact-verifier>`,
};
export const Loading: Story = {
  name: 'Cargando',
  render: () => html`<llave-contact-verifier verification-id="ver-story"></llave-contact-verifier>`,
  parameters: { msw: { handlers: verificationHandlers.loading } },
};
export const NotFound: Story = {
  name: 'No encontrado',
  render: () => html`<llave-contact-verifier verification-id="gone"></llave-contact-verifier>`,
  parameters: { msw: { handlers: verificationHandlers.notFound } },
};
export const Offline: Story = {
  name: 'Sin conexión',
  tags: ['state'],
  parameters: { msw: { handlers: verificationHandlers.offline } },
  play: checkAnswer('123456', /No hay conexión|No connection|internet/),
};
export const English: Story = {
  name: 'En inglés',
  render: (args, ctx) => html`<div lang="en">${meta.render?.(args, ctx)}</div>`,
};
