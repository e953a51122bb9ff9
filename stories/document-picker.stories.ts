import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/session/llave-session.js';
import '../packages/elements/src/document-picker/llave-document-picker.js';
import { documentHandlers } from './msw/documents.js';

/**
 * Each story wraps the picker in its own `<llave-session>`, so a signed-out story never sees
 * the session an earlier story read.
 */
const meta: Meta = {
  title: 'Expediente/Document picker',
  component: 'llave-document-picker',
  args: {
    agency: 'semovi',
    agencyName: 'la Secretaría de Movilidad',
    tramite: 'la renovación de licencia tipo A',
    requiredTypes: 'identificacion,comprobante-domicilio',
  },
  render: (args) => html`<llave-session>
    <form @submit=${(e: Event) => e.preventDefault()}>
      <llave-document-picker
        name="documentos"
        agency=${args.agency}
        agency-name=${args.agencyName}
        tramite=${args.tramite}
        required-types=${args.requiredTypes}
      ></llave-document-picker>
    </form>
  </llave-session>`,
  parameters: { msw: { handlers: documentHandlers.default } },
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};
export const Loading: Story = { parameters: { msw: { handlers: documentHandlers.loading } } };
export const Empty: Story = { parameters: { msw: { handlers: documentHandlers.empty } } };
export const SignedOut: Story = { parameters: { msw: { handlers: documentHandlers.signedOut } } };
export const LevelRequired: Story = {
  parameters: { msw: { handlers: documentHandlers.levelRequired } },
};
export const ServerError: Story = {
  parameters: { msw: { handlers: documentHandlers.serverError } },
};
export const Offline: Story = { parameters: { msw: { handlers: documentHandlers.offline } } };
/** Choose a type and any small PDF: the server answers 413, shown translated. */
export const UploadTooLarge: Story = {
  parameters: { msw: { handlers: documentHandlers.uploadTooLarge } },
};
export const NoRequirements: Story = { args: { requiredTypes: '' } };
export const English: Story = {
  render: (args, ctx) => html`<div lang="en">${meta.render?.(args, ctx)}</div>`,
};
