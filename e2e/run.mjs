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
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
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

/** A port the OS says is free right now (closed again before the stack binds it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const [port, simPort, staticPort] = [await freePort(), await freePort(), await freePort()];
const stack = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', 'demo/main.ts'], {
  cwd: root,
  env: {
    ...process.env,
    DEMO_PORT: String(port),
    SIM_PORT: String(simPort),
    STATIC_PORT: String(staticPort),
    SIM_DATA_DIR: '',
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});

const ready = await new Promise((resolve, reject) => {
  let buffer = '';
  const timer = setTimeout(() => reject(new Error('the stack did not start within 60 s')), 60_000);
  stack.stdout.on('data', (chunk) => {
    if (buffer === null) return; // ready: keep draining the pipe, nothing more to read
    buffer += chunk;
    const line = buffer.split('\n').find((l) => l.startsWith('LLAVE_STACK_READY '));
    if (line) {
      buffer = null;
      clearTimeout(timer);
      resolve(JSON.parse(line.slice('LLAVE_STACK_READY '.length)));
    }
  });
  stack.once('exit', (code) => {
    clearTimeout(timer);
    reject(new Error(`the stack exited with code ${code} before it was ready`));
  });
}).catch((error) => {
  console.error(`✘ ${error.message}`);
  stack.kill('SIGTERM');
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

stack.kill('SIGTERM');
await new Promise((resolve) => {
  const force = setTimeout(() => stack.kill('SIGKILL'), 5_000);
  stack.once('exit', () => {
    clearTimeout(force);
    resolve();
  });
});
process.exit(status);
