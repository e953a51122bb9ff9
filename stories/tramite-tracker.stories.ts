import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { userEvent } from 'storybook/test';
import '../packages/elements/src/session/llave-session.js';
import '../packages/elements/src/tramite-tracker/llave-tramite-tracker.js';
import { tramiteHandlers } from './msw/tramites.js';
import { find, shadowOf, shows } from './play.js';

const meta: Meta = {
  title: 'Trámites/Seguimiento de trámites',
  component: 'llave-tramite-tracker',
  args: { refreshInterval: 0, view: 'full', folio: '' },
  argTypes: { view: { control: 'inline-radio', options: ['full', 'list'] } },
  // A fresh `<llave-session>` per story: signed-in and signed-out stories never share a session.
  render: (args) => html`<llave-session>
    <llave-tramite-tracker
      refresh-interval=${args.refreshInterval}
      view=${args.view}
      folio=${args.folio || nothing}
    ></llave-tramite-tracker>
  </llave-session>`,
  parameters: { msw: { handlers: tramiteHandlers.mine } },
};
export default meta;
type Story = StoryObj;

export const SignedIn: Story = { name: 'Con sesión' };
export const Loading: Story = {
  name: 'Cargando',
  parameters: { msw: { handlers: tramiteHandlers.loading } },
};
export const Empty: Story = {
  name: 'Vacío',
  parameters: { msw: { handlers: tramiteHandlers.empty } },
};
export const Offline: Story = {
  name: 'Sin conexión',
  parameters: { msw: { handlers: tramiteHandlers.offline } },
};
export const ServerError: Story = {
  name: 'Error del servidor',
  parameters: { msw: { handlers: tramiteHandlers.serverError } },
};
/** Try `SEMOVI2026LIC0000042` (found) or `ZZZZZZZZZZZZZZZZZZZZ` (not found). */
export const Lookup: Story = {
  name: 'Consulta por folio',
  tags: ['state'],
  parameters: { msw: { handlers: tramiteHandlers.lookup } },
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement, 'llave-tramite-tracker');
    await userEvent.type(await find(root, '#folio'), 'SEMOVI2026LIC0000042');
    await userEvent.click(await find(root, '[part="submit"]'));
    await shows(root, '[part="tramite"]', /Renovación de licencia tipo A/);
  },
};
/** One trámite, named by the page (e.g. right after sending): no form, no list. */
export const SingleFolio: Story = {
  name: 'Un folio',
  args: { folio: 'SEMOVI2026LIC0000042' },
  parameters: { msw: { handlers: tramiteHandlers.single } },
};
export const SingleFolioLoading: Story = {
  name: 'Un folio, cargando',
  args: { folio: 'SEMOVI2026LIC0000042' },
  parameters: { msw: { handlers: tramiteHandlers.singleLoading } },
};
export const SingleFolioNotFound: Story = {
  name: 'Un folio que no existe',
  args: { folio: 'ZZZZZZZZZZZZZZZZZZZZ' },
  parameters: { msw: { handlers: tramiteHandlers.single } },
};
/** The citizen's trámites, one compact row each. */
export const CompactList: Story = {
  name: 'Lista compacta',
  args: { view: 'list' },
};
/** A row's "Ver detalle" pressed: its facts and timeline below it, focus still on the button. */
export const CompactListExpanded: Story = {
  name: 'Lista compacta abierta',
  tags: ['state'],
  args: { view: 'list' },
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement, 'llave-tramite-tracker');
    await userEvent.click(await find(root, '[part="toggle"]'));
    await shows(root, '[part="detail"]:not([hidden])', /Seguimiento/);
  },
};
export const AutoRefresh: Story = {
  name: 'Actualización automática',
  args: { refreshInterval: 10 },
};
export const English: Story = {
  name: 'En inglés',
  render: (args, ctx) => html`<div lang="en">${meta.render?.(args, ctx)}</div>`,
};
