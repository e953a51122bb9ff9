/**
 * oidc-provider's storage adapter on the simulator's key-value store, so OIDC sessions, grants,
 * codes and refresh tokens persist with the rest of the data and survive a restart.
 * One namespace per model; records carry `grantId`, `uid` and `userCode` at the top level for
 * the store's `findBy` look-ups.
 */
import type { Adapter, AdapterPayload } from 'oidc-provider';
import type { KeyValueStore } from '../../types.js';

export interface StoredModel {
  id: string;
  payload: AdapterPayload;
  /** Epoch ms; kept so consume() can re-save with the remaining lifetime. */
  expiresAt?: number;
  grantId?: string;
  uid?: string;
  userCode?: string;
  /** Sessions and grants name their citizen, so all of them can be ended at once. */
  accountId?: string;
}

export const OIDC_NAMESPACE_PREFIX = 'oidc:';

export function kvAdapterFactory(kv: KeyValueStore) {
  return class KvAdapter implements Adapter {
    readonly #ns: string;

    constructor(name: string) {
      this.#ns = `${OIDC_NAMESPACE_PREFIX}${name}`;
    }

    async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
      const record: StoredModel = {
        id,
        payload,
        ...(expiresIn ? { expiresAt: Date.now() + expiresIn * 1000 } : {}),
        ...(payload.grantId ? { grantId: payload.grantId } : {}),
        ...(payload.uid ? { uid: payload.uid } : {}),
        ...(payload.userCode ? { userCode: payload.userCode } : {}),
        ...(typeof payload.accountId === 'string' ? { accountId: payload.accountId } : {}),
      };
      await kv.set(this.#ns, id, record, expiresIn || undefined);
    }

    async find(id: string): Promise<AdapterPayload | undefined> {
      return (await kv.get<StoredModel>(this.#ns, id))?.payload;
    }

    async findByUid(uid: string): Promise<AdapterPayload | undefined> {
      return (await kv.findBy<StoredModel>(this.#ns, 'uid', uid))[0]?.payload;
    }

    async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
      return (await kv.findBy<StoredModel>(this.#ns, 'userCode', userCode))[0]?.payload;
    }

    async consume(id: string): Promise<void> {
      const record = await kv.get<StoredModel>(this.#ns, id);
      if (!record) return;
      record.payload.consumed = Math.floor(Date.now() / 1000);
      const ttl = record.expiresAt ? Math.ceil((record.expiresAt - Date.now()) / 1000) : undefined;
      if (ttl !== undefined && ttl <= 0) return;
      await kv.set(this.#ns, id, record, ttl);
    }

    async destroy(id: string): Promise<void> {
      await kv.delete(this.#ns, id);
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      for (const record of await kv.findBy<StoredModel>(this.#ns, 'grantId', grantId)) {
        await kv.delete(this.#ns, record.id);
      }
    }
  };
}
