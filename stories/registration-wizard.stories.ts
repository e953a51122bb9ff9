import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/registration-wizard/llave-registration-wizard.js';
import {
  postalCode06700,
  registryPerson,
} from '../packages/elements/src/registration-wizard/fixtures.js';
import { registrationHandlers } from './msw/registration.js';

/**
 * Each story starts from its own sessionStorage draft (never a password), so a story can open
 * on any step. Try CURP PEGJ900115HDFRRN03 (in the registry) and postal code 06700.
 */
const draft = (key: string, data: Record<string, unknown>) => {
  sessionStorage.setItem(`llave-registration:${key}`, JSON.stringify(data));
};
const { source: _source, ...personal } = registryPerson;
const filled = {
  kind: 'nacional',
  ...personal,
  fromRegistry: true,
  codigoPostal: postalCode06700.codigoPostal,
  asentamientoId: '0003',
  calle: 'Madero',
  numeroExterior: '1',
  email: 'juan@example.com',
};

const meta: Meta = {
  title: 'Cuenta/Registration wizard',
  component: 'llave-registration-wizard',
  render: (_args, { id, parameters }) => {
    sessionStorage.removeItem(`llave-registration:${id}`);
    if (parameters.draft) draft(id, parameters.draft);
    return html`<llave-registration-wizard draft-key=${id} reset-url="#recuperar" privacy-url="#aviso"></llave-registration-wizard>`;
  },
  parameters: { msw: { handlers: registrationHandlers.default } },
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};
export const PrefilledFromRegistry: Story = { parameters: { draft: { ...filled, email: '' } } };
export const Foreigner: Story = {
  parameters: {
    draft: {
      kind: 'extranjero',
      nombre: 'Ana',
      primerApellido: 'Silva',
      nacionalidad: 'GT',
      documentoTipo: 'pasaporte',
    },
  },
};
export const ContactStep: Story = { parameters: { draft: { ...filled, step: 2 } } };
export const EmailAlreadyRegistered: Story = {
  parameters: { draft: { ...filled, step: 2 }, msw: { handlers: registrationHandlers.emailTaken } },
};
export const PasswordStep: Story = { parameters: { draft: { ...filled, step: 3 } } };
export const CurpAlreadyRegistered: Story = {
  parameters: { draft: { ...filled, step: 3 }, msw: { handlers: registrationHandlers.curpTaken } },
};
export const ServerError: Story = {
  parameters: {
    draft: { ...filled, step: 3 },
    msw: { handlers: registrationHandlers.serverError },
  },
};
export const Offline: Story = {
  parameters: { draft: { ...filled, step: 3 }, msw: { handlers: registrationHandlers.offline } },
};
export const English: Story = {
  render: (args, ctx) => html`<div lang="en">${meta.render?.(args, ctx)}</div>`,
};
