/**
 * Accounts: the AccountService of the seam (what the identity-provider side needs to sign a
 * citizen in) plus what the account API needs to create and edit them.
 */
import { compareLevels, type Level } from '@llave-cdmx/core';
import { newId } from '../ids.js';
import type { AccountService, SimAccount } from '../types.js';
import { checkCurp, checkEmail, checkMobile, classifyLogin } from '../validation.js';
import { hashPassword, verifyPassword } from './password-hash.js';
import type { Store } from './store.js';

export type NewAccount = Omit<SimAccount, 'id' | 'passwordHash' | 'createdAt' | 'roles'> & {
  password: string;
  roles?: SimAccount['roles'];
  id?: string;
  createdAt?: string;
};

/** What makes an account unique: one account per CURP, per email and per mobile. */
export type UniqueField = 'curp' | 'email' | 'mobile';

/** Thrown by `create` and `update` when another account already holds a unique value. */
export class AccountConflictError extends Error {
  override readonly name = 'AccountConflictError';
  constructor(readonly field: UniqueField) {
    super(`another account has this ${field}`);
  }
}

type Identity = Pick<SimAccount, 'personal' | 'contact'>;

/** Every citizen has the base role; the Llave roles endpoint answers it. */
export const CITIZEN_ROLE = { idRol: 1, rol: 'CIUDADANO' };

export class Accounts implements AccountService {
  #decoyHash?: Promise<string>;

  constructor(
    private readonly store: Store,
    /** The password check; injectable so a test can see that every sign-in attempt pays for one. */
    private readonly verify: (password: string, hash: string) => Promise<boolean> = verifyPassword,
  ) {}

  #all(): SimAccount[] {
    return this.store.data.accounts;
  }

  async get(id: string): Promise<SimAccount | undefined> {
    const found = this.#all().find((a) => a.id === id);
    return found && structuredClone(found);
  }

  async findByLogin(login: string): Promise<SimAccount | undefined> {
    if (typeof login !== 'string') return undefined;
    const parsed = classifyLogin(login);
    if (!parsed) return undefined;
    if (parsed.kind === 'curp') return this.findByCurp(parsed.value);
    if (parsed.kind === 'email') return this.findByEmail(parsed.value);
    return this.findByMobile(parsed.value);
  }

  async findByCurp(curp: string): Promise<SimAccount | undefined> {
    const c = checkCurp(curp);
    if (!c.ok) return undefined;
    const found = this.#all().find((a) => 'curp' in a.personal && a.personal.curp === c.value.curp);
    return found && structuredClone(found);
  }

  async findByEmail(email: string): Promise<SimAccount | undefined> {
    const e = checkEmail(email);
    if (!e.ok) return undefined;
    const found = this.#all().find((a) => a.contact.email === e.value);
    return found && structuredClone(found);
  }

  async findByMobile(mobile: string): Promise<SimAccount | undefined> {
    const m = checkMobile(mobile);
    if (!m.ok) return undefined;
    const found = this.#all().find((a) => a.contact.mobile === m.value);
    return found && structuredClone(found);
  }

  /**
   * Signs a citizen in by login (CURP, email or mobile) and password, doing the same scrypt work
   * whether or not the login exists: a quick "no" for unknown logins would tell an attacker,
   * by timing alone, which CURPs and emails have accounts (OWASP Authentication Cheat Sheet).
   */
  async authenticate(login: string, password: string): Promise<SimAccount | undefined> {
    let account: SimAccount | undefined;
    try {
      account = await this.findByLogin(login);
    } catch {
      account = undefined; // a login no validator can read matches nobody
    }
    const stored = account && this.#all().find((a) => a.id === account.id);
    this.#decoyHash ??= hashPassword(newId(16));
    const hash = stored?.passwordHash ?? (await this.#decoyHash);
    const ok = await this.verify(typeof password === 'string' ? password : '', hash);
    return stored && ok ? account : undefined;
  }

  async checkPassword(account: SimAccount, password: string): Promise<boolean> {
    if (typeof password !== 'string' || password === '') return false;
    const stored = this.#all().find((a) => a.id === account.id);
    return stored ? verifyPassword(password, stored.passwordHash) : false;
  }

  /**
   * The unique value of `candidate` that another account (not `selfId`) already holds. Callers
   * run it and then change the accounts without an `await` in between, so no other request can
   * slip an account in between the check and the write (issue 11: ten parallel registrations
   * of one CURP all succeeded while the check and the insert sat on both sides of the hash).
   */
  #conflict(candidate: Identity, selfId?: string): UniqueField | undefined {
    const curp = 'curp' in candidate.personal ? candidate.personal.curp : undefined;
    const { email, mobile } = candidate.contact;
    const others = this.#all().filter((a) => a.id !== selfId);
    // In the guide's order: a taken CURP is the answer even when the email is taken too.
    if (curp && others.some((a) => 'curp' in a.personal && a.personal.curp === curp)) return 'curp';
    if (others.some((a) => a.contact.email === email)) return 'email';
    if (mobile && others.some((a) => a.contact.mobile === mobile)) return 'mobile';
    return undefined;
  }

  /** Creates an account; throws `AccountConflictError` when its CURP, email or mobile is taken. */
  async create(input: NewAccount): Promise<SimAccount> {
    const { password, ...rest } = input;
    // A quick refusal before paying for the hash; the check that counts is the one below.
    const early = this.#conflict(rest);
    if (early) throw new AccountConflictError(early);
    const passwordHash = await hashPassword(password);
    const account: SimAccount = {
      ...rest,
      id: input.id ?? newId(12),
      roles: input.roles ?? [CITIZEN_ROLE],
      createdAt: input.createdAt ?? new Date().toISOString(),
      passwordHash,
    };
    // Check and insert in one synchronous step (no await between them).
    const conflict = this.#conflict(account);
    if (conflict) throw new AccountConflictError(conflict);
    const all = this.#all();
    all.push(account);
    try {
      await this.store.write();
    } catch (err) {
      // Not stored, so not created: the citizen can try again without a false "registered".
      all.splice(all.indexOf(account), 1);
      throw err;
    }
    return structuredClone(account);
  }

  /**
   * Applies a change to the stored account and persists it. The change is made on a copy and
   * committed only if the account's CURP, email and mobile stay unique (`AccountConflictError`).
   */
  async update(id: string, change: (account: SimAccount) => void): Promise<SimAccount> {
    const all = this.#all();
    const index = all.findIndex((a) => a.id === id);
    if (index === -1) throw new Error(`unknown account ${id}`);
    const draft = structuredClone(all[index]!);
    change(draft);
    const conflict = this.#conflict(draft, id);
    if (conflict) throw new AccountConflictError(conflict);
    const before = all[index]!;
    all[index] = draft;
    try {
      await this.store.write();
    } catch (err) {
      if (all[index] === draft) all[index] = before;
      throw err;
    }
    return structuredClone(draft);
  }

  async setPassword(accountId: string, password: string): Promise<void> {
    const hash = await hashPassword(password);
    await this.update(accountId, (a) => {
      a.passwordHash = hash;
      // A misuse report blocks sign-in until the password changes: this is that change.
      delete a.passwordResetRequired;
    });
  }

  /** Removes the account for good (cancellation); answers whether it existed. */
  async delete(id: string): Promise<boolean> {
    const list = this.#all();
    const index = list.findIndex((a) => a.id === id);
    if (index === -1) return false;
    list.splice(index, 1);
    await this.store.write();
    return true;
  }

  async raiseLevel(accountId: string, level: Level): Promise<void> {
    await this.update(accountId, (a) => {
      if (compareLevels(level, a.level) > 0) a.level = level;
    });
  }
}
