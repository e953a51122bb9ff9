/**
 * Password resets without account enumeration: `start` answers the same shape and timing-free
 * path whether or not the CURP and contact match; only a match gets a real code, and a ticket
 * without an account rejects every code exactly as a wrong code would.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Channel, PasswordResetStarted } from '@llave-cdmx/core';
import { notFound, SimError, validationFailed } from '../errors.js';
import { newId } from '../ids.js';
import type { Accounts } from '../store/accounts.js';
import type { KeyValueStore, Outbox, PasswordResetService, SimConfig } from '../types.js';
import {
  checkCurp,
  checkEmail,
  checkMobile,
  checkPassword,
  maskEmail,
  maskMobile,
} from '../validation.js';
import {
  assertCanResend,
  CODE_FORMAT,
  type CodeTicket,
  consumeCode,
  issueCode,
} from './code-ticket.js';
import { resetMessage } from './messages.js';

const NS = 'password-reset';
const RECORD_TTL_SECONDS = 60 * 60;
/** The reset token lets the citizen choose a password for this long after the code checked. */
const TOKEN_TTL_MS = 15 * 60 * 1000;

interface ResetRecord extends CodeTicket {
  id: string;
  /** Absent when the data matched no account: the ticket then accepts no code. */
  accountId?: string;
  channel: Channel;
  destination: string;
  resetTokenHash?: string;
  resetTokenExpiresAt?: number;
  completedAt?: number;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest();

export class PasswordResets implements PasswordResetService {
  constructor(
    private readonly config: SimConfig,
    private readonly kv: KeyValueStore,
    private readonly accounts: Accounts,
    private readonly outbox: Outbox,
  ) {}

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
    const code = issueCode(record, this.config);
    await this.#save(record);
    if (record.accountId) await this.#send(record, code);
    return this.#view(record);
  }

  async check(resetId: string, code: string): Promise<{ resetToken: string }> {
    const record = await this.#require(resetId);
    if (typeof code !== 'string' || !CODE_FORMAT.test(code.trim())) {
      throw validationFailed({ code: 'code_format' });
    }
    if (!record.accountId) {
      // Same bookkeeping as a wrong code, so both paths look alike from outside.
      record.codeHash = `${newId()}:${newId()}`;
    }
    try {
      consumeCode(record, code.trim());
    } finally {
      await this.#save(record);
    }
    const resetToken = newId(32);
    record.resetTokenHash = sha256(resetToken).toString('base64url');
    record.resetTokenExpiresAt = Date.now() + TOKEN_TTL_MS;
    await this.#save(record);
    return { resetToken };
  }

  async resend(resetId: string): Promise<PasswordResetStarted> {
    const record = await this.#require(resetId);
    assertCanResend(record);
    const code = issueCode(record, this.config);
    await this.#save(record);
    if (record.accountId) await this.#send(record, code);
    return this.#view(record);
  }

  async complete(resetId: string, resetToken: string, password: string): Promise<void> {
    const record = await this.#require(resetId);
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
    const checked = checkPassword(password, {
      ...('curp' in (account?.personal ?? {})
        ? { curp: (account!.personal as { curp: string }).curp }
        : {}),
      ...(account
        ? {
            email: account.contact.email,
            name: `${account.personal.nombre} ${account.personal.primerApellido}`,
          }
        : {}),
    });
    if (!checked.ok) throw validationFailed({ password: checked.code });
    await this.accounts.setPassword(record.accountId, checked.value);
    record.completedAt = Date.now();
    await this.#save(record);
  }

  async #require(id: string): Promise<ResetRecord> {
    const record =
      typeof id === 'string' && id.length <= 64
        ? await this.kv.get<ResetRecord>(NS, id)
        : undefined;
    if (!record) throw notFound('La solicitud no existe o ya venció.');
    return record;
  }

  #save(record: ResetRecord): Promise<void> {
    return this.kv.set(NS, record.id, record, RECORD_TTL_SECONDS);
  }

  async #send(record: ResetRecord, code: string): Promise<void> {
    const minutes = Math.round(this.config.codeTtlSeconds / 60);
    await this.outbox.send({
      channel: record.channel,
      to: record.destination,
      code,
      purpose: 'password-reset',
      ...resetMessage(record.channel, code, minutes),
    });
  }

  #view(record: ResetRecord): PasswordResetStarted {
    return {
      resetId: record.id,
      channel: record.channel,
      destinationMasked:
        record.channel === 'email' ? maskEmail(record.destination) : maskMobile(record.destination),
      expiresAt: new Date(record.expiresAt).toISOString(),
      resendAvailableAt: new Date(record.resendAvailableAt).toISOString(),
    };
  }
}

function invalidToken(): SimError {
  return new SimError(422, 'code_invalid', 'El enlace para cambiar tu contraseña no es válido.', {
    fields: { resetToken: 'code_invalid' },
  });
}
