import {
  apiPaths,
  type BffClient,
  type Channel,
  LlaveError,
  type Profile,
  type UpdateContactResponse,
  type Verification,
  validateEmail,
  validateMobile,
} from '@llave-cdmx/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * One contact change at a time: the new email or mobile typed, checked with core's validators,
 * sent (`PATCH /v1/me/contact`), then the verification of the pending contact, which the
 * profile hands to `<llave-contact-verifier>`. Verifying the current, unverified contact starts
 * a plain verification (`POST /v1/verifications`). What was typed survives every error.
 */
export class ContactEditor implements ReactiveController {
  /** The channel whose form is open. */
  editing?: Channel;
  value = '';
  /** Error code of the typed value, or of the request (`email_registered`, `network_error`…). */
  error?: string;
  /** Where a person gets help with a conflict (LOCATEL), from the server. */
  helpUrl?: string;
  busy = false;
  /** The verification being checked, per channel. */
  verification: Partial<Record<Channel, Verification>> = {};

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly client: () => BffClient,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Picks up pending changes the server knows of (after a reload). */
  sync(profile: Profile): void {
    const next: Partial<Record<Channel, Verification>> = {};
    if (profile.pending?.email) next.email = profile.pending.email.verification;
    if (profile.pending?.mobile) next.sms = profile.pending.mobile.verification;
    for (const channel of ['email', 'sms'] as const) {
      // A verification of the current contact started here is not "pending" on the server.
      const mine = this.verification[channel];
      if (!next[channel] && mine && mine.status === 'pending') next[channel] = mine;
    }
    this.verification = next;
    this.host.requestUpdate();
  }

  open(channel: Channel): void {
    this.editing = channel;
    this.value = '';
    this.error = undefined;
    this.helpUrl = undefined;
    this.host.requestUpdate();
  }

  close(): void {
    this.editing = undefined;
    this.error = undefined;
    this.host.requestUpdate();
  }

  input(value: string): void {
    this.value = value;
    if (this.error) this.error = this.#check();
    this.host.requestUpdate();
  }

  #check(): string | undefined {
    const result = this.editing === 'sms' ? validateMobile(this.value) : validateEmail(this.value);
    return result.ok ? undefined : result.code;
  }

  /** Sends the new contact; answers the ficha with it pending when a code went out. */
  async submit(): Promise<Profile | undefined> {
    const channel = this.editing;
    if (!channel) return undefined;
    this.error = this.#check();
    this.helpUrl = undefined;
    if (this.error) {
      this.host.requestUpdate();
      return undefined;
    }
    let profile: Profile | undefined;
    const checked = channel === 'sms' ? validateMobile(this.value) : validateEmail(this.value);
    const body =
      channel === 'sms'
        ? { mobile: checked.ok && checked.value }
        : { email: checked.ok && checked.value };
    await this.#run(async () => {
      const res = await this.client().api<UpdateContactResponse>(apiPaths.meContact, {
        method: 'PATCH',
        body,
      });
      if (!res.verification) {
        this.error = 'same_contact';
        return false;
      }
      this.verification = { ...this.verification, [channel]: res.verification };
      this.editing = undefined;
      profile = res.profile;
      return true;
    });
    return profile;
  }

  /** Sends a code to the account's current, unverified contact. */
  verifyCurrent(channel: Channel): Promise<boolean> {
    this.editing = undefined;
    return this.#run(async () => {
      const v = await this.client().api<Verification>(apiPaths.verifications, {
        method: 'POST',
        body: { channel },
      });
      this.verification = { ...this.verification, [channel]: v };
      return true;
    });
  }

  /** The code was right: that channel has nothing pending any more. */
  verified(channel: Channel): void {
    const { [channel]: _done, ...rest } = this.verification;
    this.verification = rest;
    this.host.requestUpdate();
  }

  async #run(work: () => Promise<boolean>): Promise<boolean> {
    this.busy = true;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      return await work();
    } catch (err) {
      const e = err instanceof LlaveError ? err : undefined;
      this.error = e ? (Object.values(e.fields)[0] ?? e.code) : 'internal_error';
      this.helpUrl = e?.helpUrl;
      return false;
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }
}
