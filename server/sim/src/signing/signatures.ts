/**
 * Signing a document with a one-time code (level `firma`). Start fixes the document's SHA-256
 * and sends a code to a verified contact; confirm checks the code (the same ticket rules as
 * contact codes: single use, latest only, expiry, attempts, cooldown), checks that the document
 * still has the fingerprint the citizen saw, and answers the receipt with a detached JWS.
 * Receipts are kept by folio so the public verification can tell an altered document from a
 * forged signature.
 */
import { createHash } from 'node:crypto';
import {
  type Channel,
  SHA256_HEX,
  type SignatureReceipt,
  type SignatureRequest,
  type SignatureVerification,
  type SignedDocument,
} from '@llave-cdmx/core';
import { notFound, SimError, validationFailed } from '../errors.js';
import { claimsOf } from '../idp/oidc/claims.js';
import { newId } from '../ids.js';
import { assertCanResend } from '../services/code-ticket.js';
import { readCode, type SentTicket, TicketStore } from '../services/ticket-store.js';
import type { Accounts } from '../store/accounts.js';
import type { Store } from '../store/store.js';
import type { KeyValueStore, Outbox, SimAccount, SimConfig } from '../types.js';
import type { DocumentSigner } from './jws.js';
import { signatureMessage } from './messages.js';

const NS = 'signature-request';
const LATEST_NS = 'signature-latest';
export const RECEIPTS_NS = 'signature-receipt';
const RECORD_TTL_SECONDS = 24 * 60 * 60;
/** Folio: `FE` and 18 characters of a 32-letter alphabet (90 bits): unguessable, readable. */
const FOLIO_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const FOLIO_FORMAT = /^FE[A-Z0-9]{18}$/;

interface SignatureTicket extends SentTicket {
  accountId: string;
  document: SignedDocument;
  supersededBy?: string;
  /** Set when the document changed under the request: it can never be confirmed. */
  cancelledAt?: number;
  folio?: string;
}

interface StoredReceipt extends SignatureReceipt {
  accountId: string;
}

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export const documentChanged = () =>
  new SimError(
    409,
    'document_changed',
    'El documento cambió después de que se mostró su huella. Revísalo y vuelve a empezar la firma.',
  );

const levelRequired = () =>
  new SimError(403, 'level_required', 'Para firmar necesitas el nivel con firma.', {
    requiredLevel: 'firma',
  });

function newFolio(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return `FE${[...bytes].map((b) => FOLIO_ALPHABET[b & 31]).join('')}`;
}

/** A fingerprint as typed: case and surrounding space do not matter, anything else does. */
export function readSha256(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const hex = value.trim().toLowerCase();
  return SHA256_HEX.test(hex) ? hex : undefined;
}

export type DocumentInput =
  | { documentId: string }
  | { document: Omit<SignedDocument, 'documentId'> };

export class Signatures {
  readonly #tickets: TicketStore<SignatureTicket>;

  constructor(
    private readonly config: SimConfig,
    private readonly kv: KeyValueStore,
    private readonly accounts: Accounts,
    private readonly store: Store,
    private readonly signer: () => Promise<DocumentSigner>,
    outbox: Outbox,
  ) {
    this.#tickets = new TicketStore<SignatureTicket>(
      {
        namespace: NS,
        ttlSeconds: RECORD_TTL_SECONDS,
        purpose: 'signature',
        message: (channel, code, minutes, record) =>
          signatureMessage(channel, code, minutes, record.document),
        notFoundMessage: 'La solicitud de firma no existe o ya venció.',
      },
      config,
      kv,
      outbox,
    );
  }

  async start(
    accountId: string,
    input: DocumentInput,
    channel?: Channel,
    shownSha256?: string,
  ): Promise<SignatureRequest> {
    const account = await this.#signerAccount(accountId);
    const document = await this.#describe(account.id, input);
    if (shownSha256 !== undefined && shownSha256 !== document.sha256) throw documentChanged();
    const contact = pickContact(account, channel);
    const latestId = await this.kv.get<string>(LATEST_NS, account.id);
    const latest = latestId ? await this.#tickets.load(latestId) : undefined;
    const pending = latest && latest.usedAt === undefined && latest.cancelledAt === undefined;
    // The cooldown guards the contact from floods whichever document is being signed.
    if (pending && latest.destination === contact.destination) assertCanResend(latest);
    const record = {
      id: newId(),
      accountId: account.id,
      document,
      ...contact,
    } as SignatureTicket;
    if (pending) {
      latest.supersededBy = record.id;
      await this.#tickets.save(latest);
    }
    await this.kv.set(LATEST_NS, account.id, record.id, RECORD_TTL_SECONDS);
    await this.#tickets.issue(record);
    return this.#view(record);
  }

  async get(accountId: string, id: string): Promise<SignatureRequest> {
    return this.#view(await this.#owned(accountId, id));
  }

  async resend(accountId: string, id: string): Promise<SignatureRequest> {
    await this.#signerAccount(accountId);
    const record = await this.#owned(accountId, id);
    if (record.supersededBy || record.cancelledAt !== undefined) {
      throw new SimError(
        409,
        'code_used',
        'Esta solicitud de firma fue reemplazada; empieza de nuevo.',
      );
    }
    assertCanResend(record);
    await this.#tickets.issue(record);
    return this.#view(record);
  }

  async confirm(
    accountId: string,
    id: string,
    code: unknown,
    heldSha256: unknown,
  ): Promise<SignatureReceipt> {
    const account = await this.#signerAccount(accountId);
    const record = await this.#owned(accountId, id);
    const typed = readCode(code);
    if (record.usedAt !== undefined) {
      throw new SimError(409, 'code_used', 'Este código ya se usó: el documento ya está firmado.');
    }
    if (record.supersededBy) {
      throw new SimError(422, 'code_invalid', 'Pediste un código más reciente: usa ese.', {
        fields: { code: 'code_invalid' },
      });
    }
    if (record.cancelledAt !== undefined) throw documentChanged();
    const held = heldSha256 === undefined ? undefined : readSha256(heldSha256);
    if (heldSha256 !== undefined && !held) throw validationFailed({ sha256: 'invalid' });
    if (!record.document.documentId && !held) throw validationFailed({ sha256: 'required' });
    const current = record.document.documentId
      ? await this.#currentHash(account.id, record.document.documentId)
      : held;
    if (current !== record.document.sha256 || (held && held !== record.document.sha256)) {
      record.cancelledAt = Date.now();
      await this.#tickets.save(record);
      throw documentChanged();
    }
    await this.#tickets.consume(record, typed);

    const signer = await this.signer();
    const claims = claimsOf(account);
    const name = String(claims.name);
    const curp = typeof claims.curp === 'string' ? claims.curp : undefined;
    const iat = Math.floor(Date.now() / 1000);
    const folio = newFolio();
    const jws = await signer.sign(record.document.sha256, {
      sub: account.id,
      name,
      folio,
      iat,
      ...(curp ? { curp } : {}),
    });
    const receipt: StoredReceipt = {
      accountId: account.id,
      folio,
      signedAt: new Date(iat * 1000).toISOString(),
      signer: { name, ...(curp ? { curp } : {}) },
      document: record.document,
      jws,
      kid: signer.kid,
      verifyUrl: verifyUrl(this.config.publicUrl, folio),
    };
    await this.kv.set(RECEIPTS_NS, folio, receipt);
    record.folio = folio;
    await this.#tickets.save(record);
    const { accountId: _owner, ...answer } = receipt;
    return answer;
  }

  /**
   * Public verification of a signature (`jws`, or the folio of a receipt) against a document's
   * fingerprint. A genuine signature over other bytes is `altered`; the bytes it covered come
   * from the receipt its folio names, so a forged header never turns `invalid` into `altered`.
   */
  async verify(input: {
    jws?: string;
    folio?: string;
    sha256: string;
  }): Promise<SignatureVerification> {
    let jws = input.jws;
    if (jws === undefined) {
      const receipt = input.folio ? await this.#receipt(input.folio) : undefined;
      if (!receipt) return { status: 'invalid', reason: 'unknown_folio', sha256: input.sha256 };
      jws = receipt.jws;
    }
    const signer = await this.signer();
    const check = await signer.verify(jws, input.sha256);
    if (check.ok) {
      const { name, curp, folio, iat } = check.claims;
      return {
        status: 'valid',
        sha256: input.sha256,
        folio,
        signedAt: new Date(iat * 1000).toISOString(),
        signer: { name, ...(curp ? { curp } : {}) },
      };
    }
    if (check.reason === 'bad_signature' && check.claims) {
      const receipt = await this.#receipt(check.claims.folio);
      if (receipt && receipt.jws === jws.trim()) {
        const original = await signer.verify(jws, receipt.document.sha256);
        if (original.ok) return { status: 'altered', sha256: input.sha256 };
      }
    }
    return { status: 'invalid', reason: check.reason, sha256: input.sha256 };
  }

  async #receipt(folio: string): Promise<StoredReceipt | undefined> {
    return FOLIO_FORMAT.test(folio) ? this.kv.get<StoredReceipt>(RECEIPTS_NS, folio) : undefined;
  }

  async #signerAccount(accountId: string): Promise<SimAccount> {
    const account = await this.accounts.get(accountId);
    if (!account) throw notFound('La cuenta no existe.');
    if (account.level !== 'firma') throw levelRequired();
    return account;
  }

  /** Another citizen's request is answered like a missing one: ids are capabilities. */
  async #owned(accountId: string, id: string): Promise<SignatureTicket> {
    const record = await this.#tickets.require(id);
    if (record.accountId !== accountId)
      throw notFound('La solicitud de firma no existe o ya venció.');
    return record;
  }

  async #describe(accountId: string, input: DocumentInput): Promise<SignedDocument> {
    if ('document' in input) return { ...input.document };
    const doc = this.store.data.documents.find((d) => d.id === input.documentId);
    // Someone else's document reads as missing: the signer only sees their own expediente.
    if (!doc || doc.ownerId !== accountId)
      throw notFound('Ese documento no está en tu expediente.');
    const bytes = await this.store.blobs.get(doc.id);
    if (!bytes) throw notFound('Ese documento no está en tu expediente.');
    return {
      documentId: doc.id,
      name: doc.name,
      mediaType: doc.mediaType,
      sizeBytes: bytes.byteLength,
      sha256: sha256Hex(bytes),
    };
  }

  async #currentHash(accountId: string, documentId: string): Promise<string | undefined> {
    const doc = this.store.data.documents.find((d) => d.id === documentId);
    if (!doc || doc.ownerId !== accountId) return undefined;
    const bytes = await this.store.blobs.get(doc.id);
    return bytes && sha256Hex(bytes);
  }

  #view(record: SignatureTicket): SignatureRequest {
    return {
      id: record.id,
      document: record.document,
      ...this.#tickets.view(record),
      attemptsLeft: record.attemptsLeft,
      status: record.usedAt === undefined ? 'pending' : 'signed',
    };
  }
}

export function verifyUrl(publicUrl: string, folio: string): string {
  return new URL(`/firma/verificar?folio=${folio}`, publicUrl).href;
}

/** A verified contact: the one asked for, or the mobile first (SMS is what Llave sends). */
function pickContact(account: SimAccount, channel: Channel | undefined) {
  const { email, emailVerified, mobile, mobileVerified } = account.contact;
  const sms =
    mobile && mobileVerified ? { channel: 'sms' as const, destination: mobile } : undefined;
  const mail =
    email && emailVerified ? { channel: 'email' as const, destination: email } : undefined;
  const picked = channel === 'sms' ? sms : channel === 'email' ? mail : (sms ?? mail);
  if (!picked) {
    throw new SimError(
      409,
      'contact_unverified',
      'Para firmar necesitas un correo o celular verificado que reciba el código.',
    );
  }
  return picked;
}
