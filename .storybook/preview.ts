import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { mswLoader } from 'msw-storybook-addon/csf3';
import manifest from '../packages/elements/custom-elements.json' with { type: 'json' };
import './preview.css';

setCustomElementsManifest(manifest);

const preview: Preview = {
  // msw answers the stories' /llave/* requests from each story's `parameters.msw.handlers`.
  loaders: [
    mswLoader(async () => {
      const { setupWorker } = await import('msw/browser');
      const worker = setupWorker();
      await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
      return worker;
    }),
  ],
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Idioma de los componentes / component language',
      toolbar: {
        title: 'Idioma',
        icon: 'globe',
        items: [
          { value: 'es-MX', title: 'Español (México)' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'es-MX' },
  decorators: [
    // Components take their language from the nearest `lang` attribute (I18nController).
    (story, context) =>
      html`<div class="llave-story-root" lang=${context.globals.locale ?? 'es-MX'}>${story()}</div>`,
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { codePanel: true },
  },
};

export default preview;
