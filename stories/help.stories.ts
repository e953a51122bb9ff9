import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/help/llave-help.js';

const meta: Meta = {
  title: 'Ayuda/Ayuda',
  component: 'llave-help',
  args: { topics: '', helpHref: '/ayuda', open: false },
  render: (args) =>
    html`<llave-help topics=${args.topics} help-href=${args.helpHref} ?open=${args.open}></llave-help>`,
};
export default meta;
type Story = StoryObj;

/** Closed: "¿Necesitas ayuda?" where every component has it. */
export const Default: Story = { name: 'Inicial' };
/** Open with the general answers. */
export const Open: Story = {
  name: 'Abierta',
  args: { open: true },
};
/** The answers for a CURP already registered. */
export const CurpRegistered: Story = {
  name: 'CURP ya registrada',
  args: { open: true, topics: 'curpRegistered' },
};
/** The answers for trouble with a code. */
export const CodeTrouble: Story = {
  name: 'Problemas con el código',
  args: { open: true, topics: 'code contactTypo' },
};
/** Without an agency help page: only the guide's answers and LOCATEL. */
export const WithoutHelpPage: Story = {
  name: 'Sin página de ayuda de la dependencia',
  args: { open: true, helpHref: '' },
};
export const English: Story = {
  name: 'En inglés',
  args: { open: true },
  render: (args, ctx) => html`<div lang="en">${meta.render?.(args, ctx)}</div>`,
};
