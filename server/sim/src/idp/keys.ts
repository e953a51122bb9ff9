/**
 * The identity provider's long-lived secrets: the ID token signing keys (RS256 and ES256) and the
 * keys that sign its cookies and CSRF tokens. Generated once on first start and kept in the
 * simulator's key-value store, so a restart on the same data directory keeps issued ID tokens
 * verifiable and sessions valid. Never oidc-provider's quick-start development keys, which are
 * public and would let anyone mint tokens.
 */
import { randomBytes } from 'node:crypto';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';
import type { KeyValueStore } from '../types.js';

export const KEYS_NAMESPACE = 'idp-keys';

export interface IdpSecrets {
  /** Private JWKs (with `kid`, `alg`, `use`), RS256 first: oidc-provider's default ID token alg. */
  signingKeys: JWK[];
  /** Cookie signing keys for oidc-provider (newest first). */
  cookieKeys: string[];
  /** HMAC key for the hosted pages' CSRF tokens. */
  csrfSecret: string;
}

async function newSigningKey(alg: 'RS256' | 'ES256'): Promise<JWK> {
  const { privateKey } = await generateKeyPair(alg, { extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, kid: await calculateJwkThumbprint(jwk), alg, use: 'sig' };
}

export async function loadOrCreateSecrets(kv: KeyValueStore): Promise<IdpSecrets> {
  const existing = await kv.get<IdpSecrets>(KEYS_NAMESPACE, 'secrets');
  if (existing?.signingKeys?.length && existing.cookieKeys?.length && existing.csrfSecret) {
    return existing;
  }
  const secrets: IdpSecrets = {
    signingKeys: [await newSigningKey('RS256'), await newSigningKey('ES256')],
    cookieKeys: [randomBytes(32).toString('base64url')],
    csrfSecret: randomBytes(32).toString('base64url'),
  };
  await kv.set(KEYS_NAMESPACE, 'secrets', secrets);
  return secrets;
}
