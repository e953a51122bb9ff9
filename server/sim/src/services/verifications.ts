/**
 * Contact verifications. The verification id is a 128-bit capability: the citizen who just
 * registered (and has no session yet) checks, resends or corrects with it. Verifying a contact
 * marks it verified and raises the account to `verificada`.
 */
import type { Channel, CheckCodeResponse, PendingContact, Verification } from '@llave-cdmx/core';
import { contactTaken, notFound, SimError, validationFailed } from '../errors.js';
import { newId } from '../ids.js';
import type { Accounts } from '../store/accounts.js';
import type { KeyValueStore, Outbox, SimConfig, VerificationService } from '../types.js';
import { checkEmail, checkMobile } from '../validation.js';
import { assertCanResend, issueCode } from './code-ticket.js';
import { contactReplacedMessage, verificationMessage } from './messages.js';
import { readCode, type SentTicket, TicketStore } from './ticket-store.js';

const NS = 'verification';
/** The latest verification per account and channel: starting a new one retires the old. */
const LATEST_NS = 'verification-latest';
const RECORD_TTL_SECONDS = 24 * 60 * 60;
/** Contact changes started per account and hour: each sends a code to a new address. */
const CHANGE_WINDOW_NS = 'contact-change-window';
export const MAX_CHANGES_PER_HOUR = 10;

interface VerificationRecord extends SentTicket {
  accountId: string;
  supersededBy?: string;
  /**
   * A new contact the citizen asked for: it replaces the account's current one only when this
   * code is checked, so a mistyped or somebody else's address never takes over the account.
   */
  change?: true;
}

const latestKey = (accountId: string, channel: Channel, change: boolean) =>
  `${accountId}:${channel}${change ? ':change' : ''}`;

export class Verifications implements VerificationService {
  readonly #tickets: TicketStore<VerificationRecord>;

  constructor(
    private readonly config: SimConfig,
    private readonly kv: KeyValueStore,
    private readonly accounts: Accounts,
    private readonly outbox: Outbox,
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
    return this.#open(accountId, channel, destination, false);
  }

  /**
   * Starts the change of a contact: the new one stays pending (`pendingFor`) and gets a code;
   * `check` makes it the account's. Throws the guide's conflict when another account has it.
   */
  async startChange(accountId: string, channel: Channel, destination: string) {
    await this.#assertNotTaken(accountId, channel, destination);
    return this.#open(accountId, channel, destination, true);
  }

  /** The contact changes of the account still waiting for their code. */
  async pendingFor(
    accountId: string,
  ): Promise<{ email?: PendingContact; mobile?: PendingContact }> {
    const out: { email?: PendingContact; mobile?: PendingContact } = {};
    for (const channel of ['email', 'sms'] as const) {
      const id = await this.kv.get<string>(LATEST_NS, latestKey(accountId, channel, true));
      const record = id ? await this.#tickets.load(id) : undefined;
      if (!record || record.usedAt !== undefined) continue;
      out[channel === 'email' ? 'email' : 'mobile'] = {
        value: record.destination,
        verification: this.#view(record),
      };
    }
    return out;
  }

  /** Forgets a pending change (the citizen gave up on it); its code stops working. */
  async dropChange(accountId: string, channel: Channel): Promise<void> {
    const key = latestKey(accountId, channel, true);
    const id = await this.kv.get<string>(LATEST_NS, key);
    if (id) await this.kv.delete(NS, id);
    await this.kv.delete(LATEST_NS, key);
  }

  async #open(accountId: string, channel: Channel, destination: string, change: boolean) {
    const key = latestKey(accountId, channel, change);
    const latestId = await this.kv.get<string>(LATEST_NS, key);
    const latest = latestId ? await this.#tickets.load(latestId) : undefined;
    // The cooldown protects the destination from floods, whichever endpoint asks for a code.
    if (latest && latest.usedAt === undefined && latest.destination === destination) {
      assertCanResend(latest);
    }
    if (change) await this.#countChange(accountId);
    const record = { id: newId(), accountId, channel, destination } as VerificationRecord;
    if (change) record.change = true;
    const code = issueCode(record, this.config);
    if (latest && latest.usedAt === undefined) {
      latest.supersededBy = record.id;
      await this.#tickets.save(latest);
    }
    await this.#tickets.save(record);
    await this.kv.set(LATEST_NS, key, record.id, RECORD_TTL_SECONDS);
    await this.#tickets.send(record, code);
    return this.#view(record);
  }

  /**
   * Each change sends a code to an address nobody verified yet, so changes are limited per
   * account as well as per destination (the cooldown): otherwise one session could make the
   * simulator mail a code to any number of strangers.
   */
  async #countChange(accountId: string): Promise<void> {
    const now = Date.now();
    const w = await this.kv.get<{ count: number; resetAt: number }>(CHANGE_WINDOW_NS, accountId);
    const current = w && w.resetAt > now ? w : { count: 0, resetAt: now + 3600_000 };
    if (current.count >= MAX_CHANGES_PER_HOUR) {
      throw new SimError(429, 'rate_limited', 'Hiciste muchos cambios seguidos. Espera un rato.', {
        retryAfter: Math.ceil((current.resetAt - now) / 1000),
      });
    }
    current.count++;
    await this.kv.set(
      CHANGE_WINDOW_NS,
      accountId,
      current,
      Math.ceil((current.resetAt - now) / 1000),
    );
  }

  async #assertNotTaken(accountId: string, channel: Channel, destination: string) {
    const owner =
      channel === 'email'
        ? await this.accounts.findByEmail(destination)
        : await this.accounts.findByMobile(destination);
    if (owner && owner.id !== accountId) throw contactTaken(channel);
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
    // Somebody else may have verified the same address since the change started.
    if (record.change)
      await this.#assertNotTaken(record.accountId, record.channel, record.destination);
    await this.#tickets.consume(record, typed);
    if (record.change) return this.#applyChange(record);
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

  /** The checked new contact replaces the old one, verified; the old one is told. */
  async #applyChange(record: VerificationRecord): Promise<CheckCodeResponse> {
    let previous: string | undefined;
    await this.accounts.update(record.accountId, (a) => {
      if (record.channel === 'email') {
        previous = a.contact.email;
        a.contact.email = record.destination;
        a.contact.emailVerified = true;
      } else {
        previous = a.contact.mobile;
        a.contact.mobile = record.destination;
        a.contact.mobileVerified = true;
      }
    });
    if (previous && previous !== record.destination) {
      await this.outbox.send({
        channel: record.channel,
        to: previous,
        purpose: 'notice',
        ...contactReplacedMessage(record.channel),
      });
    }
    await this.accounts.raiseLevel(record.accountId, 'verificada');
    const raised = await this.accounts.get(record.accountId);
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
    if (record.change) {
      // A pending change: only the pending address changes, the account keeps its contact.
      await this.#countChange(record.accountId);
      record.destination = checked.value;
      await this.#tickets.issue(record);
      return this.#view(record);
    }
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
