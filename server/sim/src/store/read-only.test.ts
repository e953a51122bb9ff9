/**
 * A data directory the simulator cannot write to: a clear 503 at run time (and nothing half
 * stored), a one-line message and a non-zero exit code at start-up, never a raw stack trace.
 * The tests run as root here, where permission bits do not stop a write, so the directory is
 * replaced by a plain file (ENOTDIR), which no user can write into; permission bits are tried
 * too when the tests run as an ordinary user.
 */
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSimulator } from '../app.js';
import { registration } from '../testing/harness.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'llave-sim-ro-'));
});
afterEach(async () => {
  await chmod(root, 0o755).catch(() => {});
  await rm(root, { recursive: true, force: true });
});

const register = (app: { request: (p: string, i: RequestInit) => Response | Promise<Response> }) =>
  app.request('/api/v1/registrations', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(registration()),
  });

describe('a data directory that cannot be written', () => {
  it('answers a registration 503 with a clear message, keeps nothing, and works again once writable', async () => {
    const dataDir = join(root, 'data');
    const sim = await createSimulator({ dataDir });
    try {
      await rm(dataDir, { recursive: true, force: true });
      await writeFile(dataDir, 'not a directory');
      const res = await register(sim.app);
      expect(res.status).toBe(503);
      const body = await res.json();
      expect(body.error.code).toBe('upstream_unavailable');
      expect(body.error.message).toMatch(/almacenamiento|guardar/i);
      expect(JSON.stringify(body)).not.toMatch(/ENOTDIR|\/tmp|at /);
      // Writable again: the refused registration left nothing behind, so it now succeeds.
      await rm(dataDir, { force: true });
      await mkdir(dataDir);
      expect((await register(sim.app)).status).toBe(201);
    } finally {
      await sim.close();
    }
  });

  it.runIf(process.getuid?.() !== 0)(
    'also with a read-only directory (permission bits)',
    async () => {
      const dataDir = join(root, 'data');
      const sim = await createSimulator({ dataDir });
      try {
        await chmod(dataDir, 0o555);
        expect((await register(sim.app)).status).toBe(503);
      } finally {
        await chmod(dataDir, 0o755);
        await sim.close();
      }
    },
  );

  it('refuses to start with a one-line message and exit code 1', async () => {
    const blocker = join(root, 'file');
    await writeFile(blocker, 'x');
    const bin = fileURLToPath(new URL('../../bin/llave-sim.mjs', import.meta.url));
    const result = await new Promise<{ code: number | null; stderr: string; stdout: string }>(
      (resolve) => {
        execFile(
          process.execPath,
          ['--conditions=source', '--import', 'tsx', bin],
          { env: { ...process.env, SIM_DATA_DIR: join(blocker, 'data'), SIM_PORT: '0' } },
          (err, stdout, stderr) =>
            resolve({ code: err ? ((err as { code?: number }).code ?? null) : 0, stdout, stderr }),
        );
      },
    );
    expect(result.code).toBe(1);
    // oidc-provider prints its own runtime notice on import; ours is the one other line.
    const lines = result.stderr
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith('oidc-provider WARNING'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/llave-sim: .*(SIM_DATA_DIR|data).*(escrib|writ)/i);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});
