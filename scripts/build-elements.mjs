/**
 * Builds the elements' CDN bundle (`packages/elements/dist/cdn`) when it is missing or older than
 * the sources of the elements or core, or always with `force`. Used by `npm start` and by the
 * main-thread check, which serve that build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'packages/elements/dist/cdn/llave.js');

/** Newest modification time under a folder (sources newer than the build → rebuild). */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** @returns {boolean} whether the build is there and current (false: the build failed). */
export function buildElements({ force = false } = {}) {
  const stale =
    !existsSync(built) ||
    newest(join(root, 'packages/elements/src')) > statSync(built).mtimeMs ||
    newest(join(root, 'packages/core/src')) > statSync(built).mtimeMs;
  if (!force && !stale) return true;
  console.log('Building the elements…');
  const r = spawnSync('npm', ['run', 'build', '-w', '@llave-cdmx/elements', '--silent'], {
    cwd: root,
    stdio: 'inherit',
  });
  return r.status === 0;
}
