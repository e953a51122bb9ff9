// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are TypeScript source under test, ${…} included
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { css, html, unsafeCSS } from 'lit';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as realTokens from '../src/internal/tokens.js';
import { inlineTokens, readTokens } from './inline-tokens.js';
import { minifyTemplates } from './minify-templates.js';

const here = dirname(fileURLToPath(import.meta.url));
const src = join(here, '../src');
const tokensFile = join(src, 'internal/tokens.ts');
const file = join(src, 'some/styles.ts');

const tokens = new Map([
  ['colorPrimary', 'var(--llave-color-primary, #9f2241)'],
  ['fontFamily', 'var(--llave-font-family, "Source Sans 3", system-ui)'],
  // Not a real token: what a template must read back unchanged even so.
  ['odd', 'a`b\\c${d}'],
]);

/** Runs the expression of `source` (a `css`/`html` template) with Lit, as the bundle would. */
function run(source: string, tokenValues: Record<string, unknown>): unknown {
  const js = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022 } });
  const body = js.outputText.replace(/^import .*$/gm, '').replace(/export const (\w+) =/, 'return');
  return new Function('css', 'html', 'tokens', body)(css, html, tokenValues);
}

const asCss = Object.fromEntries([...tokens].map(([k, v]) => [k, unsafeCSS(v)]));

describe('readTokens', () => {
  it('reads every token of the generated module, with the text Lit gives it', () => {
    const read = readTokens(readFileSync(tokensFile, 'utf8'));
    const real = Object.entries(realTokens);
    expect(real.length).toBeGreaterThan(10);
    expect([...read.keys()].sort()).toEqual(real.map(([k]) => k).sort());
    for (const [name, value] of real) expect(read.get(name)).toBe(String(value));
  });
});

describe('inlineTokens', () => {
  const header =
    "import { css, html } from 'lit';\nimport * as tokens from '../internal/tokens.js';\n";

  it('writes token text into css templates: the stylesheet Lit builds is the same', () => {
    const source = `${header}export const s = css\`
      :host { color: \${tokens.colorPrimary}; font: 1rem/1.5 \${tokens.fontFamily}; }
      .x::after { content: "\${tokens.colorPrimary}"; }
      .y { border: 1px solid \${tokens.odd}; }\`;`;
    const out = inlineTokens(source, file, tokensFile, tokens);
    expect(out).not.toBeNull();
    expect(out).not.toContain('${tokens.');
    const before = run(source, asCss) as { cssText: string };
    const after = run(out!, {}) as { cssText: string };
    expect(after.cssText).toBe(before.cssText);
    expect(after.cssText).toContain('a`b\\c${d}');
  });

  it('gives the same stylesheet once minified too, as the build runs both', () => {
    const source = `${header}export const s = css\`:host {
        --_p: \${tokens.colorPrimary};
        font-family: \${tokens.fontFamily};
      }\`;`;
    const out = minifyTemplates(inlineTokens(source, file, tokensFile, tokens)!, file)!;
    expect((run(out, {}) as { cssText: string }).cssText).toBe(
      ':host{--_p:var(--llave-color-primary,#9f2241);font-family:var(--llave-font-family,"Source Sans 3",system-ui)}',
    );
  });

  it('leaves html templates, whitespace and all, and other expressions as written', () => {
    const source = `${header}export const t = html\`<pre>  \${tokens.colorPrimary}
   two  spaces</pre>\${css\`a { b: \${other.colorPrimary}; c: \${tokens.missing}; d: \${tokens['colorPrimary']} }\`}\`;`;
    expect(inlineTokens(source, file, tokensFile, tokens)).toBeNull();
  });

  it('only follows a namespace import of the tokens module itself', () => {
    const body = 'export const s = css`a { b: ${tokens.colorPrimary} }`;';
    const of = (imports: string) => inlineTokens(`${imports}\n${body}`, file, tokensFile, tokens);
    expect(of("import * as tokens from './tokens.js';")).toBeNull();
    expect(of("import type * as tokens from '../internal/tokens.js';")).toBeNull();
    expect(of("import * as tokens from '../internal/tokens.ts';")).toContain(
      'b: var(--llave-color-primary, #9f2241) }',
    );
    expect(of("import * as t from '../internal/tokens.js';")).toBeNull();
  });
});
