/**
 * `npm test` must not pass while testing nothing: a typo in `--only` or a step whose script is
 * missing fails loudly, naming it (issue: `--only=unti` ran zero steps and exited 0).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, 'test.mjs');
const run = (args: string[], cwd = process.cwd()) =>
  spawnSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8' });

describe('npm test (scripts/test.mjs)', () => {
  const empty = mkdtempSync(join(tmpdir(), 'llave-test-cmd-'));
  afterAll(() => rmSync(empty, { recursive: true, force: true }));

  it('fails on an unknown step name and names it, running nothing', () => {
    const r = run(['--only=unti']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown step "unti"');
    expect(r.stdout).not.toContain('▶');
  });

  it('fails on an empty --only and on an unknown argument', () => {
    expect(run(['--only=']).status).toBe(2);
    const r = run(['--onyl=unit']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--onyl=unit');
  });

  it('fails when a step’s script is missing instead of skipping it', () => {
    // A checkout without scripts/size.mjs: the size step must not be reported green.
    copyFileSync(script, join(empty, 'test.mjs'));
    const r = spawnSync(process.execPath, [join(empty, 'test.mjs'), '--only=size'], {
      cwd: empty,
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('scripts/size.mjs is missing');
  });
});
