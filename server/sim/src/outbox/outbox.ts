/**
 * The development outbox: instead of sending email or SMS, the simulator keeps every message
 * (with its code) so people and tests can read it at `/dev/outbox`.
 */
import { newId } from '../ids.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/store.js';
import type { Outbox, OutboxMessage } from '../types.js';
import { checkEmail, checkMobile } from '../validation.js';

/** Old messages are dropped so a long-running simulator's store does not grow forever. */
const MAX_MESSAGES = 500;

export class StoreOutbox implements Outbox {
  constructor(
    private readonly store: Store,
    private readonly log?: Logger,
  ) {}

  async send(message: Omit<OutboxMessage, 'id' | 'sentAt'>): Promise<OutboxMessage> {
    const sent: OutboxMessage = { ...message, id: newId(9), sentAt: new Date().toISOString() };
    const all = this.store.data.outbox;
    all.push(sent);
    if (all.length > MAX_MESSAGES) all.splice(0, all.length - MAX_MESSAGES);
    await this.store.write();
    // The code is a secret in logs even in development: the outbox page is where to read it.
    this.log?.info(
      { outboxId: sent.id, channel: sent.channel, purpose: sent.purpose },
      'message queued in the dev outbox',
    );
    return structuredClone(sent);
  }

  async list(filter: { to?: string } = {}): Promise<OutboxMessage[]> {
    const to = filter.to ? normalizeDestination(filter.to) : undefined;
    return this.store.data.outbox
      .filter((m) => !to || normalizeDestination(m.to) === to)
      .map((m) => structuredClone(m))
      .reverse();
  }
}

/**
 * `?to=` is typed by people and tests: `+52 55…` arrives as ` 52 55…` once a query string's
 * `+` becomes a space, so phones and emails are compared in their normalised form.
 */
function normalizeDestination(raw: string): string {
  if (raw.includes('@')) {
    const email = checkEmail(raw);
    return email.ok ? email.value : raw.trim().toLowerCase();
  }
  const mobile = checkMobile(raw);
  return mobile.ok ? mobile.value : raw.trim();
}
