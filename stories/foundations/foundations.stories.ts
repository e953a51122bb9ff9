import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { TemplateResult } from 'lit';
import { agencyPage, coloursPage, reviewPage, spacePage, typePage } from './pages.js';

/**
 * Fundamentos: the design tokens as designers read them, generated from core's tokens.ts (see
 * tokens.ts beside this file). Each page follows the toolbar's language, scheme and theme.
 */
const meta: Meta = {
  title: 'Fundamentos',
  // Pages, not components: no autodocs page of their own.
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen', controls: { disable: true } },
};
export default meta;
type Story = StoryObj;

const pageStory = (render: (locale?: string) => TemplateResult, name: string): Story => ({
  name,
  render: (_args, { globals }) => render(globals.locale),
});

export const Colores = pageStory(coloursPage, 'Colores');
export const Tipografia = pageStory(typePage, 'Tipografía');
export const EspaciosYFormas = pageStory(spacePage, 'Espacios y formas');
export const TemaDeUnaDependencia = pageStory(agencyPage, 'Tema de una dependencia');
export const ComoRevisar = pageStory(reviewPage, 'Cómo revisar');
