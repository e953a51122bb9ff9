/**
 * The simulator's store: one lowdb JSON file in `dataDir` (atomic writes through steno) plus
 * document bytes as files beside it; or everything in memory when `dataDir` is undefined, which
 * tests use. Writes are serialised so concurrent requests never interleave a half-written file.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low, Memory } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { type BlobStore, FileBlobStore, MemoryBlobStore } from './blobs.js';
import { emptyData, type SimData } from './schema.js';
import { StorageUnavailableError } from './storage-error.js';

export { StorageUnavailableError };

export class Store {
  #pending: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Low<SimData>,
    readonly blobs: BlobStore,
    readonly persistent: boolean,
    private readonly dataDir = '',
  ) {}

  get data(): SimData {
    return this.db.data;
  }

  /** Persists the current state; resolves once this state (or a later one) is on disk. */
  write(): Promise<void> {
    if (!this.persistent) return Promise.resolve();
    const write = () =>
      this.db.write().catch((err: unknown) => {
        throw new StorageUnavailableError(this.dataDir, err);
      });
    this.#pending = this.#pending.then(write, write);
    return this.#pending;
  }

  async close(): Promise<void> {
    await this.#pending.catch(() => {});
  }
}

export async function openStore(dataDir?: string): Promise<Store> {
  if (dataDir === undefined) {
    const db = new Low<SimData>(new Memory<SimData>(), emptyData());
    await db.read();
    db.data ??= emptyData();
    return new Store(db, new MemoryBlobStore(), false);
  }
  const db = new Low<SimData>(new JSONFile<SimData>(join(dataDir, 'db.json')), emptyData());
  try {
    await mkdir(dataDir, { recursive: true });
    await db.read();
    // A file from an older run may lack collections added since; fill them rather than crash.
    db.data = { ...emptyData(), ...db.data };
    // Written once now, so a directory that cannot take writes stops the start, not a citizen.
    await db.write();
  } catch (err) {
    if (err instanceof SyntaxError) throw err;
    throw new StorageUnavailableError(dataDir, err);
  }
  return new Store(db, new FileBlobStore(join(dataDir, 'documents')), true, dataDir);
}
