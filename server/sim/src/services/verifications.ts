/**
 * Contact verifications. The verification id is a 128-bit capability: the citizen who just
 * registered (and has no session yet) checks, resends or corrects with it. Verifying a contact
 * marks it verified and raises the account to `verificada`.
 */
import type { Channel, CheckCodeResponse, Verification } from '@llave-cdmx/core';
import { HELP_URL, notFound, SimError, validationFailed } from '../errors.js';
import { newId } from '../ids.js';
import type { Accounts } from '../store/accounts.js';
import type { KeyValueStore, Outbox, SimConfig, VerificationService } from '../types.js';
import { checkEmail, checkMobile } from '../validation.js';
import { assertCanResend, issueCode } from './code-ticket.js';
import { verificationMessage } from './messages.js';
import { readCode, type SentTicket, TicketStore } from './ticket-store.js';

const NS = 'verification';
/** The latest verification per account and channel: starting a new one retires the old. */
const LATEST_NS = 'verification-latest';
const RECORD_TTL_SECONDS = 24 * 60 * 60;

interface VerificationRecord extends SentTicket {
  accountId: string;
  supersededBy?: string;
}

export class Verifications implements VerificationService {
  readonly #tickets: TicketStore<VerificationRecord>;

  constructor(
    private readonly config: SimConfig,
    private readonly kv: KeyValueStore,
    private readonly accounts: Accounts,
    outbox: Outbox,
  ) {
    this.#tickets = new TicketStore<VerificationRecord>(
      {
        namespace: NS,
        ttlSeconds: RECORD_TTL_SECONDS,
        purpose: 'verification',
        message: verificationMessage,
        notFoundMessage: 'La verificación no existe o ya venció.',
      },
      config,
      kv,
      outbox,
    );
  }

  async start(accountId: string, channel: Channel): Promise<Verification> {
    const account = await this.accounts.get(accountId);
    if (!account) throw notFound('La cuenta no existe.');
    const destination = channel === 'email' ? account.contact.email : account.contact.mobile;
    if (!destination) {
      throw validationFailed({ channel: channel === 'sms' ? 'phone_required' : 'email_required' });
    }
    const latestId = await this.kv.get<string>(LATEST_NS, `${accountId}:${channel}`);
    const latest = latestId ? await this.#tickets.load(latestId) : undefined;
    // The cooldown protects the destination from floods, whichever endpoint asks for a code.
    if (latest && latest.usedAt === undefined && latest.destination === destination) {
      assertCanResend(latest);
    }
    const record = { id: newId(), accountId, channel, destination } as VerificationRecord;
    const code = issueCode(record, this.config);
    if (latest && latest.usedAt === undefined) {
      latest.supersededBy = record.id;
      await this.#tickets.save(latest);
    }
    await this.#tickets.save(record);
    await this.kv.set(LATEST_NS, `${accountId}:${channel}`, record.id, RECORD_TTL_SECONDS);
    await this.#tickets.send(record, code);
    return this.#view(record);
  }

  async get(verificationId: string): Promise<Verification | undefined> {
    const record = await this.#tickets.load(verificationId);
    return record && this.#view(record);
  }

  async check(verificationId: string, code: string): Promise<CheckCodeResponse> {
    const record = await this.#tickets.require(verificationId);
    const typed = readCode(code);
    if (record.supersededBy && record.usedAt === undefined) {
      throw new SimError(422, 'code_invalid', 'Pediste un código más reciente: usa ese.', {
        fields: { code: 'code_invalid' },
      });
    }
    await this.#tickets.consume(record, typed);
    const account = await this.accounts.update(record.accountId, (a) => {
      // Only the contact the code went to is verified: it may have changed since.
      if (record.channel === 'email' && a.contact.email === record.destination) {
        a.contact.emailVerified = true;
      }
      if (record.channel === 'sms' && a.contact.mobile === record.destination) {
        a.contact.mobileVerified = true;
      }
    });
    await this.accounts.raiseLevel(account.id, 'verificada');
    const raised = await this.accounts.get(account.id);
    return { verified: true, channel: record.channel, level: raised!.level };
  }

  async resend(verificationId: string): Promise<Verification> {
    const record = await this.#tickets.require(verificationId);
    if (record.supersededBy) {
      throw new SimError(
        409,
        'code_used',
        'Esta verificación fue reemplazada por una más reciente.',
      );
    }
    assertCanResend(record);
    await this.#tickets.issue(record);
    return this.#view(record);
  }

  /** Corrects a mistyped contact before it is verified, and sends a code to the new one. */
  async correctDestination(verificationId: string, destination: unknown): Promise<Verification> {
    const record = await this.#tickets.require(verificationId);
    if (record.usedAt !== undefined) {
      throw new SimError(409, 'code_used', 'Este contacto ya se verificó.');
    }
    if (record.supersededBy) {
      throw new SimError(
        409,
        'code_used',
        'Esta verificación fue reemplazada por una más reciente.',
      );
    }
    const checked = record.channel === 'email' ? checkEmail(destination) : checkMobile(destination);
    if (!checked.ok) throw validationFailed({ destination: checked.code });
    const owner =
      record.channel === 'email'
        ? await this.accounts.findByEmail(checked.value)
        : await this.accounts.findByMobile(checked.value);
    if (owner && owner.id !== record.accountId) throw contactTaken(record.channel);
    await this.accounts.update(record.accountId, (a) => {
      if (record.channel === 'email') {
        a.contact.email = checked.value;
        a.contact.emailVerified = false;
      } else {
        a.contact.mobile = checked.value;
        a.contact.mobileVerified = false;
      }
    });
    record.destination = checked.value;
    await this.#tickets.issue(record);
    return this.#view(record);
  }

  #view(record: VerificationRecord): Verification {
    return {
      id: record.id,
      ...this.#tickets.view(record),
      attemptsLeft: record.attemptsLeft,
      status: record.usedAt === undefined ? 'pending' : 'verified',
    };
  }
}

/** The guide's answer to "that email / phone is already registered". */
export function contactTaken(channel: Channel): SimError {
  return channel === 'email'
    ? new SimError(
        409,
        'email_registered',
        'Ese correo ya está registrado en otra cuenta Llave CDMX. Si es tuyo, recupera tu contraseña o llama a LOCATEL (55 5658 1111).',
        { helpUrl: HELP_URL },
      )
    : new SimError(
        409,
        'phone_registered',
        'Ese celular ya está registrado en otra cuenta Llave CDMX. Usa otro o llama a LOCATEL (55 5658 1111).',
        { helpUrl: HELP_URL },
      );
}
