/**
 * The theme contract between core's tokens and the components (issue 13 item 1): a component
 * that reads a custom property nobody declares silently shows its fallback, which is how muted
 * text came out #545454 on a #161616 dark surface (2.4:1) while the page looked fine because the
 * demo set the unofficial name itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lightTokens } from '@llave-cdmx/core';
import { renderTokenModule } from '@llave-cdmx/core/theme/theme-css';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const src = join(root, 'packages/elements/src');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const sources = walk(src).filter(
  (f) => /\.(ts|css)$/.test(f) && !/\.test\.ts$|test-api\.ts$|fixtures\.ts$/.test(f),
);
const read = (f: string) => readFileSync(f, 'utf8');

/** `--llave-*` names read with var() or token('…') in a file, with where they are. */
function reads(file: string): Array<{ name: string; where: string }> {
  const text = read(file);
  const found: Array<{ name: string; where: string }> = [];
  for (const m of text.matchAll(/var\(\s*(--llave-[a-z0-9-]+)|token\('(--llave-[a-z0-9-]+)'\)/g)) {
    found.push({ name: (m[1] ?? m[2])!, where: relative(root, file) });
  }
  return found;
}

/** `@cssproperty --llave-…` lines of the components' JSDoc contracts. */
const documented = new Set(
  sources.flatMap((f) =>
    [...read(f).matchAll(/@cssproperty\s+(--llave-[a-z0-9-]+)/g)].map((m) => m[1]!),
  ),
);
const tokens = new Set(Object.keys(lightTokens));

describe('theme contract', () => {
  const all = sources.flatMap(reads);

  it('the fallbacks module is generated from tokens.ts (npm run theme -w @llave-cdmx/core)', () => {
    const norm = (text: string) =>
      text.replace(/\s+/g, '').replace(/\\/g, '').replace(/"/g, "'").replace(/,\)/g, ')');
    expect(norm(read(join(src, 'internal/tokens.ts')))).toBe(norm(renderTokenModule()));
  });

  it('finds the reads it checks (the scan itself works)', () => {
    expect(all.length).toBeGreaterThan(30);
    expect(all.some((r) => r.name === '--llave-color-muted')).toBe(true);
    expect(documented.has('--llave-login-button-background')).toBe(true);
  });

  it('every --llave-* a component reads is a declared token or a documented component property', () => {
    const unknown = all.filter((r) => !tokens.has(r.name) && !documented.has(r.name));
    expect(unknown).toEqual([]);
  });

  it('every private --_* property a component reads is set by the base styles or by that component', () => {
    // An undeclared custom property makes its whole declaration invalid: the "Sin verificar"
    // status read --_warning and showed no warning colour, the profile's and the signer's done
    // boxes read --_surface-alt and had no background, and nothing looked broken enough to see.
    const declares = (files: string[]) =>
      new Set(
        files.flatMap((f) => [...read(f).matchAll(/(--_[a-z0-9-]+)\s*:/g)].map((m) => m[1]!)),
      );
    const base = declares([join(src, 'internal/base-styles.ts')]);
    expect(base.has('--_primary') && base.has('--_muted')).toBe(true);
    const folder = (f: string) => relative(src, f).split('/')[0]!;
    const undeclared: string[] = [];
    let checked = 0;
    for (const file of sources) {
      const own = declares(sources.filter((f) => folder(f) === folder(file)));
      for (const m of read(file).matchAll(/var\(\s*(--_[a-z0-9-]+)/g)) {
        checked++;
        if (!base.has(m[1]!) && !own.has(m[1]!))
          undeclared.push(`${m[1]} in ${relative(root, file)}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(undeclared).toEqual([]);
  });

  it('a component property is named after the component that documents it, never like a token', () => {
    for (const name of documented) {
      expect(tokens.has(name), name).toBe(false);
      expect(name).toMatch(/^--llave-[a-z]+(-[a-z]+)*-[a-z]+$/);
    }
  });

  it('every documented component property is read somewhere (a contract that does something)', () => {
    const read = new Set(all.map((r) => r.name));
    expect([...documented].filter((n) => !read.has(n))).toEqual([]);
  });

  it('no component hard-codes a colour: colours come from tokens (dark mode, forced colours)', () => {
    const styles = sources.filter((f) => /styles\.ts$/.test(f));
    expect(styles.length).toBeGreaterThan(5);
    for (const f of styles) {
      // Fallbacks come from tokens.ts through token(); a literal hex would not follow the theme.
      expect(read(f).match(/#[0-9a-f]{3,8}\b/gi), relative(root, f)).toBeNull();
    }
  });

  it('the demo and the stories set only declared tokens or documented properties', () => {
    const pages = [
      ...walk(join(root, 'demo/public')).filter((f) => /\.(css|html)$/.test(f)),
      ...walk(join(root, 'stories')).filter((f) => /\.(ts|css)$/.test(f)),
    ];
    const set = pages.flatMap((f) =>
      [...read(f).matchAll(/(--llave-[a-z0-9-]+)\s*:/g)].map((m) => ({
        name: m[1]!,
        where: relative(root, f),
      })),
    );
    expect(set.filter((r) => !tokens.has(r.name) && !documented.has(r.name))).toEqual([]);
  });
});
