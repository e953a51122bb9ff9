/**
 * Server-side storage for sessions, login transactions, one-time markers, rate-limit counters
 * and locks. `MemoryStore` serves one instance; `RedisStore` lets several share everything.
 */
import type { SessionUser } from '@llave-cdmx/core';
import type { LoginTransaction, TokenSet } from '../adapters/types.js';
import type { AdapterKind } from '../config.js';

export interface SessionRecord {
  user: SessionUser;
  tokens: TokenSet;
  adapter: AdapterKind;
  sid?: string;
  createdAt: number;
  lastSeenAt: number;
  /** Absolute expiry, epoch ms. */
  expiresAt: number;
}

export interface SessionStore {
  readonly kind: 'memory' | 'redis';
  /** Resolves once the store can answer (Redis connected). */
  ready(): Promise<void>;
  getSession(key: string): Promise<SessionRecord | undefined>;
  setSession(key: string, record: SessionRecord, ttlSeconds: number): Promise<void>;
  deleteSession(key: string): Promise<void>;
  putTransaction(key: string, tx: LoginTransaction, ttlSeconds: number): Promise<void>;
  /** Reads and deletes atomically: a transaction can be used once. */
  takeTransaction(key: string): Promise<LoginTransaction | undefined>;
  /** True the first time a key is seen within its lifetime (replay protection). */
  markOnce(key: string, ttlSeconds: number): Promise<boolean>;
  addToIndex(key: string, member: string, ttlSeconds: number): Promise<void>;
  /** Members of an index, removing it. */
  takeIndex(key: string): Promise<string[]>;
  /** Counts a hit in a fixed window; returns the count and seconds left in the window. */
  hit(key: string, windowSeconds: number): Promise<{ count: number; resetSeconds: number }>;
  /** Acquires a lock; returns its token, or undefined when somebody else holds it. */
  lock(key: string, ttlMs: number): Promise<string | undefined>;
  unlock(key: string, token: string): Promise<void>;
  /** Extends a lock still held under `token` to `ttlMs` from now; false when it was lost. */
  renewLock(key: string, token: string, ttlMs: number): Promise<boolean>;
  ping(): Promise<void>;
  close(): Promise<void>;
}
