import { describe, expect, it } from 'vitest';
import { DEMO_CURP, DEMO_PASSWORD, SEED_IDS } from '../seed/ids.js';
import { Accounts } from './accounts.js';
import { openStore } from './store.js';

async function accounts() {
  const store = await openStore();
  const service = new Accounts(store);
  await service.create({
    kind: 'nacional',
    level: 'basica',
    personal: {
      curp: DEMO_CURP,
      nombre: 'Juan',
      primerApellido: 'Pérez',
      sexo: 'H',
      fechaNacimiento: '1990-01-15',
      estadoNacimiento: 'DF',
    },
    contact: {
      email: 'juan@example.com',
      emailVerified: false,
      mobile: '+525512345678',
      mobileVerified: false,
    },
    password: DEMO_PASSWORD,
    id: SEED_IDS.demo,
  });
  return { store, service };
}

describe('Accounts', () => {
  it('finds an account by CURP, email or mobile in any format people type them', async () => {
    const { service } = await accounts();
    for (const login of [
      'pegj900115hdfrrn03',
      ' PEGJ900115HDFRRN03 ',
      'Juan@Example.com',
      '55 1234 5678',
      '+52 1 55-1234-5678',
    ]) {
      expect((await service.findByLogin(login))?.id, login).toBe(SEED_IDS.demo);
    }
    expect(await service.findByLogin('otra@example.com')).toBeUndefined();
    expect(await service.findByLogin('')).toBeUndefined();
  });

  it('stores an scrypt hash, never the password, and checks it', async () => {
    const { store, service } = await accounts();
    const stored = store.data.accounts[0]!;
    expect(stored.passwordHash).toMatch(/^scrypt\$16384\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(JSON.stringify(store.data)).not.toContain(DEMO_PASSWORD);
    const account = (await service.get(SEED_IDS.demo))!;
    expect(await service.checkPassword(account, DEMO_PASSWORD)).toBe(true);
    expect(await service.checkPassword(account, 'LlaveDemo2026')).toBe(false);
  });

  it('raises the level but never lowers it', async () => {
    const { service } = await accounts();
    await service.raiseLevel(SEED_IDS.demo, 'firma');
    await service.raiseLevel(SEED_IDS.demo, 'verificada');
    expect((await service.get(SEED_IDS.demo))?.level).toBe('firma');
  });

  it('hands out copies, so a caller cannot change the store by accident', async () => {
    const { service } = await accounts();
    const account = (await service.get(SEED_IDS.demo))!;
    account.level = 'firma';
    expect((await service.get(SEED_IDS.demo))?.level).toBe('basica');
  });
});
