import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSimulator } from '../app.js';
import { DEMO_PASSWORD, SEED_DOCUMENT_IDS } from '../seed/ids.js';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'llave-sim-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('the file-backed store', () => {
  it('keeps accounts, key-value entries and outbox messages across a restart', async () => {
    const first = await createSimulator({ dataDir });
    const demo = await first.ctx.accounts.findByLogin('demo.ciudadana@example.com');
    await first.ctx.accounts.setPassword(demo!.id, 'una frase nueva y larga');
    await first.ctx.kv.set('llave-access-token', 'tok', { accountId: demo!.id, clientId: 'x' }, 60);
    await first.ctx.outbox.send({
      channel: 'email',
      to: 'a@example.com',
      subject: 's',
      body: 'b',
      purpose: 'notice',
    });
    await first.close();

    const second = await createSimulator({ dataDir });
    const again = await second.ctx.accounts.findByLogin('PEGJ900115HDFRRN03');
    expect(await second.ctx.accounts.checkPassword(again!, 'una frase nueva y larga')).toBe(true);
    expect(await second.ctx.accounts.checkPassword(again!, DEMO_PASSWORD)).toBe(false);
    expect(await second.ctx.kv.get('llave-access-token', 'tok')).toEqual({
      accountId: demo!.id,
      clientId: 'x',
    });
    expect(await second.ctx.outbox.list({ to: 'a@example.com' })).toHaveLength(1);
    await second.close();
  });

  it('writes document bytes as files beside the database, not inside it', async () => {
    const sim = await createSimulator({ dataDir });
    await sim.close();
    const files = await readdir(join(dataDir, 'documents'));
    expect(files).toContain(`${SEED_DOCUMENT_IDS.demoIdentificacion}.bin`);
  });

  it('does not seed twice over a store that was already seeded', async () => {
    const first = await createSimulator({ dataDir });
    const demo = await first.ctx.accounts.findByLogin('demo.ciudadana@example.com');
    await first.ctx.accounts.raiseLevel(demo!.id, 'firma');
    await first.close();
    const second = await createSimulator({ dataDir });
    expect((await second.ctx.accounts.get(demo!.id))?.level).toBe('firma');
    await second.close();
  });
});
