/**
 * A sign-in in progress on the hosted pages, shared by both protocols: the Llave authorize
 * request (client, redirect URL, state) or the oidc-provider interaction it came from, plus what
 * the person has done so far (password checked, step-up code sent, password reset started).
 */
import type { Channel, Level } from '@llave-cdmx/core';
import { newId } from '../ids.js';
import type { KeyValueStore } from '../types.js';

export const LOGIN_NAMESPACE = 'idp-login';
/** Long enough to reset a forgotten password on the way; as long as an OIDC interaction. */
export const LOGIN_TTL_SECONDS = 30 * 60;

export type LoginOrigin =
  | { protocol: 'llave'; redirectUrl: string; state?: string }
  | { protocol: 'oidc'; uid: string };

export interface LoginTransaction {
  id: string;
  clientId: string;
  origin: LoginOrigin;
  /** The level the client asked for (OIDC `acr_values`); undefined = any. */
  requiredLevel?: Level;
  /** ui_locales of the request, when the client sent one. */
  uiLocale?: string;
  /** Set once the password matched, while a step-up is pending. */
  accountId?: string;
  stepUp?: { verificationId: string; channel: Channel; destinationMasked: string };
  reset?: { resetId: string; destinationMasked: string; resetToken?: string };
  expiresAt: number;
}

export class LoginTransactions {
  constructor(private readonly kv: KeyValueStore) {}

  async create(init: Omit<LoginTransaction, 'id' | 'expiresAt'>): Promise<LoginTransaction> {
    const txn: LoginTransaction = {
      ...init,
      id: newId(),
      expiresAt: Date.now() + LOGIN_TTL_SECONDS * 1000,
    };
    await this.kv.set(LOGIN_NAMESPACE, txn.id, txn, LOGIN_TTL_SECONDS);
    return txn;
  }

  async get(id: string): Promise<LoginTransaction | undefined> {
    const txn = await this.kv.get<LoginTransaction>(LOGIN_NAMESPACE, id);
    return txn && txn.expiresAt > Date.now() ? txn : undefined;
  }

  async save(txn: LoginTransaction): Promise<void> {
    const ttl = Math.ceil((txn.expiresAt - Date.now()) / 1000);
    if (ttl > 0) await this.kv.set(LOGIN_NAMESPACE, txn.id, txn, ttl);
  }

  async delete(id: string): Promise<void> {
    await this.kv.delete(LOGIN_NAMESPACE, id);
  }
}
