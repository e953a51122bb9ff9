import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import '../packages/elements/src/registration-wizard/llave-registration-wizard.js';
import {
  postalCode06700,
  registryPerson,
} from '../packages/elements/src/registration-wizard/fixtures.js';
import { registrationHandlers } from './msw/registration.js';
import { find, shadowOf, shows } from './play.js';

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
  title: 'Cuenta/Registro',
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

/** The wizard's light-DOM form (fields live there for autofill) and its shadow root (alerts). */
async function wizard(canvas: HTMLElement) {
  return {
    root: await shadowOf(canvas, 'llave-registration-wizard'),
    form: await find(canvas, 'llave-registration-wizard form'),
  };
}

/** Step 3: a new password twice, the privacy notice accepted, "create my account". */
const register = (text: RegExp): Story['play'] => {
  return async ({ canvasElement }) => {
    const { root, form } = await wizard(canvasElement);
    const password = 'pino azul marino en la sierra';
    await userEvent.type(await find(form, '[name="password"]'), password);
    await userEvent.type(await find(form, '[name="passwordConfirm"]'), password);
    await userEvent.click(await find(form, '[name="acceptPrivacyNotice"]'));
    await userEvent.click(await find(form, '.llave-rw-primary'));
    await shows(root, '.alert', text);
    // Nothing typed is lost: the password stays for the next try.
    expect(form.querySelector<HTMLInputElement>('[name="password"]')?.value).toBe(password);
  };
};

export const Default: Story = { name: 'Inicial' };
export const PrefilledFromRegistry: Story = {
  name: 'Datos del registro prellenados',
  parameters: { draft: { ...filled, email: '' } },
};
export const Foreigner: Story = {
  name: 'Persona extranjera',
  parameters: {
    draft: {
      kind: 'extranjero',
      nombre: 'Ana',
      primerApellido: 'Silva',
      nacionalidad: 'GT',
      fechaDia: '4',
      fechaMes: '3',
      fechaAnio: '1992',
      documentoTipo: 'pasaporte',
    },
  },
};
export const ContactStep: Story = {
  name: 'Paso de contacto',
  parameters: { draft: { ...filled, step: 2 } },
};
export const EmailAlreadyRegistered: Story = {
  name: 'Correo ya registrado',
  tags: ['state'],
  parameters: { draft: { ...filled, step: 2 }, msw: { handlers: registrationHandlers.emailTaken } },
  play: async ({ canvasElement }) => {
    const { root, form } = await wizard(canvasElement);
    await userEvent.click(await find(form, '.llave-rw-primary'));
    await shows(
      root,
      '[part="conflict"]',
      /Este correo ya está registrado|This email is already registered/,
    );
  },
};
export const PasswordStep: Story = {
  name: 'Paso de contraseña',
  parameters: { draft: { ...filled, step: 3 } },
};
/** The availability check passed, but the final registration finds the CURP taken: back to step 1. */
export const CurpAlreadyRegistered: Story = {
  name: 'CURP ya registrada',
  tags: ['state'],
  parameters: { draft: { ...filled, step: 3 }, msw: { handlers: registrationHandlers.curpTaken } },
  play: async ({ canvasElement }) => {
    const { root, form } = await wizard(canvasElement);
    const password = 'pino azul marino en la sierra';
    await userEvent.type(await find(form, '[name="password"]'), password);
    await userEvent.type(await find(form, '[name="passwordConfirm"]'), password);
    await userEvent.click(await find(form, '[name="acceptPrivacyNotice"]'));
    await userEvent.click(await find(form, '.llave-rw-primary'));
    await shows(
      root,
      '[part="conflict"]',
      /Ya existe una cuenta Llave CDMX con esta CURP|this CURP/,
    );
    await find(form, '[name="curp"]');
  },
};
export const ServerError: Story = {
  name: 'Error del servidor',
  tags: ['state'],
  parameters: {
    draft: { ...filled, step: 3 },
    msw: { handlers: registrationHandlers.serverError },
  },
  play: register(/Algo salió mal de nuestro lado|Something went wrong/),
};
export const Offline: Story = {
  name: 'Sin conexión',
  tags: ['state'],
  parameters: { draft: { ...filled, step: 3 }, msw: { handlers: registrationHandlers.offline } },
  play: register(/No pudimos conectarnos|couldn't connect/),
};
export const English: Story = {
  name: 'En inglés',
  render: (args, ctx) => html`<div lang="en">${meta.render?.(args, ctx)}</div>`,
};
