/**
 * The expiring key-value store the identity-provider side keeps its protocol state in
 * (oidc-provider models, Llave codes and tokens). Expiry is checked on every read, so a value is
 * never served after its TTL even between sweeps; sweeps only reclaim space.
 */
import type { KeyValueStore } from '../types.js';
import type { Store } from './store.js';

export class StoreKeyValue implements KeyValueStore {
  constructor(
    private readonly store: Store,
    private readonly now: () => number = Date.now,
  ) {}

  #ns(namespace: string) {
    const kv = this.store.data.kv;
    if (!Object.hasOwn(kv, namespace)) defineOwn(kv, namespace, {});
    return kv[namespace]!;
  }

  async get<T>(namespace: string, key: string): Promise<T | undefined> {
    const ns = this.store.data.kv[namespace];
    if (!ns || !Object.hasOwn(ns, key)) return undefined;
    const entry = ns[key]!;
    if (entry.exp !== undefined && entry.exp <= this.now()) return undefined;
    return structuredClone(entry.v) as T;
  }

  async set<T>(namespace: string, key: string, value: T, ttlSeconds?: number): Promise<void> {
    this.sweep();
    const entry = { v: structuredClone(value) as unknown, exp: undefined as number | undefined };
    if (ttlSeconds !== undefined) entry.exp = this.now() + ttlSeconds * 1000;
    defineOwn(this.#ns(namespace), key, entry.exp === undefined ? { v: entry.v } : entry);
    await this.store.write();
  }

  async delete(namespace: string, key: string): Promise<void> {
    const ns = this.store.data.kv[namespace];
    if (!ns || !Object.hasOwn(ns, key)) return;
    delete ns[key];
    await this.store.write();
  }

  async findBy<T>(namespace: string, field: string, value: unknown): Promise<T[]> {
    const ns = this.store.data.kv[namespace];
    if (!ns) return [];
    const now = this.now();
    const out: T[] = [];
    for (const entry of Object.values(ns)) {
      if (entry.exp !== undefined && entry.exp <= now) continue;
      const v = entry.v as Record<string, unknown> | null;
      if (v && typeof v === 'object' && v[field] === value) out.push(structuredClone(v) as T);
    }
    return out;
  }

  async deleteBy(namespace: string, field: string, value: unknown): Promise<number> {
    const ns = this.store.data.kv[namespace];
    if (!ns) return 0;
    const now = this.now();
    let live = 0;
    let removed = 0;
    for (const [key, entry] of Object.entries(ns)) {
      const v = entry.v as Record<string, unknown> | null;
      if (v && typeof v === 'object' && v[field] === value) {
        // Expired ones go too, but only live ones count: they are what an answer reports.
        if (entry.exp === undefined || entry.exp > now) live++;
        delete ns[key];
        removed++;
      }
    }
    if (removed) await this.store.write();
    return live;
  }

  /** Drops expired entries (in memory; the next write persists the result). */
  sweep(): number {
    const now = this.now();
    let removed = 0;
    for (const ns of Object.values(this.store.data.kv)) {
      for (const [key, entry] of Object.entries(ns)) {
        if (entry.exp !== undefined && entry.exp <= now) {
          delete ns[key];
          removed++;
        }
      }
    }
    return removed;
  }
}

/**
 * Keys come from other code (oidc-provider ids, tokens); defining instead of assigning means a
 * key such as `__proto__` is stored as data and never changes an object's prototype.
 */
function defineOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
