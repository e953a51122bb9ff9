#!/usr/bin/env node
// Standalone Llave CDMX BFF. Configuration: environment variables, see server/bff/README.md.
//
// Always runs the built JavaScript in dist/ with plain `node`: an installed package ships it.
// In a clone of the repository (tsconfig.json beside this folder, which is never published) it
// first brings dist/ up to date with `tsc -b`, which also builds @llave-cdmx/core, so
// `node server/bff/bin/llave-bff.mjs` works right after `npm ci`, and never runs stale code.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fail = (message) => {
  console.error(`llave-bff: ${message}`);
  process.exit(1);
};

if (existsSync(join(root, 'tsconfig.json'))) {
  let tsc;
  try {
    tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
  } catch {
    fail('this looks like a clone of the repository, but TypeScript is missing: run `npm ci`');
  }
  const build = spawnSync(process.execPath, [tsc, '-b', root], { stdio: 'inherit' });
  if (build.status !== 0) fail('building dist/ with `tsc -b` failed (see above)');
}

const built = join(root, 'dist', 'server.js');
if (!existsSync(built)) fail(`${built} is missing: the package was published without its build`);
const { main } = await import(pathToFileURL(built).href);
try {
  const running = await main(process.env);
  console.log(
    `llave-bff listening on ${running.url} (prefix ${running.bff.config.prefix}, adapter ${running.bff.config.adapter})`,
  );
} catch (err) {
  fail(err instanceof Error ? err.message : String(err));
}
