/**
 * What the three tarballs hold, read where npm installed them in the consumer apps (run by
 * packaging/run.mjs, which sets PACKAGING_*): what a consumer needs, and nothing that breaks.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { targets } from '../scripts/pack-manifest.mjs';

const tarballs = JSON.parse(process.env.PACKAGING_TARBALLS ?? '{}');
const apps = process.env.PACKAGING_APPS ?? '';
const installed = (name) => join(apps, 'node_modules', name);
const names = ['@llave-cdmx/core', '@llave-cdmx/elements', '@llave-cdmx/bff'];

/** Every file of a tarball, relative to the package root. */
const filesOf = (name) =>
  execFileSync('tar', ['tzf', tarballs[name]], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((f) => f.replace(/^package\//, ''));

function walk(dir, out = []) {
  for (const entry of readdirSync(dir)) {
    const file = join(dir, entry);
    if (statSync(file).isDirectory()) walk(file, out);
    else out.push(file);
  }
  return out;
}

/** Imports `specifier` from the TypeScript consumer with plain node (no conditions, no tsx). */
const importFromConsumer = (specifier) =>
  spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const m = await import(${JSON.stringify(specifier)}); console.log(Object.keys(m).length);`,
    ],
    { cwd: join(apps, 'ts'), encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } },
  );

test('runs against installed tarballs', () => {
  for (const name of names) {
    assert.ok(tarballs[name], `no tarball for ${name}`);
    assert.ok(existsSync(join(installed(name), 'package.json')), `${name} is not installed`);
    // Installed from the tarball, not linked to this workspace.
    assert.equal(statSync(installed(name)).isSymbolicLink?.() ?? false, false);
  }
});

for (const name of names) {
  test(`${name}: README, LICENSE, a manifest without workspace-only parts, no tests`, () => {
    const files = filesOf(name);
    assert.ok(files.includes('README.md'), 'no README.md');
    // The manifests say MIT; the licence text must travel with the code it covers.
    assert.ok(files.includes('LICENSE'), 'no LICENSE');
    const readme = readFileSync(join(installed(name), 'README.md'), 'utf8');
    assert.match(
      readme,
      new RegExp(`npm install ${name.replace('/', '\\/')}`),
      'README says how to install it',
    );
    const pkg = JSON.parse(readFileSync(join(installed(name), 'package.json'), 'utf8'));
    assert.doesNotMatch(
      JSON.stringify(pkg.exports),
      /"source"/,
      'a `source` condition points at sources',
    );
    assert.equal(pkg.scripts, undefined);
    assert.equal(pkg.devDependencies, undefined);
    const testish = files.filter((f) =>
      /\.test\.|ssr-test|fixtures\.|test-api\.|test-helpers\./.test(f),
    );
    assert.deepEqual(testish, [], 'test files in the tarball');
    for (const target of targets(pkg)) {
      assert.ok(files.includes(target.replace(/^\.\//, '')), `${target} is named but not shipped`);
    }
  });

  test(`${name}: imports with plain node from an installed app`, () => {
    const r = importFromConsumer(name);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(Number(r.stdout.trim()) > 0, 'exports nothing');
  });
}

test('@llave-cdmx/bff: the bin runs the built code, configured by the environment', () => {
  const pkg = JSON.parse(readFileSync(join(installed('@llave-cdmx/bff'), 'package.json'), 'utf8'));
  const bin = join(installed('@llave-cdmx/bff'), pkg.bin['llave-bff']);
  assert.doesNotMatch(readFileSync(bin, 'utf8'), /tsx/);
  // No configuration: a readable message about it, not a missing module.
  const r = spawnSync(process.execPath, [bin], {
    cwd: apps,
    encoding: 'utf8',
    env: { PATH: process.env.PATH },
  });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^llave-bff: .*(required|LLAVE_)/m);
  assert.doesNotMatch(r.stderr, /ERR_MODULE_NOT_FOUND|Cannot find/);
});

test('@llave-cdmx/bff: from a clone, `node server/bff/bin/llave-bff.mjs` runs with plain node', () => {
  // dist/ may be stale or missing in a clone: the bin runs `tsc -b` first (quick here: the
  // pack just built it), then the built server, which stops on the missing configuration.
  const r = spawnSync(process.execPath, ['server/bff/bin/llave-bff.mjs'], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH },
  });
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /^llave-bff: .*(required|LLAVE_)/m);
  assert.doesNotMatch(r.stderr, /ERR_MODULE_NOT_FOUND|Cannot find/);
});

test('@llave-cdmx/elements: custom-elements.json names the published JavaScript modules', () => {
  const dir = installed('@llave-cdmx/elements');
  const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
  const modules = new Set();
  const visit = (node) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if ((k === 'path' || k === 'module') && typeof v === 'string' && !v.startsWith('.'))
          modules.add(v);
        else visit(v);
      }
    }
  };
  visit(manifest.modules);
  assert.ok(modules.size > 10);
  for (const path of modules) {
    assert.match(path, /^dist\/.*\.js$/, `${path} is not a published module`);
    assert.ok(existsSync(join(dir, path)), `${path} is not in the package`);
  }
});

test('@llave-cdmx/elements: the README names every tag of the manifest', () => {
  const dir = installed('@llave-cdmx/elements');
  const readme = readFileSync(join(dir, 'README.md'), 'utf8');
  const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
  const tags = manifest.modules.flatMap((m) =>
    (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name),
  );
  assert.ok(tags.length >= 11, `the manifest defines ${tags.length} tags`);
  assert.deepEqual(
    tags.filter((tag) => !readme.includes(`\`<${tag}>\``)),
    [],
    'tags the package README does not introduce',
  );
});

test('@llave-cdmx/elements: React and Vue typings cover every tag of the manifest', () => {
  const dir = installed('@llave-cdmx/elements');
  const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
  const tags = manifest.modules.flatMap((m) =>
    (m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName),
  );
  assert.ok(tags.includes('llave-login-button'));
  const react = readFileSync(join(dir, 'dist/react.d.ts'), 'utf8');
  const vue = readFileSync(join(dir, 'dist/vue.d.ts'), 'utf8');
  for (const tag of tags) {
    assert.ok(react.includes(`"${tag}": ReactElementProps<`), `React typings lack <${tag}>`);
    assert.ok(vue.includes(`"${tag}": DefineComponent<`), `Vue typings lack <${tag}>`);
  }
});

test('@llave-cdmx/elements: no module imports a side-effect-free package only for its effects', () => {
  // A bare `import "pkg"` of a package whose package.json says `"sideEffects": false` is dropped
  // by the consumer's bundler, with a warning on every build (esbuild's ignored-bare-import, seen
  // in the Angular CLI): left by a type-only import the npm build did not erase.
  const dir = installed('@llave-cdmx/elements');
  const bare = [];
  for (const file of walk(join(dir, 'dist')).filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:^|[;\n])\s*import\s*["']([^"'./][^"']*)["']/g)) {
      const name = m[1].startsWith('@')
        ? m[1].split('/').slice(0, 2).join('/')
        : m[1].split('/')[0];
      const manifest = join(apps, 'node_modules', name, 'package.json');
      if (!existsSync(manifest)) continue;
      if (JSON.parse(readFileSync(manifest, 'utf8')).sideEffects === false) {
        bare.push(`${relative(dir, file)}: import "${m[1]}"`);
      }
    }
  }
  assert.deepEqual(bare, []);
});

test('@llave-cdmx/elements: every source map names sources inside the package, with their text', () => {
  const dir = installed('@llave-cdmx/elements');
  const maps = walk(join(dir, 'dist')).filter((f) => f.endsWith('.js.map'));
  assert.ok(
    maps.some((f) => f.includes(`${join('dist', 'cdn')}`)),
    'no CDN source maps',
  );
  const outside = [];
  for (const file of maps) {
    const map = JSON.parse(readFileSync(file, 'utf8'));
    map.sources.forEach((source, i) => {
      const at = resolve(dirname(file), map.sourceRoot ?? '', source);
      if (relative(dir, at).startsWith('..')) outside.push(`${relative(dir, file)}: ${source}`);
      assert.ok(map.sourcesContent?.[i], `${relative(dir, file)} has no text for ${source}`);
    });
  }
  assert.deepEqual(outside, []);
});

test('@llave-cdmx/elements: the CDN stylesheet is core’s theme (light and dark) plus the fallback', () => {
  const dir = installed('@llave-cdmx/elements');
  const core = JSON.parse(
    readFileSync(join(installed('@llave-cdmx/core'), 'package.json'), 'utf8'),
  );
  const coreTheme = readFileSync(
    join(installed('@llave-cdmx/core'), core.exports['./theme.css']),
    'utf8',
  );
  const theme = readFileSync(join(dir, 'dist/cdn/theme.css'), 'utf8');
  const llave = readFileSync(join(dir, 'dist/cdn/llave.css'), 'utf8');
  assert.equal(theme, coreTheme);
  assert.ok(llave.startsWith(coreTheme.trimEnd()), 'llave.css starts with the theme');
  assert.match(llave, /prefers-color-scheme:\s*dark/);
  assert.match(llave, /llave-login-button:not\(:defined\)/);
});
