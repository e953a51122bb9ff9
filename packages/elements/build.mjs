#!/usr/bin/env node
/**
 * `npm run build -w @llave-cdmx/elements`:
 * 1. core's own build (whatever it produces: its dist/ and theme.css), then `tsc -b` →
 *    declarations in dist/ (JavaScript comes from Vite, see tsconfig.json);
 * 2. Vite npm build → dist/**.js (externals: lit, @lit/*, @llave-cdmx/core);
 * 3. Vite CDN build → dist/cdn/llave.js (lazy loader) + one bundle per tag;
 * 4. the CDN stylesheets: dist/cdn/theme.css (core's theme: every `--llave-*` token, light and
 *    dark) and dist/cdn/llave.css (that theme plus the `:not(:defined)` snippet: one
 *    stylesheet gives a CDN page the full theme and no layout shift);
 * 5. custom-elements.json from the JSDoc contracts, and from it the React and Vue typings
 *    (dist/react.d.ts, dist/vue.d.ts; scripts/framework-types.mjs).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = dirname(fileURLToPath(import.meta.url));
const root = join(pkg, '../..');
const bin = (name) => join(root, 'node_modules/.bin', name);

function run(label, cmd, args, cwd = pkg) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`✘ ${label} failed`);
    process.exit(r.status ?? 1);
  }
  process.stdout.write(`✔ ${label} (${((Date.now() - started) / 1000).toFixed(1)}s)\n`);
}

run('@llave-cdmx/core build', 'npm', ['run', 'build', '--silent', '-w', '@llave-cdmx/core'], root);
run('declarations (tsc -b)', bin('tsc'), ['-b', 'packages/elements'], root);
run('npm build (vite)', bin('vite'), ['build', '--mode', 'npm', '--config', 'vite.config.ts']);
run('CDN build (vite)', bin('vite'), ['build', '--mode', 'cdn', '--config', 'vite.config.ts']);
// Resolved through core's exports, so this ships whatever core's build says is its theme.
const themeCss = readFileSync(
  createRequire(import.meta.url).resolve('@llave-cdmx/core/theme.css'),
  'utf8',
);
// llave.css: the tokens, then what each tag shows and reserves before it upgrades.
const fallbackCss = readFileSync(join(pkg, 'src/llave.css'), 'utf8');
writeFileSync(join(pkg, 'dist/cdn/theme.css'), themeCss);
writeFileSync(join(pkg, 'dist/cdn/llave.css'), `${themeCss.trimEnd()}\n\n${fallbackCss}`);
run('custom-elements.json', process.execPath, [join(pkg, 'scripts/manifest.mjs')]);
// The shipped manifest lists only modules the npm build emitted: type-only modules and test
// helpers have no JavaScript, and a tool resolving their path would find nothing.
const manifestFile = join(pkg, 'custom-elements.json');
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const unbuilt = manifest.modules.filter((m) => !existsSync(join(pkg, m.path)));
const lostElement = unbuilt.find((m) => m.declarations?.some((d) => d.customElement));
if (lostElement) {
  console.error(
    `✘ ${lostElement.path} declares a custom element but the npm build did not emit it`,
  );
  process.exit(1);
}
manifest.modules = manifest.modules.filter((m) => !unbuilt.includes(m));
writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
run('React and Vue typings', process.execPath, [join(pkg, 'scripts/framework-types.mjs')]);
