/**
 * Renders `theme.css` from `tokens.ts`, so the stylesheet pages load and the fallbacks built into
 * the components cannot drift apart: both come from the same objects. `npm run theme -w
 * @llave-cdmx/core` writes the file; `theme.test.ts` fails when the committed file is stale.
 */
import { darkTokens, forcedColorTokens, lightTokens, tokenVar } from './tokens.js';

const block = (selector: string, tokens: Record<string, string>, indent = ''): string => {
  const lines = Object.entries(tokens).map(([name, value]) => `${indent}  ${name}: ${value};`);
  return `${indent}${selector} {\n${lines.join('\n')}\n${indent}}`;
};

const media = (query: string, selector: string, tokens: Record<string, string>): string =>
  `@media ${query} {\n${block(selector, tokens, '  ')}\n}`;

/** The light values of the tokens the dark theme changes: a light island restores exactly those. */
const lightColours = Object.fromEntries(
  Object.keys(darkTokens).map((name) => [name, lightTokens[name as keyof typeof lightTokens]]),
);

export function renderThemeCss(): string {
  return `${[
    `/*
 * Llave CDMX global design tokens (\`--llave-*\`). Load once per page:
 *   <link rel="stylesheet" href="…/@llave-cdmx/core/theme.css">
 * GENERATED from src/theme/tokens.ts by \`npm run theme -w @llave-cdmx/core\`: edit tokens.ts,
 * not this file (a test fails when they differ). Components build the same light values in as
 * fallbacks. Override any token on :root or on a container to re-theme. The file only declares
 * custom properties: it never styles the page.
 *
 * Themes: light by default; dark follows the system preference unless the page opts out
 * with data-llave-theme="light", or is forced with data-llave-theme="dark" (on any element).
 */`,
    block(':root', lightTokens),
    '/* A light island inside a dark page. */',
    block('[data-llave-theme="light"]', lightColours),
    media('(prefers-color-scheme: dark)', ':root:not([data-llave-theme="light"])', darkTokens),
    block('[data-llave-theme="dark"]', darkTokens),
    '/* WCAG 2.3.3 / vestibular disorders: no animated transitions when the person asks for less motion. */',
    media('(prefers-reduced-motion: reduce)', ':root', { '--llave-transition-duration': '0ms' }),
    `/*
 * Forced colors (Windows high contrast): system colours only, so the person's palette wins.
 * The :not(#llave-none) raises specificity above the dark-theme rules, which would otherwise
 * win for someone with both a dark preference and forced colors.
 */`,
    media(
      '(forced-colors: active)',
      ':root:not(#llave-none),\n  [data-llave-theme]:not(#llave-none)',
      forcedColorTokens,
    ),
  ].join('\n\n')}\n`;
}

/** `--llave-color-primary` → `colorPrimary`. */
export const tokenExportName = (name: string): string =>
  name.replace(/^--llave-/, '').replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/**
 * The elements' fallbacks as a module of one pure export per token (`var(--name, light value)`,
 * from `tokenVar`), so a bundle carries only the tokens its styles read instead of the whole
 * token table; written to packages/elements/src/internal/tokens.ts by the same script.
 */
export function renderTokenModule(): string {
  const lines = (Object.keys(lightTokens) as Array<keyof typeof lightTokens>).map(
    (name) =>
      `export const ${tokenExportName(name)} = /* @__PURE__ */ unsafeCSS(${JSON.stringify(tokenVar(name))});`,
  );
  return `// GENERATED from packages/core/src/theme/tokens.ts by \`npm run theme -w @llave-cdmx/core\`:
// edit tokens.ts, not this file (a test fails when they differ). One export per token, each
// \`var(--llave-…, light value)\`, so bundles keep only the tokens their styles read.
import { unsafeCSS } from 'lit';

${lines.join('\n')}
`;
}
