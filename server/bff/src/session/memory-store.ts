import { randomUUID } from 'node:crypto';
import type { LoginTransaction } from '../adapters/types.js';
import type { SessionRecord, SessionStore } from './store.js';

/**
 * A deep copy of JSON-shaped data. The store hands out copies so that callers cannot change a
 * stored record without `setSession` (as with Redis); a plain recursive copy costs ~2 µs a read
 * against ~10–30 µs for `structuredClone`, which the session read on every request paid. Strings
 * are immutable, so sharing them (tokens are the bulk of a record) is safe.
 */
function copyJson<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copyJson) as T;
  const out: Record<string, unknown> = {};
  for (const k in value) out[k] = copyJson((value as Record<string, unknown>)[k]);
  return out as T;
}

interface Entry<T> {
  value: T;
  expiresAt: number;
}

/**
 * One process's store. Expired entries are dropped on read and by a periodic sweep, so memory
 * stays flat under load (DESIGN.md §6) even for sessions nobody comes back to.
 */
export class MemoryStore implements SessionStore {
  readonly kind = 'memory';
  readonly #data = new Map<string, Entry<unknown>>();
  readonly #sweep: NodeJS.Timeout;

  constructor(sweepIntervalMs = 60_000) {
    this.#sweep = setInterval(() => this.#sweepExpired(), sweepIntervalMs);
    this.#sweep.unref();
  }

  #sweepExpired(): void {
    const now = Date.now();
    for (const [key, entry] of this.#data) if (entry.expiresAt <= now) this.#data.delete(key);
  }

  #get<T>(key: string): T | undefined {
    const entry = this.#data.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.#data.delete(key);
      return undefined;
    }
    return entry.value as T;
  }

  #set(key: string, value: unknown, ttlMs: number): void {
    this.#data.set(key, { value, expiresAt: Date.now() + ttlMs });
  }

  async ready(): Promise<void> {}

  async getSession(key: string): Promise<SessionRecord | undefined> {
    const record = this.#get<SessionRecord>(`s:${key}`);
    return record && copyJson(record);
  }
  async setSession(key: string, record: SessionRecord, ttlSeconds: number): Promise<void> {
    // Stored as JSON would store it (what Redis keeps), so both stores give back the same shape.
    this.#set(`s:${key}`, JSON.parse(JSON.stringify(record)), ttlSeconds * 1000);
  }
  async deleteSession(key: string): Promise<void> {
    this.#data.delete(`s:${key}`);
  }
  async putTransaction(key: string, tx: LoginTransaction, ttlSeconds: number): Promise<void> {
    this.#set(`t:${key}`, tx, ttlSeconds * 1000);
  }
  async takeTransaction(key: string): Promise<LoginTransaction | undefined> {
    const tx = this.#get<LoginTransaction>(`t:${key}`);
    this.#data.delete(`t:${key}`);
    return tx;
  }
  async markOnce(key: string, ttlSeconds: number): Promise<boolean> {
    if (this.#get(`o:${key}`) !== undefined) return false;
    this.#set(`o:${key}`, true, ttlSeconds * 1000);
    return true;
  }
  async addToIndex(key: string, member: string, ttlSeconds: number): Promise<void> {
    const set = this.#get<Set<string>>(`i:${key}`) ?? new Set<string>();
    set.add(member);
    this.#set(`i:${key}`, set, ttlSeconds * 1000);
  }
  async takeIndex(key: string): Promise<string[]> {
    const set = this.#get<Set<string>>(`i:${key}`);
    this.#data.delete(`i:${key}`);
    return set ? [...set] : [];
  }
  async hit(key: string, windowSeconds: number): Promise<{ count: number; resetSeconds: number }> {
    const now = Date.now();
    const entry = this.#data.get(`r:${key}`) as Entry<number> | undefined;
    if (!entry || entry.expiresAt <= now) {
      this.#set(`r:${key}`, 1, windowSeconds * 1000);
      return { count: 1, resetSeconds: windowSeconds };
    }
    entry.value += 1;
    return { count: entry.value, resetSeconds: Math.ceil((entry.expiresAt - now) / 1000) };
  }
  async lock(key: string, ttlMs: number): Promise<string | undefined> {
    if (this.#get(`l:${key}`) !== undefined) return undefined;
    const token = randomUUID();
    this.#set(`l:${key}`, token, ttlMs);
    return token;
  }
  async unlock(key: string, token: string): Promise<void> {
    if (this.#get(`l:${key}`) === token) this.#data.delete(`l:${key}`);
  }
  async renewLock(key: string, token: string, ttlMs: number): Promise<boolean> {
    if (this.#get(`l:${key}`) !== token) return false;
    this.#set(`l:${key}`, token, ttlMs);
    return true;
  }
  async ping(): Promise<void> {}
  async close(): Promise<void> {
    clearInterval(this.#sweep);
    this.#data.clear();
  }
}
