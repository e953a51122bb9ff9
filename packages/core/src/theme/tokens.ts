/**
 * The global design tokens as data: the same values `theme.css` declares (a test keeps them
 * equal). Components use them as `var()` fallbacks, so an element looks right even on a page
 * that never loaded theme.css: `color: ${unsafeCSS(tokenVar('--llave-color-text'))}`.
 *
 * The look is the CDMX institutional one: guinda #9F2241, dark guinda #691C32, gold #BC955C,
 * on neutral greys. Every text/background pair in `CONTRAST_PAIRS` meets WCAG 2.2 AA in both
 * themes (1.4.3, 4.5:1 for text; 1.4.11, 3:1 for borders and focus indicators).
 */

export const lightTokens = {
  '--llave-color-primary': '#9f2241',
  '--llave-color-primary-hover': '#691c32',
  '--llave-color-on-primary': '#ffffff',
  // Gold is decorative only (2.8:1 on white): rules, badges' borders, never text.
  '--llave-color-accent': '#bc955c',
  '--llave-color-surface': '#ffffff',
  '--llave-color-surface-alt': '#f4f4f4',
  '--llave-color-text': '#1f1f1f',
  '--llave-color-muted': '#545454',
  '--llave-color-border': '#767676',
  '--llave-color-danger': '#b3261e',
  '--llave-color-success': '#1b6b35',
  '--llave-color-warning': '#8a5300',
  '--llave-color-focus': '#691c32',
  '--llave-focus-ring-width': '3px',
  '--llave-focus-ring': 'var(--llave-focus-ring-width) solid var(--llave-color-focus)',
  '--llave-focus-ring-offset': '2px',
  '--llave-font-family':
    '"Source Sans 3", "Source Sans Pro", system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  '--llave-font-size-s': '0.875rem',
  '--llave-font-size-m': '1rem',
  '--llave-font-size-l': '1.25rem',
  '--llave-font-size-xl': '1.5rem',
  '--llave-font-weight-normal': '400',
  '--llave-font-weight-bold': '600',
  '--llave-line-height': '1.5',
  '--llave-radius-s': '4px',
  '--llave-radius-m': '8px',
  '--llave-radius-l': '16px',
  '--llave-radius-pill': '999px',
  '--llave-space-xs': '0.25rem',
  '--llave-space-s': '0.5rem',
  '--llave-space-m': '1rem',
  '--llave-space-l': '1.5rem',
  '--llave-space-xl': '2rem',
  // WCAG 2.2 SC 2.5.8 asks for 24×24 CSS px at least; 44 px is the comfortable size we use.
  '--llave-target-min': '24px',
  '--llave-target-comfortable': '44px',
  '--llave-transition-duration': '150ms',
} as const;

export type TokenName = keyof typeof lightTokens;

/** The colours that change in the dark theme; everything else is shared. */
export const darkTokens = {
  '--llave-color-primary': '#f0a3b6',
  '--llave-color-primary-hover': '#f7c6d2',
  '--llave-color-on-primary': '#2a0a14',
  '--llave-color-accent': '#bc955c',
  '--llave-color-surface': '#161616',
  '--llave-color-surface-alt': '#262626',
  '--llave-color-text': '#f2f2f2',
  '--llave-color-muted': '#bdbdbd',
  '--llave-color-border': '#8c8c8c',
  '--llave-color-danger': '#ff8a80',
  '--llave-color-success': '#7bd88f',
  '--llave-color-warning': '#f3c26b',
  '--llave-color-focus': '#d9b77e',
} as const satisfies Partial<Record<TokenName, string>>;

/**
 * Forced colors (Windows high contrast): system colours only, so the person's own palette wins
 * (WCAG 1.4.11 and 1.4.3 are then the system's job).
 */
export const forcedColorTokens = {
  '--llave-color-primary': 'ButtonText',
  '--llave-color-primary-hover': 'Highlight',
  '--llave-color-on-primary': 'ButtonFace',
  '--llave-color-accent': 'CanvasText',
  '--llave-color-surface': 'Canvas',
  '--llave-color-surface-alt': 'Canvas',
  '--llave-color-text': 'CanvasText',
  '--llave-color-muted': 'CanvasText',
  '--llave-color-border': 'CanvasText',
  '--llave-color-danger': 'CanvasText',
  '--llave-color-success': 'CanvasText',
  '--llave-color-warning': 'CanvasText',
  '--llave-color-focus': 'Highlight',
} as const satisfies Record<keyof typeof darkTokens, string>;

/** Foreground, background and the minimum ratio WCAG asks of that pair. */
export const CONTRAST_PAIRS: ReadonlyArray<readonly [TokenName, TokenName, number]> = [
  ...(['--llave-color-surface', '--llave-color-surface-alt'] as const).flatMap((bg) => [
    ['--llave-color-text', bg, 4.5] as const,
    ['--llave-color-muted', bg, 4.5] as const,
    ['--llave-color-primary', bg, 4.5] as const, // links
    ['--llave-color-danger', bg, 4.5] as const,
    ['--llave-color-success', bg, 4.5] as const,
    ['--llave-color-warning', bg, 4.5] as const,
    ['--llave-color-border', bg, 3] as const, // input borders (1.4.11)
    ['--llave-color-focus', bg, 3] as const, // focus ring (1.4.11, 2.4.13)
  ]),
  ['--llave-color-on-primary', '--llave-color-primary', 4.5],
  ['--llave-color-on-primary', '--llave-color-primary-hover', 4.5],
];

/** The tokens of a theme: dark overrides the light values it changes. */
export function themeTokens(theme: 'light' | 'dark'): Record<TokenName, string> {
  return theme === 'dark' ? { ...lightTokens, ...darkTokens } : { ...lightTokens };
}

/**
 * `var(--name, fallback)` with the light value as fallback, nested for tokens that refer to
 * other tokens, so it works on pages without theme.css.
 */
export function tokenVar(name: TokenName): string {
  const value = lightTokens[name].replace(/var\((--llave-[\w-]+)\)/g, (match, inner: string) =>
    inner in lightTokens ? tokenVar(inner as TokenName) : match,
  );
  return `var(${name}, ${value})`;
}
