#!/usr/bin/env node
/**
 * `npm run test:e2e [-- e2e/login.e2e.ts …] [--no-build]`
 *
 * Builds the elements, starts the whole stack ONCE (simulator + BFF + demo, in memory, on free
 * loopback ports), runs the end-to-end tests with Node's test runner against it, and stops it.
 * Tests read `E2E_BASE_URL` (demo/BFF origin), `E2E_STATIC_URL` (the site without a server) and
 * `E2E_SIM_URL` (simulator); see e2e/support.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, startStackProcess } from '../scripts/stack-process.mjs';

const args = process.argv.slice(2);
const files = args.filter((a) => a.endsWith('.ts'));
const tests = files.length
  ? files
  : readdirSync(join(root, 'e2e'))
      .filter((f) => f.endsWith('.e2e.ts'))
      .map((f) => join('e2e', f));

if (!args.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build', '-w', '@llave-cdmx/elements', '--silent'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const ready = await startStackProcess().catch((error) => {
  console.error(`✘ ${error.message}`);
  process.exit(1);
});

console.log(`e2e against ${ready.demoUrl} (simulator ${ready.simUrl})`);
// Async, so this process keeps draining the stack's stdout while the tests run.
const status = await new Promise((resolve) => {
  const run = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=source', '--test', '--test-concurrency=1', ...tests],
    {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        E2E_BASE_URL: ready.demoUrl,
        E2E_STATIC_URL: ready.staticUrl,
        E2E_SIM_URL: ready.simUrl,
      },
    },
  );
  run.once('exit', (code) => resolve(code ?? 1));
});

await ready.stop();
process.exit(status);
