/** What the file-backed store holds, and the records that never leave the simulator as-is. */
import type { DocumentShare, ExpedienteDocument, Tramite } from '@llave-cdmx/core';
import type { OutboxMessage, SimAccount } from '../types.js';

export interface StoredDocument extends ExpedienteDocument {
  ownerId: string;
}

export interface StoredShare extends DocumentShare {
  ownerId: string;
  /** The consent text exactly as the citizen accepted it. */
  consentText: string;
}

export interface StoredTramite extends Tramite {
  /** The citizen it belongs to, when it belongs to one. */
  ownerId?: string;
}

export interface KvEntry {
  v: unknown;
  /** Epoch milliseconds; absent = no expiry. */
  exp?: number;
}

export interface SimData {
  version: 1;
  accounts: SimAccount[];
  documents: StoredDocument[];
  shares: StoredShare[];
  tramites: StoredTramite[];
  outbox: OutboxMessage[];
  kv: Record<string, Record<string, KvEntry>>;
  /** Set once the seed ran, so a restart never re-seeds over the citizen's changes. */
  seededAt?: string;
}

export function emptyData(): SimData {
  return { version: 1, accounts: [], documents: [], shares: [], tramites: [], outbox: [], kv: {} };
}
