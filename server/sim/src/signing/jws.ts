/**
 * Document signatures as detached JWS (RFC 7515 Appendix F) with an unencoded payload (RFC 7797,
 * `b64: false`): the payload is the document's SHA-256 as lowercase hex, the very fingerprint the
 * citizen compared, so a verifier rebuilds it from the file without any base64 step. The signer
 * (`sub`, `curp`, `name`), the time (`iat`) and the folio ride in the protected header, so they
 * are signed too. ES256 with the simulator's own key (idp/keys.ts) and its `kid`.
 *
 * The same key signs ID tokens, so the header is explicitly typed (`typ`, RFC 8725 §3.11) and a
 * verifier refuses any JWS that is not one of these: an ID token never passes as a signature.
 */

import { SHA256_HEX } from '@llave-cdmx/core';
import { decodeProtectedHeader, FlattenedSign, flattenedVerify, importJWK, type JWK } from 'jose';

export const SIGNATURE_TYP = 'llave-firma+jws';
/** Compact detached serialisation: `<protected>..<signature>`, bounded so parsing stays cheap. */
const DETACHED = /^([A-Za-z0-9_-]{16,2048})\.\.([A-Za-z0-9_-]{16,256})$/;

export interface SignatureClaims {
  sub: string;
  curp?: string;
  name: string;
  folio: string;
  /** Seconds since the epoch. */
  iat: number;
}

export type JwsCheck =
  | { ok: true; claims: SignatureClaims; kid: string }
  | { ok: false; reason: 'malformed' | 'unknown_key' | 'bad_signature'; claims?: SignatureClaims };

const encoder = new TextEncoder();

export class DocumentSigner {
  readonly #keys: Map<string, JWK>;
  readonly #signing: JWK;

  /** `keys`: the identity provider's private signing JWKs; the ES256 ones are used. */
  constructor(keys: JWK[]) {
    const es256 = keys.filter((k) => k.alg === 'ES256' && k.kid);
    if (es256.length === 0) throw new Error('the simulator has no ES256 signing key');
    this.#signing = es256[es256.length - 1]!;
    this.#keys = new Map(es256.map((k) => [k.kid!, k]));
  }

  get kid(): string {
    return this.#signing.kid!;
  }

  async sign(sha256: string, claims: SignatureClaims): Promise<string> {
    if (!SHA256_HEX.test(sha256)) throw new Error('not a SHA-256 fingerprint');
    const key = await importJWK(this.#signing, 'ES256');
    const { curp, ...rest } = claims;
    const jws = await new FlattenedSign(encoder.encode(sha256))
      .setProtectedHeader({
        alg: 'ES256',
        kid: this.kid,
        typ: SIGNATURE_TYP,
        b64: false,
        crit: ['b64'],
        ...rest,
        ...(curp ? { curp } : {}),
      })
      .sign(key);
    return `${jws.protected}..${jws.signature}`;
  }

  /** Checks `jws` against the fingerprint `sha256`. Never throws on hostile input. */
  async verify(jws: unknown, sha256: string): Promise<JwsCheck> {
    const parts = typeof jws === 'string' ? DETACHED.exec(jws.trim()) : null;
    if (!parts) return { ok: false, reason: 'malformed' };
    const [, protectedHeader = '', signature = ''] = parts;
    let header: Record<string, unknown>;
    try {
      header = decodeProtectedHeader(`${protectedHeader}..${signature}`) as Record<string, unknown>;
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    const claims = readClaims(header);
    if (
      !claims ||
      header.alg !== 'ES256' ||
      header.typ !== SIGNATURE_TYP ||
      header.b64 !== false ||
      !Array.isArray(header.crit) ||
      header.crit.length !== 1 ||
      header.crit[0] !== 'b64'
    ) {
      return { ok: false, reason: 'malformed' };
    }
    const jwk = typeof header.kid === 'string' ? this.#keys.get(header.kid) : undefined;
    if (!jwk) return { ok: false, reason: 'unknown_key', claims };
    try {
      const { kty, crv, x, y } = jwk;
      const key = await importJWK({ kty, crv, x, y }, 'ES256');
      await flattenedVerify(
        { protected: protectedHeader, payload: encoder.encode(sha256), signature },
        key,
        { algorithms: ['ES256'] },
      );
      return { ok: true, claims, kid: header.kid as string };
    } catch {
      return { ok: false, reason: 'bad_signature', claims };
    }
  }
}

function readClaims(h: Record<string, unknown>): SignatureClaims | undefined {
  const { sub, curp, name, folio, iat } = h;
  if (typeof sub !== 'string' || typeof name !== 'string' || typeof folio !== 'string') return;
  if (typeof iat !== 'number' || !Number.isSafeInteger(iat)) return;
  if (curp !== undefined && typeof curp !== 'string') return;
  return { sub, name, folio, iat, ...(curp ? { curp } : {}) };
}
