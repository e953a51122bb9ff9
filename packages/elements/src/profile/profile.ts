import {
  apiPaths,
  type BffClient,
  type Channel,
  type ConsentHistory,
  CURP_STATES,
  type DocumentList,
  type ForeignPersonalData,
  LEVELS,
  type Level,
  LlaveError,
  type PersonalData,
  type Profile,
} from '@llave-cdmx/core';
import { html, LitElement, nothing, render, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { LlaveContactVerifiedEvent } from '../events/contact-verified.js';
import { LlaveProfileChangeEvent } from '../events/profile-change.js';
import type { FieldView } from '../internal/form/fields.js';
import { LightForm } from '../internal/form/light-form.js';
import { I18nController } from '../internal/i18n-controller.js';
import { loadContactVerifier } from '../internal/load-verifier.js';
import { SessionController } from '../internal/session-controller.js';
import { AccountRights, type Right } from './account-rights.js';
import { AddressEditor, type AddressField, type AddressText } from './address-editor.js';
import { ContactEditor } from './contact-editor.js';
import { profileNamespaces } from './profile.strings.js';
import { profileStyles } from './profile.styles.js';

/** LOCATEL and the Llave help pages: where the guide sends people with a problem. */
const DEFAULT_HELP = 'https://llave.cdmx.gob.mx/ayuda';
let instances = 0;

type Load<T> =
  | { status: 'idle' | 'loading' | 'error'; value?: T; code?: string }
  | { status: 'ready'; value: T };

/**
 * @summary The signed-in citizen's Ficha Ciudadana: registry data (read-only, with how to
 * correct it), contacts with their verified status and a verified change, the address by
 * postal code, the level and how to raise it, the expediente summary, who the documents were
 * shared with, and the account rights (download my data, "No fui yo", cancel my account).
 *
 * The address fields render in the element's light DOM (autofill and password managers do not
 * reach into shadow roots): do not put other children inside it.
 *
 * @event llave-profile-change - The ficha changed (`change`: `address`, `contact`) with the new
 *   `profile`, or every session ended (`cancelled`, `misuse-reported`).
 *
 * @csspart base - The wrapper of every section.
 * @csspart heading - The component's heading.
 * @csspart badge - The level badge.
 * @csspart section - Each section (personal, level, contact, address, expediente, consents, rights).
 * @csspart dialog - The confirmation dialog of an account right.
 *
 * @cssproperty --llave-profile-gap - Space between sections (default 1.5rem).
 * @cssproperty --llave-profile-accent - Buttons, links and the badge (default the primary colour).
 * @cssproperty --llave-profile-radius - Corner radius of boxes and buttons.
 *
 * @cssstate loading - The ficha is being read.
 * @cssstate editing - The address or a contact form is open.
 * @cssstate closed - The account was cancelled or its sessions ended (misuse report).
 *
 * @property client - The BFF client (defaults to the session's).
 * @property documentsHref - (`documents-href`) Link to the page's `<llave-document-picker>`; no link without it.
 * @property helpHref - (`help-href`) Where the citizen finds a módulo de atención and LOCATEL (default Llave's help).
 * @property resetHref - (`reset-href`) The page with `<llave-password-reset>`, offered after "No fui yo".
 */
export class LlaveProfile extends LitElement {
  static override styles = profileStyles;

  @property({ attribute: false }) client?: BffClient;
  @property({ attribute: 'documents-href' }) documentsHref?: string;
  @property({ attribute: 'help-href' }) helpHref?: string;
  @property({ attribute: 'reset-href' }) resetHref?: string;

  @state() private profile: Load<Profile> = { status: 'idle' };
  @state() private documents: Load<DocumentList> = { status: 'idle' };
  @state() private consents: Load<ConsentHistory> = { status: 'idle' };
  @state() private announcement = '';

  @query('dialog') private dialog?: HTMLDialogElement;

  readonly #uid = `llave-pf-${++instances}`;
  readonly #internals = this.attachInternals();
  readonly #i18n = new I18nController(this, profileNamespaces);
  readonly #t = this.#i18n.translator;
  readonly #session = new SessionController(this);
  readonly #address = new AddressEditor(this, () => this.#client);
  readonly #contacts = new ContactEditor(this, () => this.#client);
  readonly #rights = new AccountRights(this, () => this.#client);
  readonly #light = new LightForm(this, {
    input: (e) => {
      const el = e.target as HTMLInputElement | HTMLSelectElement;
      this.#address.input(el.name, el.value);
    },
    change: (e) => {
      const el = e.target as HTMLSelectElement;
      if (el instanceof HTMLSelectElement) this.#address.input(el.name, el.value);
    },
    submit: (e) => {
      e.preventDefault();
      void this.#saveAddress();
    },
    click: (e) => {
      if ((e.target as Element).closest('button')?.name === 'cancel-address') {
        this.#address.close();
        this.#focus('#address-title');
      }
    },
  });
  #loading?: AbortController;
  #signedIn?: boolean;
  /**
   * The verifier is fetched when a code is first needed, not with the ficha: most visits change
   * nothing, and it is most of this element's weight (DESIGN.md §6 budgets).
   */
  #verifier?: Promise<unknown>;

  get #client(): BffClient {
    return this.client ?? this.#session.store.client;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#loading?.abort();
  }

  protected override willUpdate(): void {
    const info = this.#session.state.info;
    const signedIn = info?.authenticated === true;
    // Read once per sign-in: a session refresh (new level, new contact) does not re-read it.
    if (info && signedIn !== this.#signedIn && !this.#rights.done) {
      this.#signedIn = signedIn;
      if (signedIn) void this.#load();
    }
  }

  protected override updated(): void {
    const states = this.#internals.states;
    const toggle = (name: string, on: boolean) => (on ? states.add(name) : states.delete(name));
    toggle('loading', this.profile.status === 'loading');
    toggle('editing', this.#address.open || this.#contacts.editing !== undefined);
    toggle('closed', this.#rights.done === 'cancel' || this.#rights.done === 'misuse');
    const v: FieldView = {
      errors: this.#address.errors,
      id: (name) => `${this.#uid}-${name}`,
      message: (code) => this.#i18n.error(code),
      value: (name) => this.#address.draft[name as AddressField] ?? '',
      optionalLabel: this.#t('address.optional'),
      chooseLabel: this.#t('address.choose'),
    };
    const t: AddressText = (key) => this.#t(`address.${key}`);
    render(this.#address.open ? this.#address.render(v, t) : nothing, this.#light.form, {
      host: this,
    });
    const dialog = this.dialog;
    if (dialog && this.#rights.open && !dialog.open) dialog.showModal();
    if (dialog && !this.#rights.open && dialog.open) dialog.close();
  }

  /** Reads the ficha, then the expediente summary and the consents beside it. */
  async #load(): Promise<void> {
    this.#loading?.abort();
    const abort = new AbortController();
    this.#loading = abort;
    const { signal } = abort;
    this.profile = { status: 'loading', value: this.profile.value };
    const read = async <T>(path: string): Promise<Load<T>> => {
      try {
        return { status: 'ready', value: await this.#client.api<T>(path, { signal }) };
      } catch (err) {
        return { status: 'error', code: err instanceof LlaveError ? err.code : 'internal_error' };
      }
    };
    const [profile, documents, consents] = await Promise.all([
      read<Profile>(apiPaths.me),
      read<DocumentList>(apiPaths.documents),
      read<ConsentHistory>(apiPaths.documentShares),
    ]);
    if (signal.aborted) return;
    this.profile = profile;
    this.documents = documents;
    this.consents = consents;
    if (profile.status === 'ready') this.#contacts.sync(profile.value);
  }

  #announce(text: string): void {
    // Cleared first so the same sentence twice is announced twice.
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = text;
    });
  }

  #focus(selector: string): void {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus(),
    );
  }

  #changed(change: LlaveProfileChangeEvent['change'], profile?: Profile): void {
    this.dispatchEvent(new LlaveProfileChangeEvent(change, profile));
  }

  async #saveAddress(): Promise<void> {
    const first = this.#address.validate();
    if (first) {
      await this.updateComplete;
      this.#light.form.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    const saved = await this.#address.save();
    if (saved) {
      this.profile = { status: 'ready', value: saved };
      this.#announce(this.#t('address.saved'));
      this.#focus('#address-title');
      this.#changed('address', saved);
      return;
    }
    await this.updateComplete;
    const field = Object.keys(this.#address.errors).find(
      (k) => this.#address.errors[k as AddressField],
    );
    if (field) this.#light.form.querySelector<HTMLElement>(`[name="${field}"]`)?.focus();
    else this.#focus('#address-failure');
  }

  async #onVerified(e: LlaveContactVerifiedEvent): Promise<void> {
    this.#contacts.verified(e.channel);
    // The session shows the new contact and level without a new sign-in, whichever store this
    // element uses (a provider's or the page's; the page's also hears the event: one request).
    void this.#session.store.refresh(true);
    await this.#load();
    const what = this.#t(e.channel === 'email' ? 'contact.whatEmail' : 'contact.whatMobile');
    this.#announce(this.#t('contact.changed', { what }));
    this.#focus('#contact-title');
    if (this.profile.status === 'ready') this.#changed('contact', this.profile.value);
  }

  async #confirmRight(e: Event): Promise<void> {
    e.preventDefault();
    const right = this.#rights.open;
    const text = this.renderRoot.querySelector<HTMLTextAreaElement>('#misuse-text')?.value ?? '';
    if (!(await this.#rights.confirm(text))) return;
    if (right === 'export') {
      this.#announce(this.#t('rights.exported'));
      return;
    }
    // Every session ended at the IdP and here: the session store hears it, and the page too.
    this.#changed(right === 'cancel' ? 'cancelled' : 'misuse-reported');
    await this.#session.store.refresh();
    this.#focus('.done');
  }

  override render() {
    const t = this.#t;
    const done = this.#rights.done;
    let body: TemplateResult | typeof nothing;
    if (done === 'cancel' || done === 'misuse') body = this.#renderClosed(done);
    else {
      const info = this.#session.state.info;
      const p = this.profile;
      if (info && !info.authenticated)
        body = html`<p>${t('signedOut')}</p>
          <a class="button" href=${this.#client.loginUrl(this.#returnTo)}>${t('signIn')}</a>`;
      else if (p.value) body = this.#renderFicha(p.value);
      else if (p.status === 'error')
        body = html`<p class="error" role="alert">${t('loadError')} ${this.#i18n.error(p.code ?? '')}</p>
          <button type="button" @click=${() => void this.#load()}>${t('retry')}</button>`;
      else body = html`<p role="status">${t('loading')}</p>`;
    }
    return html`<div class="base" part="base">
      <h2 part="heading">${t('title')}</h2>
      ${body}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }

  get #returnTo(): string {
    return `${location.pathname}${location.search}`;
  }

  #renderClosed(done: Right) {
    const t = this.#t;
    return html`<p class="done" tabindex="-1" role="status">
        ${t(done === 'cancel' ? 'rights.cancelDone' : 'rights.misuseDone')}
      </p>
      ${done === 'misuse' && this.resetHref ? html`<a class="button" href=${this.resetHref}>${t('rights.resetPassword')}</a>` : nothing}`;
  }

  #renderFicha(p: Profile) {
    return html`${this.#renderPersonal(p)} ${this.#renderLevel(p.level)} ${this.#renderContacts(p)}
    ${this.#renderAddress(p)} ${this.#renderExpediente()} ${this.#renderConsents()}
    ${this.#renderRights()}`;
  }

  #renderPersonal(p: Profile) {
    const t = this.#t;
    const lang = this.#i18n.language;
    const d = p.personal;
    const name = [d.nombre, d.primerApellido, d.segundoApellido].filter(Boolean).join(' ');
    const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${d.fechaNacimiento}T12:00:00Z`),
    );
    const row = (label: string, value: string) =>
      html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
    const national = 'curp' in d ? (d as PersonalData) : undefined;
    const foreign = national ? undefined : (d as ForeignPersonalData);
    return html`<section part="section" aria-labelledby="personal-title">
      <h3 id="personal-title">${t('personal.title')}</h3>
      <dl>
        ${row(t('personal.nombre'), name)}
        ${national ? row(t('personal.curp'), national.curp) : nothing}
        ${row(t('personal.sexo'), t(`common:sexo.${d.sexo}`))}
        ${row(t('personal.fechaNacimiento'), date)}
        ${national ? row(t('personal.estadoNacimiento'), national.estadoNacimiento === 'NE' ? t('common:estados.NE') : (CURP_STATES[national.estadoNacimiento as keyof typeof CURP_STATES] ?? national.estadoNacimiento)) : nothing}
        ${foreign ? row(t('personal.nacionalidad'), new Intl.DisplayNames([lang], { type: 'region' }).of(foreign.nacionalidad) ?? foreign.nacionalidad) : nothing}
        ${foreign ? row(t('personal.documento'), `${t(`common:foreignDocumentTypes.${foreign.documentoTipo}`)} ${foreign.documentoNumero}`) : nothing}
      </dl>
      ${national ? html`<p class="help">${t('personal.fromRenapo')}</p>` : nothing}
      <p class="help">${t(national ? 'personal.howToCorrect' : 'personal.foreignHowToCorrect')}
        <a href=${this.helpHref ?? DEFAULT_HELP}>${t('personal.help')}</a></p>
    </section>`;
  }

  #renderLevel(level: Level) {
    const t = this.#t;
    const name = (l: Level) => t(`common:levels.${l}.name`);
    const next = LEVELS[LEVELS.indexOf(level) + 1];
    // How the BFF says the next level is reached; a BFF without `levelUp` knows only sign-in.
    const way = next && (this.#session.state.info?.levelUp?.[next] ?? 'login');
    return html`<section part="section" aria-labelledby="level-title">
      <h3 id="level-title">${t('level.title')}</h3>
      <p><span class="badge" part="badge">${t('level.badge', { level: name(level) })}</span></p>
      <p class="help">${t(`common:levels.${level}.description`)}</p>
      ${
        !next
          ? html`<p>${t('level.isTop')}</p>`
          : way === 'login'
            ? html`<a class="button" href=${this.#client.loginUrl(this.#returnTo, next)}>${t('level.login', { level: name(next) })}</a>`
            : html`<p>${t(way === 'verify-contact' ? 'level.verify-contact' : 'level.unavailable', { level: name(next) })}</p>`
      }
    </section>`;
  }

  #renderContacts(p: Profile) {
    const t = this.#t;
    const c = this.#contacts;
    const item = (channel: Channel) => {
      const email = channel === 'email';
      const value = email ? p.contact.email : p.contact.mobile;
      const verified = email ? p.contact.emailVerified : p.contact.mobileVerified;
      const pending = email ? p.pending?.email : p.pending?.mobile;
      const verification = c.verification[channel];
      if (verification) this.#verifier ??= loadContactVerifier();
      return html`<div class="contact">
        <p><strong>${t(email ? 'contact.email' : 'contact.mobile')}</strong></p>
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
                .client=${this.#client}
                .verification=${verification}
                @llave-contact-verified=${(e: LlaveContactVerifiedEvent) => void this.#onVerified(e)}
              ></llave-contact-verifier>`
            : nothing
        }
        ${c.editing === channel ? this.#renderContactForm(channel) : this.#renderContactActions(channel, value, verified, !!verification)}
      </div>`;
    };
    return html`<section part="section" aria-labelledby="contact-title">
      <h3 id="contact-title" tabindex="-1">${t('contact.title')}</h3>
      ${item('email')} ${item('sms')}
      ${!c.editing ? this.#renderContactError() : nothing}
    </section>`;
  }

  #renderContactActions(
    channel: Channel,
    value: string | undefined,
    verified: boolean,
    verifying: boolean,
  ) {
    const t = this.#t;
    const c = this.#contacts;
    const change =
      channel === 'email'
        ? 'contact.changeEmail'
        : value
          ? 'contact.changeMobile'
          : 'contact.addMobile';
    return html`<p class="row">
      ${value && !verified && !verifying ? html`<button type="button" ?disabled=${c.busy} @click=${() => void c.verifyCurrent(channel)}>${t('contact.verify')}</button>` : nothing}
      <button type="button" data-change=${channel} @click=${() => {
        c.open(channel);
        this.#focus(`#${this.#uid}-new-${channel}`);
      }}>${t(change)}</button>
    </p>`;
  }

  #renderContactError() {
    const c = this.#contacts;
    if (!c.error) return nothing;
    return html`<p class="error" role="alert">${this.#i18n.error(c.error)}
      ${c.helpUrl ? html`<a href=${c.helpUrl}>${this.#t('contact.locatel')}</a>` : nothing}</p>`;
  }

  #renderContactForm(channel: Channel) {
    const t = this.#t;
    const c = this.#contacts;
    const id = `${this.#uid}-new-${channel}`;
    const email = channel === 'email';
    return html`<form novalidate @submit=${async (e: Event) => {
      e.preventDefault();
      const pending = await c.submit();
      if (pending) {
        this.profile = { status: 'ready', value: pending };
        await this.updateComplete;
        // The verifier's code arrives on first use: focus it once it can take focus.
        await this.#verifier;
        this.#focus('llave-contact-verifier');
      } else this.#focus(`#${id}`);
    }}>
      <div class="field">
        <label for=${id}>${t(email ? 'contact.newEmail' : 'contact.newMobile')}</label>
        <p class="help" id="${id}-help">${t(email ? 'contact.newEmailHelp' : 'contact.newMobileHelp')}</p>
        <input id=${id} name=${email ? 'email' : 'mobile'} type=${email ? 'email' : 'tel'}
          autocomplete=${email ? 'email' : 'tel-national'} inputmode=${email ? 'email' : 'tel'}
          spellcheck="false" .value=${live(c.value)} aria-invalid=${c.error ? 'true' : 'false'}
          aria-describedby="${id}-help ${id}-error"
          @input=${(e: Event) => c.input((e.target as HTMLInputElement).value)} />
        <p class="error" id="${id}-error">${c.error ? this.#i18n.error(c.error) : ''}
          ${c.error && c.helpUrl ? html`<a href=${c.helpUrl}>${t('contact.locatel')}</a>` : nothing}</p>
      </div>
      <p class="row">
        <button type="submit" class="primary" ?disabled=${c.busy}>${c.busy ? t('contact.sending') : t('contact.send')}</button>
        <button type="button" @click=${() => {
          c.close();
          this.#focus(`[data-change="${channel}"]`);
        }}>${t('contact.cancel')}</button>
      </p>
    </form>`;
  }

  #renderAddress(p: Profile) {
    const t = this.#t;
    const a = p.address;
    const editor = this.#address;
    return html`<section part="section" aria-labelledby="address-title">
      <h3 id="address-title" tabindex="-1">${t('address.title')}</h3>
      ${
        editor.open
          ? nothing
          : a
            ? html`<p class="value">${a.calle} ${a.numeroExterior}${a.numeroInterior ? `, ${a.numeroInterior}` : ''}<br />
                ${a.asentamiento} (${a.tipoAsentamiento}), ${a.codigoPostal}<br />${a.municipio}, ${a.estado}</p>`
            : html`<p class="muted">${t('address.none')}</p>`
      }
      <slot></slot>
      ${editor.failure ? html`<p class="error" role="alert" id="address-failure" tabindex="-1">${this.#i18n.error(editor.failure)}</p>` : nothing}
      ${
        editor.open
          ? nothing
          : html`<p><button type="button" @click=${() => {
              editor.start(a);
              void this.updateComplete.then(() =>
                this.#light.form.querySelector<HTMLElement>('input')?.focus(),
              );
            }}>${t('address.update')}</button></p>`
      }
    </section>`;
  }

  #renderExpediente() {
    const t = this.#t;
    const d = this.documents;
    let text: string;
    if (d.status === 'ready') {
      const cotejados = d.value.items.filter((x) => x.status === 'cotejado').length;
      text = d.value.items.length
        ? t('expediente.count', { count: d.value.items.length, cotejados })
        : t('expediente.empty');
    } else if (d.status === 'error')
      text = t(d.code === 'level_required' ? 'expediente.needsLevel' : 'expediente.unavailable');
    else text = t('common:status.loading');
    return html`<section part="section" aria-labelledby="expediente-title">
      <h3 id="expediente-title">${t('expediente.title')}</h3>
      <p>${text}</p>
      ${this.documentsHref && d.status === 'ready' ? html`<a href=${this.documentsHref}>${t('expediente.open')}</a>` : nothing}
    </section>`;
  }

  #renderConsents() {
    const t = this.#t;
    const c = this.consents;
    const date = (iso: string) =>
      new Intl.DateTimeFormat(this.#i18n.language, {
        dateStyle: 'long',
        timeStyle: 'short',
      }).format(new Date(iso));
    return html`<section part="section" aria-labelledby="consents-title">
      <h3 id="consents-title">${t('consents.title')}</h3>
      <p class="help">${t('consents.intro')}</p>
      ${
        c.status === 'ready'
          ? c.value.items.length
            ? html`<ul class="consents">${c.value.items.map(
                (x) => html`<li class="contact">
                  <p><strong>${t('consents.item', { agency: x.agency.name, tramite: x.tramite })}</strong></p>
                  <p class="muted">${t('consents.grantedAt', { date: date(x.grantedAt) })}</p>
                  <p>${t('consents.documents')}:</p>
                  <ul>${x.documents.map((doc) => html`<li>${t(`common:documentTypes.${doc.type}`)}: ${doc.name}</li>`)}</ul>
                </li>`,
              )}</ul>`
            : html`<p class="muted">${t('consents.empty')}</p>`
          : html`<p class="muted">${c.status === 'error' ? t('consents.unavailable') : t('common:status.loading')}</p>`
      }
    </section>`;
  }

  #renderRights() {
    const t = this.#t;
    const r = this.#rights;
    const ask = (right: Right) => () => r.ask(right);
    // Each right's dialog: its title (the button's words), what will happen, the confirm words.
    const key = r.open ?? 'cancel';
    const title = `rights.${key}` as const;
    const what = `rights.${key}What` as const;
    const confirm = `rights.${key}Confirm` as const;
    const reauth = `${this.#client.loginUrl(this.#returnTo)}${this.#returnTo ? '&' : '?'}reauth=1`;
    return html`<section part="section" aria-labelledby="rights-title">
      <h3 id="rights-title">${t('rights.title')}</h3>
      <p class="row">
        <button type="button" @click=${ask('export')}>${t('rights.export')}</button>
        <button type="button" @click=${ask('misuse')}>${t('rights.misuse')}</button>
        <button type="button" class="danger" @click=${ask('cancel')}>${t('rights.cancel')}</button>
      </p>
      <dialog part="dialog" aria-labelledby="dialog-title" aria-describedby="dialog-what" @close=${() => r.dismiss()}>
        ${
          r.open
            ? html`<form @submit=${(e: Event) => void this.#confirmRight(e)}>
                <h3 id="dialog-title">${t(title)}</h3>
                <p id="dialog-what">${t(what)}</p>
                ${
                  r.open === 'misuse'
                    ? html`<div class="field"><label for="misuse-text">${t('rights.misuseLabel')}</label>
                        <textarea id="misuse-text" maxlength="1000" rows="3"></textarea></div>`
                    : nothing
                }
                ${
                  r.error
                    ? html`<p class="error" role="alert">${this.#i18n.error(r.error)}
                        ${r.error === 'recent_login_required' ? html`<a href=${reauth}>${t('rights.reauth')}</a>` : nothing}</p>`
                    : nothing
                }
                <p class="row">
                  <button type="submit" class="primary ${r.open === 'export' ? '' : 'danger'}" ?disabled=${r.busy}>
                    ${r.busy ? t(r.open === 'export' ? 'rights.exporting' : 'rights.working') : t(confirm)}</button>
                  <button type="button" autofocus @click=${() => r.dismiss()}>${t('rights.back')}</button>
                </p>
              </form>`
            : nothing
        }
      </dialog>
    </section>`;
  }
}
