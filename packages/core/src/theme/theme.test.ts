import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast } from './contrast.js';
import { renderThemeCss } from './theme-css.js';
import {
  CONTRAST_PAIRS,
  darkTokens,
  forcedColorTokens,
  lightTokens,
  type TokenName,
  themeTokens,
  tokenVar,
} from './tokens.js';

interface Rule {
  media: string | null;
  selector: string;
  declarations: Record<string, string>;
}

/** Enough of a CSS parser for this file: comments, @media nesting, custom-property declarations. */
function parseCss(css: string): Rule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: Rule[] = [];
  const walk = (src: string, media: string | null) => {
    let i = 0;
    while (i < src.length) {
      const open = src.indexOf('{', i);
      if (open === -1) break;
      const prelude = src.slice(i, open).trim();
      let depth = 1;
      let j = open + 1;
      for (; j < src.length && depth > 0; j++) {
        if (src[j] === '{') depth++;
        else if (src[j] === '}') depth--;
      }
      const body = src.slice(open + 1, j - 1);
      if (prelude.startsWith('@media')) walk(body, prelude.slice('@media'.length).trim());
      else {
        const declarations: Record<string, string> = {};
        for (const decl of body.split(';')) {
          const colon = decl.indexOf(':');
          if (colon === -1) continue;
          const name = decl.slice(0, colon).trim();
          expect(name in declarations, `${name} declared twice in ${prelude}`).toBe(false);
          declarations[name] = decl
            .slice(colon + 1)
            .trim()
            .replace(/\s+/g, ' ');
        }
        // Quotes normalised: the formatter may switch them.
        rules.push({
          media,
          selector: prelude.replace(/\s+/g, ' ').replace(/'/g, '"'),
          declarations,
        });
      }
      i = j;
    }
  };
  walk(text, null);
  return rules;
}

const css = readFileSync(new URL('./theme.css', import.meta.url), 'utf8');
const rules = parseCss(css);
const rule = (media: string | null, selector: string) => {
  const found = rules.filter((r) => r.media === media && r.selector === selector);
  expect(found, `${media ?? ''} ${selector}`).toHaveLength(1);
  return found[0]!.declarations;
};
const pick = (keys: string[]) =>
  Object.fromEntries(keys.map((k) => [k, lightTokens[k as TokenName]]));

describe('theme.css', () => {
  it('is generated from tokens.ts (run `npm run theme -w @llave-cdmx/core` after editing tokens)', () => {
    // Whitespace and quotes aside: Biome formats the generated file.
    const norm = (text: string) => text.replace(/\s+/g, '').replace(/'/g, '"');
    expect(norm(css)).toBe(norm(renderThemeCss()));
  });

  it('declares exactly the light tokens on :root', () => {
    expect(rule(null, ':root')).toEqual(lightTokens);
  });

  it('declares the dark colours for a dark system preference unless the page opts out', () => {
    expect(rule('(prefers-color-scheme: dark)', ':root:not([data-llave-theme="light"])')).toEqual(
      darkTokens,
    );
  });

  it('declares the dark colours when a page or container asks for them', () => {
    expect(rule(null, '[data-llave-theme="dark"]')).toEqual(darkTokens);
  });

  it('restores the light colours for a light island', () => {
    expect(rule(null, '[data-llave-theme="light"]')).toEqual(pick(Object.keys(darkTokens)));
  });

  it('uses only system colours under forced colors, for every colour token', () => {
    const forced = rule(
      '(forced-colors: active)',
      ':root:not(#llave-none), [data-llave-theme]:not(#llave-none)',
    );
    expect(forced).toEqual(forcedColorTokens);
    const system = new Set([
      'Canvas',
      'CanvasText',
      'LinkText',
      'VisitedText',
      'ActiveText',
      'ButtonFace',
      'ButtonText',
      'ButtonBorder',
      'Field',
      'FieldText',
      'Highlight',
      'HighlightText',
      'SelectedItem',
      'SelectedItemText',
      'Mark',
      'MarkText',
      'GrayText',
      'AccentColor',
      'AccentColorText',
    ]);
    for (const value of Object.values(forced)) expect(system.has(value), value).toBe(true);
    const colourTokens = Object.keys(lightTokens).filter((k) => k.startsWith('--llave-color-'));
    expect(Object.keys(forced).sort()).toEqual(colourTokens.sort());
  });

  it('turns transitions off for reduced motion', () => {
    expect(rule('(prefers-reduced-motion: reduce)', ':root')).toEqual({
      '--llave-transition-duration': '0ms',
    });
  });

  it('has no rule outside those, and only declares --llave-* custom properties', () => {
    expect(rules).toHaveLength(6);
    for (const r of rules)
      for (const name of Object.keys(r.declarations)) expect(name).toMatch(/^--llave-[a-z0-9-]+$/);
  });

  it('refers only to tokens it declares', () => {
    for (const r of rules) {
      for (const value of Object.values(r.declarations)) {
        for (const m of value.matchAll(/var\((--[\w-]+)/g))
          expect(m[1]! in lightTokens, m[1]).toBe(true);
      }
    }
  });

  it('keeps targets at least 24 px (WCAG 2.2 SC 2.5.8)', () => {
    expect(Number.parseFloat(lightTokens['--llave-target-min'])).toBeGreaterThanOrEqual(24);
    expect(Number.parseFloat(lightTokens['--llave-target-comfortable'])).toBeGreaterThanOrEqual(44);
  });
});

/* ------------------------------------------------------------------ contrast */

describe('contrast (WCAG 2.2 AA)', () => {
  it('computes known ratios', () => {
    expect(contrast('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#FFFFFF')).toBeCloseTo(4.54, 2);
    expect(contrast('#BC955C', '#FFFFFF')).toBeLessThan(3); // why gold is never text
  });

  for (const theme of ['light', 'dark'] as const) {
    // Values as theme.css declares them (equal to tokens.ts, checked above).
    const values =
      theme === 'light'
        ? rule(null, ':root')
        : { ...rule(null, ':root'), ...rule(null, '[data-llave-theme="dark"]') };
    it.each(CONTRAST_PAIRS.map(([fg, bg, min]) => [fg, bg, min]))(
      `${theme}: %s on %s reaches %s:1`,
      (fg, bg, min) => {
        expect(contrast(values[fg]!, values[bg]!)).toBeGreaterThanOrEqual(min as number);
      },
    );
  }

  it('checks every text colour against both surfaces', () => {
    const checked = new Set(CONTRAST_PAIRS.map(([fg, bg]) => `${fg}|${bg}`));
    for (const fg of ['text', 'muted', 'primary', 'danger', 'success', 'warning']) {
      for (const bg of ['surface', 'surface-alt'])
        expect(checked.has(`--llave-color-${fg}|--llave-color-${bg}`)).toBe(true);
    }
  });
});

describe('tokens.ts', () => {
  it('gives var() with the light value as fallback, nested for composite tokens', () => {
    expect(tokenVar('--llave-color-primary')).toBe('var(--llave-color-primary, #9f2241)');
    expect(tokenVar('--llave-focus-ring')).toBe(
      'var(--llave-focus-ring, var(--llave-focus-ring-width, 3px) solid var(--llave-color-focus, #691c32))',
    );
  });

  it('builds each theme from the shared tokens and the theme colours', () => {
    expect(themeTokens('dark')['--llave-color-surface']).toBe('#161616');
    expect(themeTokens('dark')['--llave-radius-m']).toBe('8px');
    expect(themeTokens('light')['--llave-color-surface']).toBe('#ffffff');
  });
});
