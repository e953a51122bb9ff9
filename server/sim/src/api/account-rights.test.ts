import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_EMAIL, DEMO_PASSWORD, SEED_DOCUMENT_IDS, SEED_IDS } from '../seed/ids.js';
import { type Harness, harness } from '../testing/harness.js';

let sim: Harness;
let auth: Record<string, string>;
beforeEach(async () => {
  sim = await harness();
  auth = await sim.tokenFor(SEED_IDS.demo);
});
afterEach(() => sim.close());

/**
 * Reads an archive by its central directory, as unzip tools do (APPNOTE 4.3.12), checking every
 * entry's CRC-32: independent of the writer's code paths.
 */
function readZip(bytes: Buffer): Map<string, Buffer> {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBeGreaterThan(-1);
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(bytes.readUInt32LE(at)).toBe(0x02014b50);
    const method = bytes.readUInt16LE(at + 10);
    const crc = bytes.readUInt32LE(at + 16);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30);
    const comment = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataAt = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const raw = bytes.subarray(dataAt, dataAt + size);
    const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    expect(crc32(data), name).toBe(crc);
    out.set(name, data);
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

async function share() {
  return sim.call(
    'POST',
    '/v1/me/document-shares',
    {
      documentIds: [SEED_DOCUMENT_IDS.demoIdentificacion],
      agency: 'demo-agency',
      tramite: 'Renovación de licencia tipo A',
      consentText: 'Autorizo a SEMOVI a consultar mi identificación.',
    },
    auth,
  );
}

describe('GET /api/v1/me/document-shares (consent history)', () => {
  it('lists every consent the document picker recorded, newest first, with the agency name', async () => {
    expect((await share()).status).toBe(201);
    const res = await sim.call('GET', '/v1/me/document-shares', undefined, auth);
    expect(res.status).toBe(200);
    const { items } = await res.json();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      agency: { id: 'demo-agency', name: 'SEMOVI (demo)' },
      tramite: 'Renovación de licencia tipo A',
      consentText: 'Autorizo a SEMOVI a consultar mi identificación.',
      documents: [{ id: SEED_DOCUMENT_IDS.demoIdentificacion, type: 'identificacion' }],
    });
    // The agency's fetch references are its own capabilities, not shown to anyone else.
    expect(JSON.stringify(items)).not.toContain('"ref"');
  });

  it("shows nobody else's consents", async () => {
    await share();
    const other = await sim.tokenFor(SEED_IDS.basic);
    const { items } = await (
      await sim.call('GET', '/v1/me/document-shares', undefined, other)
    ).json();
    expect(items).toEqual([]);
  });
});

describe('GET /api/v1/me/export (portability)', () => {
  it('answers a zip with ficha.json and every document file', async () => {
    await share();
    const res = await sim.call('GET', '/v1/me/export', undefined, auth);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="llave-cdmx-mis-datos-\d{4}-\d{2}-\d{2}\.zip"$/,
    );
    expect(res.headers.get('cache-control')).toContain('no-store');
    const bytes = Buffer.from(await res.arrayBuffer());
    const entries = readZip(bytes);
    const ficha = JSON.parse(entries.get('ficha.json')!.toString('utf8'));
    expect(ficha).toMatchObject({
      format: 'llave-cdmx-export/1',
      profile: { id: SEED_IDS.demo, contact: { email: DEMO_EMAIL } },
      consents: [{ agency: { id: 'demo-agency' } }],
    });
    expect(ficha.tramites.length).toBeGreaterThan(0);
    expect(ficha.documents).toHaveLength(3);
    for (const doc of ficha.documents) {
      const stored = await sim.store.blobs.get(doc.id);
      expect(Buffer.from(entries.get(doc.file)!)).toEqual(Buffer.from(stored!));
      expect(doc.file).toMatch(/^documentos\/[^/]+$/);
    }
    expect(JSON.stringify(ficha)).not.toMatch(/passwordHash|scrypt/);

    const unzip = spawnSync('unzip', ['-v'], { encoding: 'utf8' });
    if (unzip.status === 0) {
      // A real unzip agrees, when the machine has one.
      const dir = await mkdtemp(join(tmpdir(), 'llave-export-'));
      try {
        await writeFile(join(dir, 'export.zip'), bytes);
        const test = spawnSync('unzip', ['-t', join(dir, 'export.zip')], { encoding: 'utf8' });
        expect(test.stdout).toContain('No errors detected');
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }
  });

  it('keeps a hostile document name inside the documentos folder', async () => {
    sim.store.data.documents.find((d) => d.id === SEED_DOCUMENT_IDS.demoActa)!.name =
      '../../etc/passwd';
    const res = await sim.call('GET', '/v1/me/export', undefined, auth);
    const names = [...readZip(Buffer.from(await res.arrayBuffer())).keys()];
    for (const name of names) {
      expect(name).not.toContain('..');
      expect(name === 'ficha.json' || /^documentos\/[^/\\]+$/.test(name), name).toBe(true);
    }
  });
});

describe('POST /api/v1/me/cancellation', () => {
  it('needs a recent sign-in', async () => {
    const stale = await sim.tokenFor(SEED_IDS.demo, { signedInAt: Date.now() - 16 * 60_000 });
    const res = await sim.call('POST', '/v1/me/cancellation', { confirm: true }, stale);
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('recent_login_required');
    expect(await sim.ctx.accounts.get(SEED_IDS.demo)).toBeDefined();
  });

  it('needs confirm: true', async () => {
    for (const body of [{}, { confirm: 'yes' }]) {
      const res = await sim.call('POST', '/v1/me/cancellation', body, auth);
      expect(res.status).toBe(422);
    }
    expect(await sim.ctx.accounts.get(SEED_IDS.demo)).toBeDefined();
  });

  it('deletes the documents and the data and revokes every token of the citizen', async () => {
    await share();
    const other = await sim.tokenFor(SEED_IDS.demo); // another agency's session
    const res = await sim.call('POST', '/v1/me/cancellation', { confirm: true }, auth);
    expect(res.status).toBe(200);
    expect((await res.json()).sessionsEnded).toBe(2);
    expect(await sim.ctx.accounts.get(SEED_IDS.demo)).toBeUndefined();
    expect(sim.store.data.documents.filter((d) => d.ownerId === SEED_IDS.demo)).toEqual([]);
    expect(sim.store.data.shares.filter((s) => s.ownerId === SEED_IDS.demo)).toEqual([]);
    expect(sim.store.data.tramites.some((t) => t.ownerId === SEED_IDS.demo)).toBe(false);
    expect(await sim.store.blobs.get(SEED_DOCUMENT_IDS.demoIdentificacion)).toBeUndefined();
    for (const token of [auth, other]) {
      expect((await sim.call('GET', '/v1/me', undefined, token)).status).toBe(401);
    }
    expect(await sim.ctx.accounts.authenticate(DEMO_EMAIL, DEMO_PASSWORD)).toBeUndefined();
    const [notice] = await sim.ctx.outbox.list({ to: DEMO_EMAIL });
    expect(notice).toMatchObject({ purpose: 'notice' });
  });
});

describe('POST /api/v1/me/misuse-reports ("No fui yo")', () => {
  it('ends every session and requires a password reset before the next sign-in', async () => {
    const other = await sim.tokenFor(SEED_IDS.demo);
    const res = await sim.call(
      'POST',
      '/v1/me/misuse-reports',
      { description: 'Recibí un código que no pedí.' },
      auth,
    );
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ sessionsEnded: 2, passwordResetRequired: true });
    for (const token of [auth, other]) {
      expect((await sim.call('GET', '/v1/me', undefined, token)).status).toBe(401);
    }
    expect((await sim.ctx.accounts.get(SEED_IDS.demo))!.passwordResetRequired).toBe(true);
    await sim.ctx.accounts.setPassword(SEED_IDS.demo, 'otra frase de paso larga');
    expect((await sim.ctx.accounts.get(SEED_IDS.demo))!.passwordResetRequired).toBeUndefined();
  });

  it('accepts an empty body and refuses an over-long description', async () => {
    const long = await sim.call(
      'POST',
      '/v1/me/misuse-reports',
      { description: 'x'.repeat(1001) },
      auth,
    );
    expect(long.status).toBe(422);
    const empty = await sim.call('POST', '/v1/me/misuse-reports', undefined, auth);
    expect(empty.status).toBe(201);
  });
});
