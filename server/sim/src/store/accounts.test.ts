import { describe, expect, it } from 'vitest';
import { DEMO_CURP, DEMO_PASSWORD, SEED_IDS } from '../seed/ids.js';
import { Accounts } from './accounts.js';
import { verifyPassword } from './password-hash.js';
import { openStore } from './store.js';

async function accounts(verify?: ConstructorParameters<typeof Accounts>[1]) {
  const store = await openStore();
  const service = new Accounts(store, verify);
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

  it('signs in by any login format, and refuses a wrong password or an unknown login alike', async () => {
    const { service } = await accounts();
    expect((await service.authenticate('juan@example.com', DEMO_PASSWORD))?.id).toBe(SEED_IDS.demo);
    expect((await service.authenticate('55 1234 5678', DEMO_PASSWORD))?.id).toBe(SEED_IDS.demo);
    expect(await service.authenticate(DEMO_CURP, 'LlaveDemo2026')).toBeUndefined();
    expect(await service.authenticate('nadie@example.com', DEMO_PASSWORD)).toBeUndefined();
    expect(await service.authenticate('not a login', DEMO_PASSWORD)).toBeUndefined();
  });

  it('checks a password hash even for unknown logins, so timing does not reveal who has an account', async () => {
    const hashes: string[] = [];
    const { service } = await accounts(async (password, hash) => {
      hashes.push(hash);
      return verifyPassword(password, hash);
    });
    await service.authenticate('nadie@example.com', DEMO_PASSWORD);
    await service.authenticate('not a login', DEMO_PASSWORD);
    await service.authenticate('juan@example.com', 'wrong password');
    expect(hashes).toHaveLength(3);
    for (const hash of hashes) expect(hash).toMatch(/^scrypt\$16384\$8\$1\$/);
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
