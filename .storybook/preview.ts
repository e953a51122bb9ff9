import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { mswLoader } from 'msw-storybook-addon/csf3';
import manifest from '../packages/elements/custom-elements.json' with { type: 'json' };
// The stylesheet an agency page loads, as it ships: its dark block is what the scheme global
// selects (data-llave-theme), and the components read its tokens. Without it, stories would show
// only the components' built-in light fallbacks.
import '../packages/core/src/theme/theme.css';
import { agencyTheme } from '../stories/foundations/agency-theme.js';
import { contractArgTypes, type Manifest } from './arg-types.js';
import './preview.css';

setCustomElementsManifest(manifest);

/**
 * The scheme: theme.css's own switch. `light` and `dark` set `data-llave-theme` on the story's
 * root, as a page or a container does; `system` sets nothing, so the dark block follows
 * `prefers-color-scheme` like on a citizen's phone. `color-scheme` goes with it, so native
 * controls, scrollbars and the canvas match. Forced colours are not offered: the Storybook UI
 * cannot emulate them (only the browser's DevTools or the OS can), and a fake would mislead; the
 * "Cómo revisar" page says how, the foundations list each token's system colour, and
 * scripts/stories-check.mjs checks the stories under Chromium's emulated forced colours.
 */
const withTheme: Decorator = (story, { globals, viewMode }) => {
  const scheme = globals.scheme ?? 'light';
  const agency = globals.theme === 'agency';
  // The agency example's dark values apply where theme.css's dark values would: on a dark story
  // root, or (scheme "system") under a dark system preference.
  const systemDark =
    scheme === 'system' && globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches;
  const dark = scheme === 'dark' || systemDark;
  const tokens = agency ? { ...agencyTheme.light, ...(dark ? agencyTheme.dark : {}) } : {};
  // In a story, the whole canvas (not only the story's box) takes the scheme's surface; a docs
  // page stays light around its dark story boxes.
  const root = document.documentElement;
  const own = viewMode === 'story' && scheme !== 'system';
  root.style.colorScheme = own ? scheme : '';
  if (own) root.dataset.llaveTheme = scheme;
  else delete root.dataset.llaveTheme;
  return html`<div
    class="llave-story-root"
    lang=${globals.locale ?? 'es-MX'}
    data-llave-theme=${scheme === 'system' ? nothing : scheme}
    style=${styleMap({ ...tokens, colorScheme: scheme === 'system' ? 'light dark' : scheme })}
  >
    ${story()}
  </div>`;
};

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
    scheme: {
      description: 'Esquema de color (theme.css) / colour scheme',
      toolbar: {
        title: 'Esquema',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Claro', icon: 'sun' },
          { value: 'dark', title: 'Oscuro', icon: 'moon' },
          { value: 'system', title: 'Sistema (prefers-color-scheme)', icon: 'browser' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Tema: CDMX o el ejemplo de una dependencia / theme',
      toolbar: {
        title: 'Tema',
        icon: 'paintbrush',
        items: [
          { value: 'cdmx', title: 'CDMX' },
          { value: 'agency', title: 'Dependencia (ejemplo)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'es-MX', scheme: 'light', theme: 'cdmx' },
  decorators: [
    // Components take their language from the nearest `lang` attribute (I18nController), and
    // their colours from the tokens on the nearest themed ancestor.
    withTheme,
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: {
      codePanel: true,
      // Controls and the docs table: the documented contract only (see arg-types.ts).
      extractArgTypes: (tag: string) => contractArgTypes(manifest as Manifest, tag),
    },
    // The widths citizens have: WCAG's 320 px reflow width, the most common phone (360×740),
    // then tablet and desktop. 200 % zoom is a browser setting: "Fundamentos/Cómo revisar".
    viewport: {
      options: {
        reflow320: {
          name: 'Teléfono pequeño 320 px (reflujo WCAG 1.4.10)',
          styles: { width: '320px', height: '640px' },
          type: 'mobile',
        },
        phone360: {
          name: 'Teléfono 360×740',
          styles: { width: '360px', height: '740px' },
          type: 'mobile',
        },
        tablet: {
          name: 'Tableta 768×1024',
          styles: { width: '768px', height: '1024px' },
          type: 'tablet',
        },
        desktop: {
          name: 'Escritorio 1280×800',
          styles: { width: '1280px', height: '800px' },
          type: 'desktop',
        },
      },
    },
    options: {
      // One Spanish scheme, grouped by the citizen's task (stories/navigation.test.ts keeps every
      // story's top group in this list). Storybook reads this statically: it must stay a literal.
      storySort: {
        order: ['Fundamentos', 'Cuenta', 'Expediente', 'Trámites', 'Firma', 'Ayuda'],
      },
    },
  },
};

export default preview;
