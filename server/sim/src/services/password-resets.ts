/**
 * Password resets without account enumeration: `start` answers the same shape and timing-free
 * path whether or not the CURP and contact match; only a match gets a real code, and a ticket
 * without an account rejects every code exactly as a wrong code would.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { type Channel, type PasswordResetStarted, passwordContextFor } from '@llave-cdmx/core';
import { SimError, validationFailed } from '../errors.js';
import { newId } from '../ids.js';
import type { Accounts } from '../store/accounts.js';
import type { KeyValueStore, Outbox, PasswordResetService, SimConfig } from '../types.js';
import { checkCurp, checkEmail, checkMobile, checkPassword } from '../validation.js';
import { assertCanResend } from './code-ticket.js';
import { resetMessage } from './messages.js';
import { readCode, type SentTicket, TicketStore } from './ticket-store.js';

const NS = 'password-reset';
const RECORD_TTL_SECONDS = 60 * 60;
/** The reset token lets the citizen choose a password for this long after the code checked. */
const TOKEN_TTL_MS = 15 * 60 * 1000;

interface ResetRecord extends SentTicket {
  /** Absent when the data matched no account: the ticket then accepts no code. */
  accountId?: string;
  resetTokenHash?: string;
  resetTokenExpiresAt?: number;
  completedAt?: number;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest();

export class PasswordResets implements PasswordResetService {
  readonly #tickets: TicketStore<ResetRecord>;

  constructor(
    config: SimConfig,
    kv: KeyValueStore,
    private readonly accounts: Accounts,
    outbox: Outbox,
  ) {
    this.#tickets = new TicketStore<ResetRecord>(
      {
        namespace: NS,
        ttlSeconds: RECORD_TTL_SECONDS,
        purpose: 'password-reset',
        message: resetMessage,
        notFoundMessage: 'La solicitud no existe o ya venció.',
      },
      config,
      kv,
      outbox,
    );
  }

  async start(curpInput: unknown, contactInput: unknown): Promise<PasswordResetStarted> {
    const curp = checkCurp(curpInput);
    const isEmail = typeof contactInput === 'string' && contactInput.includes('@');
    const contact = isEmail ? checkEmail(contactInput) : checkMobile(contactInput);
    const fields: Record<string, string> = {};
    if (!curp.ok) fields.curp = curp.code;
    if (!contact.ok) fields.contact = contact.code;
    if (!curp.ok || !contact.ok) throw validationFailed(fields);

    const channel: Channel = isEmail ? 'email' : 'sms';
    const account = await this.accounts.findByCurp(curp.value.curp);
    const owned =
      account &&
      (isEmail
        ? account.contact.email === contact.value
        : account.contact.mobile === contact.value);
    const record = {
      id: newId(),
      channel,
      destination: contact.value,
      ...(owned ? { accountId: account.id } : {}),
    } as ResetRecord;
    await this.#tickets.issue(record, Boolean(record.accountId));
    return this.#view(record);
  }

  async check(resetId: string, code: string): Promise<{ resetToken: string }> {
    const record = await this.#tickets.require(resetId);
    const typed = readCode(code);
    if (!record.accountId) {
      // Same bookkeeping as a wrong code, so both paths look alike from outside.
      record.codeHash = `${newId()}:${newId()}`;
    }
    await this.#tickets.consume(record, typed);
    const resetToken = newId(32);
    record.resetTokenHash = sha256(resetToken).toString('base64url');
    record.resetTokenExpiresAt = Date.now() + TOKEN_TTL_MS;
    await this.#tickets.save(record);
    return { resetToken };
  }

  async resend(resetId: string): Promise<PasswordResetStarted> {
    const record = await this.#tickets.require(resetId);
    assertCanResend(record);
    await this.#tickets.issue(record, Boolean(record.accountId));
    return this.#view(record);
  }

  async complete(resetId: string, resetToken: string, password: string): Promise<void> {
    const record = await this.#tickets.require(resetId);
    if (record.completedAt !== undefined) {
      throw new SimError(409, 'code_used', 'Ya cambiaste tu contraseña con este enlace.');
    }
    if (!record.accountId || !record.resetTokenHash || typeof resetToken !== 'string') {
      throw invalidToken();
    }
    const a = sha256(resetToken);
    const b = Buffer.from(record.resetTokenHash, 'base64url');
    if (a.length !== b.length || !timingSafeEqual(a, b)) throw invalidToken();
    if (Date.now() >= (record.resetTokenExpiresAt ?? 0)) {
      throw new SimError(410, 'code_expired', 'El tiempo para cambiar tu contraseña terminó.');
    }
    const account = await this.accounts.get(record.accountId);
    // The same rule as the browser's (core's passwordContextFor): every name part, CURP, contacts.
    const checked = checkPassword(
      password,
      account
        ? passwordContextFor({
            ...account.personal,
            email: account.contact.email,
            mobile: account.contact.mobile,
          })
        : {},
    );
    if (!checked.ok) throw validationFailed({ password: checked.code });
    await this.accounts.setPassword(record.accountId, checked.value);
    record.completedAt = Date.now();
    await this.#tickets.save(record);
  }

  #view(record: ResetRecord): PasswordResetStarted {
    return { resetId: record.id, ...this.#tickets.view(record) };
  }
}

function invalidToken(): SimError {
  return new SimError(422, 'code_invalid', 'El enlace para cambiar tu contraseña no es válido.', {
    fields: { resetToken: 'code_invalid' },
  });
}
