/**
 * Authorization codes and access tokens of the Llave protocol. Codes live 60 s and are single
 * use; a second redemption is refused and revokes the token the first one got (RFC 6749 §4.1.2:
 * a replayed code suggests it leaked). Access tokens live in `llave-access-token`, where the
 * account API reads them to authenticate `/api/v1/me/**`.
 */
import { randomBytes } from 'node:crypto';
import type { KeyValueStore } from '../../types.js';

export const CODE_NAMESPACE = 'llave-code';
export const ACCESS_TOKEN_NAMESPACE = 'llave-access-token';
export const CODE_TTL_SECONDS = 60;

interface CodeRecord {
  clientId: string;
  redirectUrl: string;
  accountId: string;
  expiresAt: number;
  /** The token issued for it, once redeemed. */
  accessToken?: string;
}

export interface AccessTokenRecord {
  accountId: string;
  clientId: string;
  /** Epoch ms of the sign-in behind the token (Llave has no SSO: every token follows a sign-in). */
  issuedAt?: number;
}

export type RedeemResult =
  | { ok: true; accessToken: string; expiresIn: number }
  | { ok: false; reason: 'unknown' | 'expired' | 'reused' | 'wrong_client' | 'wrong_redirect' };

function opaque(): string {
  return randomBytes(32).toString('base64url');
}

export class LlaveTokens {
  /** Codes being redeemed right now: the store has no atomic take, so two racing requests can't both win. */
  readonly #redeeming = new Set<string>();

  constructor(
    private readonly kv: KeyValueStore,
    private readonly accessTokenTtlSeconds: number,
  ) {}

  async issueCode(clientId: string, redirectUrl: string, accountId: string): Promise<string> {
    const code = opaque();
    const record: CodeRecord = {
      clientId,
      redirectUrl,
      accountId,
      expiresAt: Date.now() + CODE_TTL_SECONDS * 1000,
    };
    // Kept past its expiry so a late replay is still recognised (and revokes) rather than "unknown".
    await this.kv.set(CODE_NAMESPACE, code, record, CODE_TTL_SECONDS + 10 * 60);
    return code;
  }

  async redeem(code: string, clientId: string, redirectUrl: string): Promise<RedeemResult> {
    if (this.#redeeming.has(code)) return { ok: false, reason: 'reused' };
    this.#redeeming.add(code);
    try {
      const record = await this.kv.get<CodeRecord>(CODE_NAMESPACE, code);
      if (!record) return { ok: false, reason: 'unknown' };
      if (record.accessToken !== undefined) {
        await this.kv.delete(ACCESS_TOKEN_NAMESPACE, record.accessToken);
        return { ok: false, reason: 'reused' };
      }
      if (record.expiresAt <= Date.now()) return { ok: false, reason: 'expired' };
      if (record.clientId !== clientId) return { ok: false, reason: 'wrong_client' };
      if (record.redirectUrl !== redirectUrl) return { ok: false, reason: 'wrong_redirect' };
      const accessToken = opaque();
      const value: AccessTokenRecord = {
        accountId: record.accountId,
        clientId,
        issuedAt: Date.now(),
      };
      await this.kv.set(ACCESS_TOKEN_NAMESPACE, accessToken, value, this.accessTokenTtlSeconds);
      await this.kv.set(CODE_NAMESPACE, code, { ...record, accessToken }, 10 * 60);
      return { ok: true, accessToken, expiresIn: this.accessTokenTtlSeconds };
    } finally {
      this.#redeeming.delete(code);
    }
  }

  async resolve(accessToken: string): Promise<AccessTokenRecord | undefined> {
    if (!accessToken) return undefined;
    return this.kv.get<AccessTokenRecord>(ACCESS_TOKEN_NAMESPACE, accessToken);
  }

  async revoke(accessToken: string): Promise<void> {
    await this.kv.delete(ACCESS_TOKEN_NAMESPACE, accessToken);
  }
}
