/**
 * The signing contract (Firma, level `firma`): a citizen signs a document with a one-time code,
 * the simulator answers a detached JWS (RFC 7515 §Appendix F, unencoded payload RFC 7797) over
 * the document's SHA-256, and anyone can verify it. Shared by the simulator, the BFF and
 * `<llave-document-signer>`; paths are in `apiPaths` (contract.ts).
 * @module
 */
import type { Channel } from './contract.js';

/** Lowercase hex SHA-256 of the document's bytes: the fingerprint people compare. */
export const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * What is signed. A document from the expediente is named by `documentId` (the simulator hashes
 * its stored bytes); a document the agency's page provides travels as its fingerprint only
 * (hash-based signing: the file itself never leaves the agency).
 */
export type SignatureDocumentRef =
  | { documentId: string }
  | { document: { name: string; mediaType: string; sizeBytes: number; sha256: string } };

/** `POST /v1/me/signatures` body. */
export type StartSignatureRequest = SignatureDocumentRef & {
  /** Where the code goes: a verified contact. Default: the verified mobile, else the email. */
  channel?: Channel;
  /**
   * The fingerprint the citizen was shown. When given and the document no longer has it, the
   * answer is 409 `document_changed` and no code is sent.
   */
  sha256?: string;
};

/** The document as the signature request describes it. */
export interface SignedDocument {
  /** Present for expediente documents. */
  documentId?: string;
  name: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
}

/** A pending signature: a code went to `destinationMasked`. */
export interface SignatureRequest {
  id: string;
  document: SignedDocument;
  channel: Channel;
  destinationMasked: string;
  expiresAt: string;
  resendAvailableAt: string;
  attemptsLeft: number;
  status: 'pending' | 'signed';
}

/**
 * `POST /v1/me/signatures/{id}/confirm` body. `sha256` is the fingerprint the page holds now;
 * required for provided documents, optional for expediente ones (the simulator re-hashes them).
 */
export interface ConfirmSignatureRequest {
  code: string;
  sha256?: string;
}

/** The receipt of a signature. */
export interface SignatureReceipt {
  /** 20 characters `[A-Z0-9]`, unguessable: with the document it lets anyone verify. */
  folio: string;
  /** ISO timestamp, also bound into the JWS (`iat`). */
  signedAt: string;
  signer: { name: string; curp?: string };
  document: SignedDocument;
  /** Compact detached JWS: `<protected>..<signature>`; the payload is `document.sha256`. */
  jws: string;
  /** The simulator's key id (JWK thumbprint), also in the JWS header. */
  kid: string;
  /** The public verification page for this folio. */
  verifyUrl: string;
}

/**
 * `POST /v1/signatures/verify` (public): JSON `{ jws | folio, sha256 }`, or multipart with
 * `file` and `jws` or `folio`.
 */
export interface VerifySignatureRequest {
  jws?: string;
  folio?: string;
  sha256?: string;
}

/**
 * `valid`: the signature is the simulator's and covers this document; `altered`: the signature
 * is genuine but covers other bytes (the document changed, or it belongs to another document);
 * `invalid`: not a signature of this signer (malformed, unknown key, tampered, unknown folio).
 */
export type SignatureStatus = 'valid' | 'invalid' | 'altered';

export interface SignatureVerification {
  status: SignatureStatus;
  /** Why it is invalid. */
  reason?: 'malformed' | 'unknown_key' | 'bad_signature' | 'unknown_folio';
  /** The fingerprint of the document that was checked. */
  sha256: string;
  /** Shown only when `valid`: who signed, when, under which folio. */
  folio?: string;
  signedAt?: string;
  signer?: { name: string; curp?: string };
}
