import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { userEvent } from 'storybook/test';
import '../packages/elements/src/session/llave-session.js';
import '../packages/elements/src/document-picker/llave-document-picker.js';
import { documentHandlers } from './msw/documents.js';
import { find, shadowOf, shows } from './play.js';

/**
 * Each story wraps the picker in its own `<llave-session>`, so a signed-out story never sees
 * the session an earlier story read.
 */
const meta: Meta = {
  title: 'Expediente/Selector de documentos',
  component: 'llave-document-picker',
  args: {
    agency: 'semovi',
    agencyName: 'la Secretaría de Movilidad',
    tramite: 'la renovación de licencia tipo A',
    requiredTypes: 'identificacion,comprobante-domicilio',
    helpHref: '/ayuda',
  },
  render: (args) => html`<llave-session>
    <form @submit=${(e: Event) => e.preventDefault()}>
      <llave-document-picker
        name="documentos"
        agency=${args.agency}
        agency-name=${args.agencyName}
        tramite=${args.tramite}
        required-types=${args.requiredTypes}
        help-href=${args.helpHref}
      ></llave-document-picker>
    </form>
  </llave-session>`,
  parameters: { msw: { handlers: documentHandlers.default } },
};
export default meta;
type Story = StoryObj;

export const Default: Story = { name: 'Inicial' };
export const Loading: Story = {
  name: 'Cargando',
  parameters: { msw: { handlers: documentHandlers.loading } },
};
export const Empty: Story = {
  name: 'Vacío',
  parameters: { msw: { handlers: documentHandlers.empty } },
};
export const SignedOut: Story = {
  name: 'Sin sesión',
  parameters: { msw: { handlers: documentHandlers.signedOut } },
};
export const LevelRequired: Story = {
  name: 'Nivel requerido',
  parameters: { msw: { handlers: documentHandlers.levelRequired } },
};
export const ServerError: Story = {
  name: 'Error del servidor',
  parameters: { msw: { handlers: documentHandlers.serverError } },
};
export const Offline: Story = {
  name: 'Sin conexión',
  parameters: { msw: { handlers: documentHandlers.offline } },
};
/** Choose a type and any small PDF: the server answers 413, shown translated. */
export const UploadTooLarge: Story = {
  name: 'Archivo demasiado grande',
  tags: ['state'],
  parameters: { msw: { handlers: documentHandlers.uploadTooLarge } },
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement, 'llave-document-picker');
    await userEvent.selectOptions(await find(root, '#upload-type'), 'identificacion');
    // A real (tiny) PDF by its first bytes, as the picker's own pre-check reads them.
    const pdf = new File(['%PDF-1.4\n%%EOF\n'], 'ine.pdf', { type: 'application/pdf' });
    const input = await find<HTMLInputElement>(root, '#file-input');
    // The input is hidden behind its button (the button opens the OS picker, which a script
    // cannot drive): give it the file the citizen would choose.
    const chosen = new DataTransfer();
    chosen.items.add(pdf);
    input.files = chosen.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await shows(root, '[part="message"]', /demasiado grande|too large/i);
  },
};
/** "Elegir" on a requirement shows that type's documents and goes to the first; once chosen the row says which document and offers "Cambiar". */
export const RequirementChosen: Story = {
  name: 'Requisito elegido',
  tags: ['state'],
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement, 'llave-document-picker');
    const choose = await find<HTMLButtonElement>(root, '[part=requirements] button');
    await userEvent.click(choose);
    await userEvent.click(await find(root, '.list input[type=checkbox]:not(:disabled)'));
    await shows(root, '[part=requirements]', /Listo|Ready/);
  },
};
export const NoRequirements: Story = {
  name: 'Sin requisitos',
  args: { requiredTypes: '' },
};
export const English: Story = {
  name: 'En inglés',
  render: (args, ctx) => html`<div lang="en">${meta.render?.(args, ctx)}</div>`,
};
