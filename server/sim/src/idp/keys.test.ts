/** Signing keys survive a restart on the same data directory, and are never oidc-provider's dev keys. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../server.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function jwksOf(dataDir: string) {
  const sim = await startSimulator({ port: 0, dataDir });
  try {
    const res = await fetch(`${sim.url}/oidc/jwks`);
    return (
      (await res.json()) as { keys: Array<{ kid: string; kty: string; alg: string; d?: string }> }
    ).keys;
  } finally {
    await sim.close();
  }
}

describe('identity-provider keys', () => {
  it('publishes RS256 and ES256 public keys and keeps them across restarts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'llave-sim-keys-'));
    dirs.push(dir);
    const first = await jwksOf(dir);
    expect(first.map((k) => k.alg)).toEqual(['RS256', 'ES256']);
    for (const key of first) expect(key).not.toHaveProperty('d');
    const second = await jwksOf(dir);
    expect(second.map((k) => k.kid)).toEqual(first.map((k) => k.kid));
    // A fresh data directory gets its own keys.
    const other = await mkdtemp(join(tmpdir(), 'llave-sim-keys-'));
    dirs.push(other);
    const third = await jwksOf(other);
    expect(third[0]!.kid).not.toBe(first[0]!.kid);
  });
});
