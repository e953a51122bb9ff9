/**
 * The foundations pages list every token of core's tokens.ts and every contrast pair, with the
 * ratios the theme's tests enforce; rendered here on the server (Lit SSR) exactly as the stories
 * render them, in both languages. The agency example meets the same contrast pairs.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { contrast } from '@llave-cdmx/core/theme/contrast';
import {
  CONTRAST_PAIRS,
  darkTokens,
  lightTokens,
  type TokenName,
  themeTokens,
} from '@llave-cdmx/core/theme/tokens';
import { describe, expect, it } from 'vitest';
import { agencyTheme } from './agency-theme.js';
import { pages } from './pages.js';

/** The page's text: tags, Lit's markers and comments out, entities decoded, spaces collapsed. */
const text = (html: string) =>
  html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

const rendered = (page: (locale?: string) => unknown, locale = 'es-MX') =>
  collectResultSync(render(page(locale) as never));

describe('foundations pages', () => {
  const all = Object.values(pages)
    .map((p) => text(rendered(p)))
    .join(' ');

  it('list every token in tokens.ts', () => {
    const missing = Object.keys(lightTokens).filter((name) => !all.includes(name));
    expect(missing).toEqual([]);
  });

  it('show each colour token with its light and its dark value', () => {
    const page = text(rendered(pages.coloursPage));
    const dark = themeTokens('dark');
    for (const name of Object.keys(lightTokens).filter((n) => n.startsWith('--llave-color-'))) {
      const row = new RegExp(
        `${name} ${lightTokens[name as TokenName]} ${dark[name as TokenName]}`,
      );
      expect(page, name).toMatch(row);
    }
    for (const name of Object.keys(darkTokens))
      expect(page).toContain(darkTokens[name as keyof typeof darkTokens]);
  });

  it('give every contrast pair its computed ratio in both schemes, and say it passes', () => {
    const page = text(rendered(pages.coloursPage));
    for (const [fg, bg, min] of CONTRAST_PAIRS) {
      const light = contrast(themeTokens('light')[fg], themeTokens('light')[bg]).toFixed(2);
      const dark = contrast(themeTokens('dark')[fg], themeTokens('dark')[bg]).toFixed(2);
      expect(page).toMatch(
        new RegExp(`${fg} ${bg} ${min.toFixed(2)}:1 .*?${light}:1 ✓ cumple .*?${dark}:1 ✓ cumple`),
      );
    }
    expect(page).not.toContain('no cumple');
  });

  it('render in English with none of the Spanish headings', () => {
    for (const page of Object.values(pages)) {
      const es = text(rendered(page, 'es-MX'));
      const en = text(rendered(page, 'en'));
      expect(en).not.toBe(es);
      const heading = (locale: string) =>
        /<h1>([^<]+)<\/h1>/.exec(rendered(page, locale).replace(/<!--[\s\S]*?-->/g, ''))?.[1];
      expect(heading('en')).toBeTruthy();
      expect(heading('en')).not.toBe(heading('es-MX'));
    }
  });

  it('tell how to check forced colours and 200 % zoom (the review page)', () => {
    const page = text(rendered(pages.reviewPage));
    expect(page).toContain('forced-colors: active');
    expect(page).toContain('200 %');
    expect(page).toContain('320 px');
    expect(page).toContain('360×740');
  });
});

describe('the agency theme example', () => {
  it('sets only documented tokens', () => {
    for (const name of [...Object.keys(agencyTheme.light), ...Object.keys(agencyTheme.dark)])
      expect(Object.keys(lightTokens)).toContain(name);
  });

  for (const scheme of ['light', 'dark'] as const) {
    const values: Record<string, string> = {
      ...themeTokens(scheme),
      ...agencyTheme.light,
      ...(scheme === 'dark' ? agencyTheme.dark : {}),
    };
    it.each(CONTRAST_PAIRS.map(([fg, bg, min]) => [fg, bg, min]))(
      `${scheme}: %s on %s reaches %s:1`,
      (fg, bg, min) => {
        expect(contrast(values[fg]!, values[bg]!)).toBeGreaterThanOrEqual(min as number);
      },
    );
  }
});
