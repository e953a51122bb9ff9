import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../packages/elements/src/profile/llave-profile.js';
import '../packages/elements/src/session/llave-session.js';
import { profileHandlers } from './msw/profile.js';
import { find, shadowOf, shows } from './play.js';

const meta: Meta = {
  title: 'Cuenta/Perfil',
  component: 'llave-profile',
  // A fresh `<llave-session>` per story: signed-in and signed-out stories never share a session.
  args: { helpHref: '/ayuda' },
  render: (args) => html`<llave-session>
    <llave-profile
      documents-href="#expediente"
      reset-href="#recuperar"
      help-href=${args.helpHref}
    ></llave-profile>
  </llave-session>`,
  parameters: { msw: { handlers: profileHandlers.default } },
};
export default meta;
type Story = StoryObj;

/** The button named `name`, once it shows. */
async function button(root: ShadowRoot, name: string): Promise<HTMLButtonElement> {
  let found: HTMLButtonElement | undefined;
  await waitFor(
    () => {
      found = [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === name);
      expect(found, name).toBeDefined();
    },
    { timeout: 8000 },
  );
  return found!;
}
const profile = (canvas: HTMLElement) => canvas.querySelector('llave-profile')!;

export const Default: Story = { name: 'Inicial' };
/** Email not verified, no expediente yet: the profile says how to reach Verificada. */
export const Basica: Story = {
  name: 'Nivel Básica',
  parameters: { msw: { handlers: profileHandlers.basica } },
};
export const Loading: Story = {
  name: 'Cargando',
  parameters: { msw: { handlers: profileHandlers.loading } },
};
export const LoadError: Story = {
  name: 'Error al cargar',
  parameters: { msw: { handlers: profileHandlers.loadError } },
};
export const SignedOut: Story = {
  name: 'Sin sesión',
  parameters: { msw: { handlers: profileHandlers.signedOut } },
};

/** Type 16030: two San Juan, a Barrio and a Pueblo. */
export const EditingAddress: Story = {
  name: 'Editando el domicilio',
  tags: ['state'],
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement, 'llave-profile');
    await userEvent.click(await button(root, 'Actualizar'));
    const cp = await find<HTMLInputElement>(profile(canvasElement), 'input[name=codigoPostal]');
    await userEvent.clear(cp);
    await userEvent.type(cp, '16030');
    await shows(profile(canvasElement), 'select[name=asentamientoId]', /San Juan \(Pueblo\)/);
  },
};

export const AddressSaveOffline: Story = {
  name: 'Guardar el domicilio sin conexión',
  tags: ['state'],
  parameters: { msw: { handlers: profileHandlers.addressOffline } },
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement, 'llave-profile');
    await userEvent.click(await button(root, 'Actualizar'));
    await userEvent.click(await find(profile(canvasElement), 'button[name=save-address]'));
    await shows(root, '#address-failure', /conexión/);
  },
};

/** The code is 123456. */
export const VerifyingNewMobile: Story = {
  name: 'Verificando un celular nuevo',
  tags: ['state'],
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement, 'llave-profile');
    await userEvent.click(await button(root, 'Agregar celular'));
    await userEvent.type(await find(root, 'input[name=mobile]'), '55 1111 2222');
    await userEvent.click(await button(root, 'Enviar código'));
    await shows(root, '.contact:nth-of-type(2)', /Pendiente de verificar/);
    await find(root, 'llave-contact-verifier');
  },
};

export const ContactTaken: Story = {
  name: 'Contacto ya usado',
  tags: ['state'],
  parameters: { msw: { handlers: profileHandlers.contactTaken } },
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement, 'llave-profile');
    await userEvent.click(await button(root, 'Agregar celular'));
    await userEvent.type(await find(root, 'input[name=mobile]'), '55 1111 2222');
    await userEvent.click(await button(root, 'Enviar código'));
    await shows(root, '.error', /ya está registrado/);
  },
};

export const ConfirmCancellation: Story = {
  name: 'Confirmar la cancelación',
  tags: ['state'],
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement, 'llave-profile');
    await userEvent.click(await button(root, 'Cancelar mi cuenta'));
    await shows(root, 'dialog', /No se puede deshacer/);
  },
};

export const RecentSignInRequired: Story = {
  name: 'Requiere iniciar sesión de nuevo',
  tags: ['state'],
  parameters: { msw: { handlers: profileHandlers.recentSignIn } },
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement, 'llave-profile');
    await userEvent.click(await button(root, 'Cancelar mi cuenta'));
    await userEvent.click(await button(root, 'Sí, cancelar mi cuenta'));
    await shows(root, 'dialog .error', /vuelve a iniciar sesión/);
  },
};

export const Cancelled: Story = {
  name: 'Cancelado',
  tags: ['state'],
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement, 'llave-profile');
    await userEvent.click(await button(root, 'Cancelar mi cuenta'));
    await userEvent.click(await button(root, 'Sí, cancelar mi cuenta'));
    await shows(root, '.done', /Cancelamos tu cuenta/);
  },
};

export const MisuseReported: Story = {
  name: 'Uso indebido reportado',
  tags: ['state'],
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement, 'llave-profile');
    await userEvent.click(await button(root, 'No fui yo: reportar un uso indebido'));
    await userEvent.click(await button(root, 'Cerrar todas mis sesiones'));
    await shows(root, '.done', /Cerramos todas tus sesiones/);
  },
};

export const English: Story = {
  name: 'En inglés',
  render: (args, ctx) => html`<div lang="en">${meta.render?.(args, ctx)}</div>`,
};
