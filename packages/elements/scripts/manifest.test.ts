/**
 * The manifest's custom elements: every registration file (`src/<name>/llave-<name>.ts`) must
 * come out as a tag definition, its class as a custom element with that tag name, or the class
 * silently drops out of the manifest's elements and of the React and Vue typings made from it
 * (which is what happened when the files started calling defineElement(), which the analyzer
 * does not know, until the config's defineElementCalls plugin).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const tags = readdirSync(join(pkg, 'src'), { withFileTypes: true }).flatMap((d) =>
  d.isDirectory()
    ? readdirSync(join(pkg, 'src', d.name))
        .filter((f) => /^llave-[a-z0-9-]+\.ts$/.test(f))
        .map((f) => ({ dir: d.name, tag: f.replace(/\.ts$/, '') }))
    : [],
);

interface Declaration {
  name: string;
  kind: string;
  customElement?: boolean;
  tagName?: string;
}
interface Module {
  path: string;
  declarations?: Declaration[];
  exports?: Array<{ kind: string; name: string; declaration: { name: string; module?: string } }>;
}

let modules: Module[] = [];

beforeAll(() => {
  // The build's own step: rewrites the package's custom-elements.json from the sources.
  const r = spawnSync(process.execPath, [join(pkg, 'scripts/manifest.mjs')], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  modules = JSON.parse(readFileSync(join(pkg, 'custom-elements.json'), 'utf8')).modules;
}, 30_000);

describe('custom-elements.json', () => {
  it('finds the registration files', () => {
    expect(tags.length).toBeGreaterThanOrEqual(11);
  });

  it.each(tags)('defines <$tag> and names its class a custom element', ({ dir, tag }) => {
    const registration = modules.find((m) => m.path === `dist/${dir}/${tag}.js`);
    const definition = registration?.exports?.find(
      (e) => e.kind === 'custom-element-definition' && e.name === tag,
    );
    expect(definition, `${tag}: no custom-element-definition`).toBeDefined();
    const declaration = modules
      .find((m) => m.path === definition!.declaration.module)
      ?.declarations?.find((d) => d.name === definition!.declaration.name);
    expect(declaration).toMatchObject({ kind: 'class', customElement: true, tagName: tag });
  });
});
