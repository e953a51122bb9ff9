/**
 * Where code tickets live and how their codes reach the citizen. Contact verifications and
 * password resets keep their tickets and send their codes the same way; only the namespace,
 * lifetime, message and wording differ, so each service holds one of these.
 */
import type { Channel } from '@llave-cdmx/core';
import { notFound, validationFailed } from '../errors.js';
import type { KeyValueStore, Outbox, OutboxMessage, SimConfig } from '../types.js';
import { maskEmail, maskMobile } from '../validation.js';
import { CODE_FORMAT, type CodeTicket, consumeCode, issueCode } from './code-ticket.js';

/** A ticket whose code goes to one contact. */
export interface SentTicket extends CodeTicket {
  id: string;
  channel: Channel;
  destination: string;
}

export interface TicketStoreOptions<T extends SentTicket = SentTicket> {
  namespace: string;
  ttlSeconds: number;
  purpose: OutboxMessage['purpose'];
  /** The text of the message; `record` lets it name what the code is for (a document to sign). */
  message: (
    channel: Channel,
    code: string,
    minutes: number,
    record: T,
  ) => { subject: string; body: string };
  /** What a missing or expired ticket answers. */
  notFoundMessage: string;
}

export class TicketStore<T extends SentTicket> {
  constructor(
    private readonly options: TicketStoreOptions<T>,
    private readonly config: SimConfig,
    private readonly kv: KeyValueStore,
    private readonly outbox: Outbox,
  ) {}

  /** Ids are 128-bit capabilities; anything else (or longer than any id) finds nothing. */
  async load(id: string): Promise<T | undefined> {
    if (typeof id !== 'string' || id.length > 64) return undefined;
    return this.kv.get<T>(this.options.namespace, id);
  }

  async require(id: string): Promise<T> {
    const record = await this.load(id);
    if (!record) throw notFound(this.options.notFoundMessage);
    return record;
  }

  save(record: T): Promise<void> {
    return this.kv.set(this.options.namespace, record.id, record, this.options.ttlSeconds);
  }

  async send(record: T, code: string): Promise<void> {
    const minutes = Math.round(this.config.codeTtlSeconds / 60);
    await this.outbox.send({
      channel: record.channel,
      to: record.destination,
      code,
      purpose: this.options.purpose,
      ...this.options.message(record.channel, code, minutes, record),
    });
  }

  /**
   * Issues a fresh code (the previous one stops working), stores the ticket and, when `deliver`,
   * sends the code.
   */
  async issue(record: T, deliver = true): Promise<void> {
    const code = issueCode(record, this.config);
    await this.save(record);
    if (deliver) await this.send(record, code);
  }

  /** Checks a code and stores the ticket whether or not it matched, so attempts count. */
  async consume(record: T, code: string): Promise<void> {
    try {
      consumeCode(record, code);
    } finally {
      await this.save(record);
    }
  }

  /** The fields every answer about a ticket shows: never the destination in full. */
  view(record: T) {
    return {
      channel: record.channel,
      destinationMasked:
        record.channel === 'email' ? maskEmail(record.destination) : maskMobile(record.destination),
      expiresAt: new Date(record.expiresAt).toISOString(),
      resendAvailableAt: new Date(record.resendAvailableAt).toISOString(),
    };
  }
}

/** A code as typed, trimmed; anything but 6 digits is a format error before any attempt counts. */
export function readCode(code: unknown): string {
  if (typeof code !== 'string' || !CODE_FORMAT.test(code.trim())) {
    throw validationFailed({ code: 'code_format' });
  }
  return code.trim();
}
