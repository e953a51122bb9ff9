/**
 * An example agency theme, applied by the toolbar's "Tema" global (.storybook/preview.ts): an
 * invented agency that sets only documented `--llave-*` tokens, so a designer sees what an agency
 * can change. It gives light and dark values, as a real agency theme must: a dark page with the
 * light green would fail 1.4.3. foundations.test.ts holds both to core's CONTRAST_PAIRS.
 */
import type { TokenName } from '@llave-cdmx/core/theme/tokens';

export const agencyTheme = {
  light: {
    '--llave-color-primary': '#00594f',
    '--llave-color-primary-hover': '#003d36',
    '--llave-color-on-primary': '#ffffff',
    '--llave-color-accent': '#00594f',
    '--llave-color-focus': '#00594f',
    '--llave-font-family': 'Georgia, "Times New Roman", serif',
    '--llave-radius-s': '0px',
    '--llave-radius-m': '2px',
    '--llave-radius-l': '4px',
  },
  dark: {
    '--llave-color-primary': '#7fd1c3',
    '--llave-color-primary-hover': '#b3e6dd',
    '--llave-color-on-primary': '#0a2420',
    '--llave-color-accent': '#7fd1c3',
    '--llave-color-focus': '#7fd1c3',
  },
} as const satisfies Record<'light' | 'dark', Partial<Record<TokenName, string>>>;

/** `name: value;` declarations for a style attribute. */
export const declarations = (tokens: Record<string, string>): string =>
  Object.entries(tokens)
    .map(([name, value]) => `${name}: ${value};`)
    .join(' ');
