#!/usr/bin/env node
/**
 * `prepack` / `postpack` of every published package (core, elements, bff), run by `npm pack` and
 * `npm publish` in the package's folder:
 *
 *   node ../../scripts/pack-manifest.mjs prepack   builds the package, then writes the manifest a
 *                                                  consumer gets (package.json.orig keeps ours)
 *   node ../../scripts/pack-manifest.mjs postpack  puts our package.json back
 *
 * The workspace manifest is for this monorepo: its `source` export conditions send tests, the
 * simulator and the BFF to the TypeScript sources. A consumer whose tooling sets the common
 * `source` condition would compile our .ts under its own compiler settings, so the published
 * manifest has none, and no scripts or devDependencies. Every path an export, `bin`, `types` or
 * `customElements` names must exist after the build, or the pack fails here instead of in an
 * agency's first install.
 *
 * `LLAVE_PACK_NO_BUILD=1` skips the build (the packaging test builds everything once first).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = process.cwd();
const manifest = join(dir, 'package.json');
const saved = join(dir, 'package.json.orig');

/** Exports without the `source` condition, recursively (conditions can nest). */
export function withoutSource(value) {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(withoutSource);
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'source')
      .map(([key, v]) => [key, withoutSource(v)]),
  );
}

/** Every concrete file path a manifest points a consumer at (patterns are left to the pack). */
export function targets(pkg) {
  const found = [];
  const walk = (v) => {
    if (typeof v === 'string') found.push(v);
    else if (v && typeof v === 'object') for (const inner of Object.values(v)) walk(inner);
  };
  walk(pkg.exports);
  walk(pkg.bin);
  if (pkg.types) found.push(pkg.types);
  if (pkg.customElements) found.push(pkg.customElements);
  return found.filter((p) => !p.includes('*'));
}

// Run as a script (npm's prepack/postpack); imported, it only lends its helpers (the packaging test).
if (process.argv[1] === fileURLToPath(import.meta.url)) main();

function main() {
  const mode = process.argv[2];
  if (mode === 'postpack') {
    if (existsSync(saved)) renameSync(saved, manifest);
    process.exit(0);
  }
  if (mode !== 'prepack') {
    console.error('usage: pack-manifest.mjs prepack|postpack');
    process.exit(2);
  }

  // An interrupted earlier pack left the published manifest in place: start from ours.
  if (existsSync(saved)) renameSync(saved, manifest);
  const pkg = JSON.parse(readFileSync(manifest, 'utf8'));

  if (process.env.LLAVE_PACK_NO_BUILD !== '1' && pkg.scripts?.build) {
    const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: dir, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  const published = withoutSource({ ...pkg });
  delete published.scripts;
  delete published.devDependencies;
  if (Array.isArray(published.sideEffects)) {
    published.sideEffects = published.sideEffects.filter((p) => !p.startsWith('./src/'));
  }
  const missing = targets(published).filter((p) => !existsSync(join(dir, p)));
  if (missing.length) {
    console.error(
      `✘ ${pkg.name}: the published manifest names missing files: ${missing.join(', ')}`,
    );
    process.exit(1);
  }
  copyFileSync(manifest, saved);
  writeFileSync(manifest, `${JSON.stringify(published, null, 2)}\n`);
}
