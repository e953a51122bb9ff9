#!/usr/bin/env node
/**
 * `npm run build -w @llave-cdmx/elements`:
 * 1. `tsc -b` → declarations in dist/ (JavaScript comes from Vite, see tsconfig.json);
 * 2. Vite npm build → dist/**.js (externals: lit, @lit/*, @llave-cdmx/core);
 * 3. Vite CDN build → dist/cdn/llave.js (lazy loader) + one bundle per tag;
 * 4. dist/cdn/llave.css (the `:not(:defined)` snippet), dist/cdn/theme.css (core's tokens) and custom-elements.json from the JSDoc contracts.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
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

run('declarations (tsc -b)', bin('tsc'), ['-b', 'packages/elements'], root);
run('npm build (vite)', bin('vite'), ['build', '--mode', 'npm', '--config', 'vite.config.ts']);
run('CDN build (vite)', bin('vite'), ['build', '--mode', 'cdn', '--config', 'vite.config.ts']);
// The no-layout-shift snippet for CDN users: <link rel="stylesheet" href=".../llave.css">.
copyFileSync(join(pkg, 'src/login-button/fallback.css'), join(pkg, 'dist/cdn/llave.css'));
// The global tokens for CDN users (light and dark): <link rel="stylesheet" href=".../theme.css">.
copyFileSync(join(root, 'packages/core/src/theme/theme.css'), join(pkg, 'dist/cdn/theme.css'));
run('custom-elements.json', process.execPath, [join(pkg, 'scripts/manifest.mjs')]);
