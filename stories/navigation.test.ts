/**
 * The sidebar speaks one language: every story file's title starts with one of the Spanish,
 * task-based groups that .storybook/preview.ts declares (its `storySort.order`), so a new story
 * file cannot bring back "Components/…" or "Session/…" beside "Cuenta/…".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const preview = readFileSync(join(root, '.storybook/preview.ts'), 'utf8');

/** The groups, read from the literal Storybook itself reads. */
const groups = (() => {
  const m = /storySort:\s*\{\s*order:\s*\[([^\]]*)\]/.exec(preview);
  if (!m) throw new Error('.storybook/preview.ts has no storySort.order literal');
  return [...m[1]!.matchAll(/'([^']+)'/g)].map((g) => g[1]!);
})();

const storyFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? storyFiles(join(dir, e.name))
      : e.name.endsWith('.stories.ts')
        ? [join(dir, e.name)]
        : [],
  );

const files = storyFiles(join(root, 'stories'));

describe('Storybook navigation', () => {
  it('declares Spanish groups by citizen task, foundations first', () => {
    expect(groups).toEqual(['Fundamentos', 'Cuenta', 'Expediente', 'Trámites', 'Firma', 'Ayuda']);
  });

  it('finds the story files', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it.each(files.map((f) => [relative(root, f), f]))(
    '%s: its title starts with a declared group',
    (_name, file) => {
      const source = readFileSync(file, 'utf8');
      const titles = [...source.matchAll(/^ {2}title: '([^']+)'/gm)].map((m) => m[1]!);
      expect(titles, 'exactly one meta title').toHaveLength(1);
      const [group, ...rest] = titles[0]!.split('/');
      expect(groups).toContain(group);
      // Component names in Spanish too: no English words the old titles used.
      expect(rest.join('/')).not.toMatch(
        /\b(Components?|Session|Help|button|wizard|picker|tracker|signer|verifier|reset|timeout)\b/i,
      );
    },
  );

  it.each(files.map((f) => [relative(root, f), f]))(
    '%s: every story has a Spanish name of its own (its id stays the export name)',
    (_name, file) => {
      const source = readFileSync(file, 'utf8');
      const stories = [
        ...source.matchAll(/^export const (\w+): Story = \{\s*(?:name: '([^']+)')?/gm),
      ].map((m) => ({ id: m[1]!, name: m[2] }));
      if (!stories.length) return; // pages built by a helper (foundations) name themselves
      expect(stories.filter((s) => !s.name).map((s) => s.id)).toEqual([]);
      const names = stories.map((s) => s.name!);
      expect(new Set(names).size, 'two stories with one name').toBe(names.length);
      // Spelled for a Spanish sidebar: none of the English words the names used to be.
      expect(
        names.filter((n) => /\b(Default|Loading|English|Signed|Offline|Empty)\b/.test(n)),
      ).toEqual([]);
    },
  );

  it('uses every group it declares', () => {
    const used = new Set(
      files.map((f) => /^ {2}title: '([^'/]+)/m.exec(readFileSync(f, 'utf8'))?.[1]),
    );
    expect(groups.filter((g) => !used.has(g))).toEqual([]);
  });
});
