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
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { LlaveContactVerifiedEvent } from '../events/contact-verified.js';
import { loadContactVerifier } from '../internal/load-verifier.js';
import type { ProfileT } from './profile.strings.js';

/** What the contact section needs from the profile. */
export interface ContactHooks {
  client(): BffClient;
  t: ProfileT;
  /** An error code in words. */
  error(code: string): string;
  /** The profile's unique id prefix, for the inputs' ids. */
  uid: string;
  /** Focuses what `selector` matches in the profile's shadow root once it has rendered. */
  focus(selector: string): void;
  /** A code went out: the ficha now has the change pending. */
  pending(profile: Profile): void;
  /** The code was right (the verifier's event). */
  verified(e: LlaveContactVerifiedEvent): void;
}

/**
 * One contact change at a time: the new email or mobile typed, checked with core's validators,
 * sent (`PATCH /v1/me/contact`), then the verification of the pending contact, which the
 * profile hands to `<llave-contact-verifier>`. Verifying the current, unverified contact starts
 * a plain verification (`POST /v1/verifications`). What was typed survives every error.
 */
export class ContactEditor {
  /** The channel whose form is open. */
  editing?: Channel;
  value = '';
  /** Error code of the typed value, or of the request (`email_registered`, `network_error`…). */
  error?: string;
  /** Where a person gets help with a conflict (LOCATEL), from the server. */
  helpUrl?: string;
  // Starts undefined (falsy), with no initialiser to ship.
  busy?: boolean;
  /** The verification being checked, per channel. */
  verification: Partial<Record<Channel, Verification>> = {};

  /**
   * The verifier is fetched when a code is first needed, not with the ficha: most visits change
   * nothing, and it is most of this element's weight (DESIGN.md §6 budgets).
   */
  #verifier?: Promise<unknown>;

  readonly #hooks: ContactHooks;

  constructor(
    private readonly host: ReactiveControllerHost,
    hooks: ContactHooks,
  ) {
    // Not a controller: nothing here follows the host's lifecycle, the host only renders it.
    this.#hooks = hooks;
  }

  /** Picks up pending changes the server knows of (after a reload). */
  sync(profile: Profile): void {
    const next: Partial<Record<Channel, Verification>> = {};
    for (const channel of ['email', 'sms'] as const) {
      // A verification of the current contact started here is not "pending" on the server.
      const mine = this.verification[channel];
      const v =
        profile.pending?.[channel === 'sms' ? 'mobile' : 'email']?.verification ??
        (mine?.status === 'pending' ? mine : undefined);
      if (v) next[channel] = v;
    }
    this.verification = next;
    this.host.requestUpdate();
  }

  input(value: string): void {
    this.value = value;
    // Once an error shows, it follows what is typed.
    if (this.error) {
      const result = this.#validate();
      this.error = result.ok ? undefined : result.code;
    }
    this.host.requestUpdate();
  }

  /** Core's validator of the open form's channel. */
  #validate() {
    return this.editing === 'sms' ? validateMobile(this.value) : validateEmail(this.value);
  }

  /** The code was right: that channel has nothing pending any more. */
  verified(channel: Channel): void {
    const { [channel]: _done, ...rest } = this.verification;
    this.verification = rest;
    this.host.requestUpdate();
  }

  /** The contact section: each contact with its status, its verifier or its change form. */
  render(p: Profile) {
    const { t } = this.#hooks;
    return html`<section part="section" aria-labelledby="contact-title">
      <h3 id="contact-title" tabindex="-1">${t('contact.title')}</h3>
      ${this.#renderItem(p, 'email')} ${this.#renderItem(p, 'sms')}
      ${this.#renderError()}
    </section>`;
  }

  /** Opens a channel's change form, empty and without the last error. */
  open(channel: Channel): void {
    this.editing = channel;
    this.value = '';
    this.error = this.helpUrl = undefined;
    this.host.requestUpdate();
  }

  close(): void {
    this.editing = this.error = undefined;
    this.host.requestUpdate();
  }

  /** Sends a code to the account's current, unverified contact. */
  verifyCurrent(channel: Channel): Promise<void> {
    this.editing = undefined;
    return this.#run(async () => {
      const v = await this.#hooks.client().api<Verification>(apiPaths.verifications, {
        method: 'POST',
        body: { channel },
      });
      this.verification = { ...this.verification, [channel]: v };
    });
  }

  #renderItem(p: Profile, channel: Channel) {
    const hooks = this.#hooks;
    const { t } = hooks;
    const email = channel === 'email';
    // The profile names the channels `email` and `mobile`.
    const key = email ? 'email' : 'mobile';
    const value = p.contact[key];
    const verified = p.contact[`${key}Verified`];
    const pending = p.pending?.[key];
    const verification = this.verification[channel];
    if (verification) this.#verifier ??= loadContactVerifier();
    return html`<div class="contact">
      <p><strong>${t(email ? 'common:personal.email' : 'common:personal.mobile')}</strong></p>
      ${
        value
          ? html`<p class="row"><span class="value">${value}</span>
              <span class="status ${verified ? 'ok' : 'no'}">${t(verified ? 'contact.verified' : 'contact.unverified')}</span></p>`
          : html`<p class="muted">${t('contact.noMobile')}</p>`
      }
      ${pending ? html`<p>${t('contact.pending', { value: pending.value })}</p><p class="help">${t('contact.pendingHelp')}</p>` : nothing}
      ${
        verification
          ? html`<llave-contact-verifier
              .client=${hooks.client()}
              .verification=${verification}
              @llave-contact-verified=${(e: LlaveContactVerifiedEvent) => hooks.verified(e)}
            ></llave-contact-verifier>`
          : nothing
      }
      ${this.editing === channel ? this.#renderForm(channel) : this.#renderActions(channel, value, verified, !!verification)}
    </div>`;
  }

  /** A contact's actions: verify the current one (unverified, no code out yet), change it. */
  #renderActions(
    channel: Channel,
    value: string | undefined,
    verified: boolean,
    verifying: boolean,
  ) {
    const { t, focus, uid } = this.#hooks;
    const change =
      channel === 'email'
        ? 'contact.changeEmail'
        : value
          ? 'contact.changeMobile'
          : 'contact.addMobile';
    return html`<p class="row">
      ${value && !verified && !verifying ? html`<button type="button" ?disabled=${this.busy} @click=${() => void this.verifyCurrent(channel)}>${t('contact.verify')}</button>` : nothing}
      <button type="button" data-change=${channel} @click=${() => {
        this.open(channel);
        focus(`#${uid}-new-${channel}`);
      }}>${t(change)}</button>
    </p>`;
  }

  /** The request's error, once its form is closed (an open form shows it at its field). */
  #renderError() {
    if (this.editing || !this.error) return nothing;
    return html`<p class="error" role="alert">${this.#hooks.error(this.error)}
      ${this.helpUrl ? html`<a href=${this.helpUrl}>${this.#hooks.t('contact.locatel')}</a>` : nothing}</p>`;
  }

  /**
   * The form's submit: the new contact, checked, is sent; when a code went out the ficha has it
   * pending and the verifier takes focus, else the field does (its error beside it).
   */
  async #onSubmit(e: Event, channel: Channel, id: string): Promise<void> {
    e.preventDefault();
    const checked = this.#validate();
    this.helpUrl = undefined;
    let profile: Profile | undefined;
    if (!checked.ok) {
      this.error = checked.code;
      this.host.requestUpdate();
    } else
      await this.#run(async () => {
        // The validator's value (normalised), as `{ email }` or `{ mobile }`.
        const res = await this.#hooks.client().api<UpdateContactResponse>(apiPaths.meContact, {
          method: 'PATCH',
          body: { [channel === 'sms' ? 'mobile' : 'email']: checked.value },
        });
        if (!res.verification) {
          this.error = 'same_contact';
          return;
        }
        this.verification = { ...this.verification, [channel]: res.verification };
        this.editing = undefined;
        profile = res.profile;
      });
    if (profile) {
      this.#hooks.pending(profile);
      // The verifier's code arrives on first use: focus it once it can take focus.
      await this.host.updateComplete;
      await this.#verifier;
      this.#hooks.focus('llave-contact-verifier');
    } else this.#hooks.focus(`#${id}`);
  }

  /** A channel's change form: the new contact, checked by core's validator, then a code. */
  #renderForm(channel: Channel) {
    const { t, error, uid, focus } = this.#hooks;
    const id = `${uid}-new-${channel}`;
    const email = channel === 'email';
    return html`<form novalidate @submit=${(e: Event) => void this.#onSubmit(e, channel, id)}>
      <div class="field">
        <label for=${id}>${t(email ? 'contact.newEmail' : 'contact.newMobile')}</label>
        <p class="help" id="${id}-help">${t(email ? 'contact.newEmailHelp' : 'contact.newMobileHelp')}</p>
        <input id=${id} name=${email ? 'email' : 'mobile'} type=${email ? 'email' : 'tel'}
          autocomplete=${email ? 'email' : 'tel-national'} inputmode=${email ? 'email' : 'tel'}
          spellcheck="false" .value=${this.value} aria-invalid=${this.error ? 'true' : 'false'}
          aria-describedby="${id}-help ${id}-error"
          @input=${(e: Event) => this.input((e.target as HTMLInputElement).value)} />
        <p class="error" id="${id}-error">${this.error ? error(this.error) : ''}
          ${this.error && this.helpUrl ? html`<a href=${this.helpUrl}>${t('contact.locatel')}</a>` : nothing}</p>
      </div>
      <p class="row">
        <button type="submit" class="primary" ?disabled=${this.busy}>${this.busy ? t('contact.sending') : t('contact.send')}</button>
        <button type="button" @click=${() => {
          this.close();
          focus(`[data-change="${channel}"]`);
        }}>${t('common:actions.cancel')}</button>
      </p>
    </form>`;
  }

  async #run(work: () => Promise<void>): Promise<void> {
    this.busy = true;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      await work();
    } catch (err) {
      const e = err instanceof LlaveError ? err : undefined;
      this.error = e ? (Object.values(e.fields)[0] ?? e.code) : 'internal_error';
      this.helpUrl = e?.helpUrl;
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }
}
