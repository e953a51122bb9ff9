/**
 * Starts the whole stack (simulator + BFF + demo, in memory, on free loopback ports) in a child
 * process and resolves once it prints its `LLAVE_STACK_READY` line. Shared by the end-to-end
 * tests (e2e/run.mjs) and the main-thread check (scripts/mainthread.mjs), which both need the
 * real stack, started once.
 *
 * @example
 * const stack = await startStackProcess();
 * // … drive stack.demoUrl …
 * await stack.stop();
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * A port the OS says is free right now (closed again before the stack binds it).
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * @returns {Promise<{ demoUrl: string, staticUrl: string, simUrl: string, outboxUrl: string, stop(): Promise<void> }>}
 */
export async function startStackProcess({ timeoutMs = 60_000 } = {}) {
  const [port, simPort, staticPort] = [await freePort(), await freePort(), await freePort()];
  const stack = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=source', 'demo/main.ts'],
    {
      cwd: root,
      env: {
        ...process.env,
        DEMO_PORT: String(port),
        SIM_PORT: String(simPort),
        STATIC_PORT: String(staticPort),
        SIM_DATA_DIR: '',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const stop = () =>
    new Promise((resolve) => {
      if (stack.exitCode !== null) return resolve();
      const force = setTimeout(() => stack.kill('SIGKILL'), 5_000);
      stack.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      stack.kill('SIGTERM');
    });
  try {
    const ready = await new Promise((resolve, reject) => {
      let buffer = '';
      const timer = setTimeout(
        () => reject(new Error(`the stack did not start within ${timeoutMs / 1000} s`)),
        timeoutMs,
      );
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
    });
    return { ...ready, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
