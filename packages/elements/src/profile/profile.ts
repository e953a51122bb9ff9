import {
  apiPaths,
  type BffClient,
  type ConsentHistory,
  type DocumentList,
  LlaveError,
  type Profile,
} from '@llave-cdmx/core';
import { html, type TemplateResult } from 'lit';
import { LlaveProfileChangeEvent } from '../events/profile-change.js';
import { LlaveElement } from '../internal/base-element.js';
import { renderHelp } from '../internal/help/help.js';
import { I18nController } from '../internal/i18n-controller.js';
import { SessionController } from '../internal/session-controller.js';
import { StagesController } from '../internal/stages-controller.js';
import { StatesController } from '../internal/states-controller.js';
import { AccountRights } from './account-rights.js';
import { AddressSection } from './address-section.js';
import { ContactEditor } from './contact-editor.js';
import {
  consentsSection,
  expedienteSection,
  type Load,
  levelSection,
  personalSection,
} from './ficha-sections.js';
import { profileNamespaces } from './profile.strings.js';
import { profileStyles } from './profile.styles.js';

let instances = 0;

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
 * @csspart help - The help disclosure at the end, the same in every component.
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
 * @property helpHref - (`help-href`) Where the citizen finds a módulo de atención and LOCATEL (default Llave's help); also linked from the help at the end.
 * @property resetHref - (`reset-href`) The page with `<llave-password-reset>`, offered after "No fui yo".
 */
export class LlaveProfile extends LlaveElement {
  static override styles = profileStyles;
  // `static properties` rather than decorators: the decorator runtime is a chunk of its own, and
  // the profile's page is within bytes of its 30 KB budget (DESIGN.md §6), the end help included.
  // Fields below are plain assignments (useDefineForClassFields: false), so Lit's accessors see them.
  // `state: true` alone: Lit gives state no attribute (createProperty sets `attribute: false`),
  // and the manifest keeps only the header's members (public-contract.mjs).
  static override properties = {
    client: { attribute: false },
    documentsHref: { attribute: 'documents-href' },
    helpHref: { attribute: 'help-href' },
    resetHref: { attribute: 'reset-href' },
    profile: { state: true },
    documents: { state: true },
    consents: { state: true },
    announcement: { state: true },
  };

  client?: BffClient;
  documentsHref?: string;
  helpHref?: string;
  resetHref?: string;

  private profile: Load<Profile> = { status: 'idle' };
  private documents: Load<DocumentList> = { status: 'idle' };
  private consents: Load<ConsentHistory> = { status: 'idle' };
  private announcement = '';

  readonly #i18n = new I18nController(this, profileNamespaces);
  readonly #t = this.#i18n.translator;
  readonly #session = new SessionController(this);
  readonly #hooks = {
    client: () => this.#session.client(this.client),
    t: this.#t,
    error: (code: string) => this.#i18n.error(code),
    uid: `llave-pf-${++instances}`,
  };
  readonly #address = new AddressSection(this, {
    ...this.#hooks,
    saved: (profile) => {
      this.profile = { status: 'ready', value: profile };
      this.#announce(this.#t('address.saved'));
      this.#focus('#address-title');
      this.dispatchEvent(new LlaveProfileChangeEvent('address', profile));
    },
    cancelled: () => this.#focus('#address-title'),
  });
  readonly #contacts = new ContactEditor(this, {
    ...this.#hooks,
    focus: (selector) => this.#focus(selector),
    pending: (profile) => {
      this.profile = { status: 'ready', value: profile };
    },
    verified: async (e) => {
      this.#contacts.verified(e.channel);
      // The session shows the new contact and level without a new sign-in, whichever store this
      // element uses (a provider's or the page's; the page's also hears the event: one request).
      void this.#session.store.refresh(true);
      await this.#load();
      const what = this.#t(e.channel === 'email' ? 'contact.whatEmail' : 'contact.whatMobile');
      this.#announce(this.#t('contact.changed', { what }));
      this.#focus('#contact-title');
      if (this.profile.status === 'ready')
        this.dispatchEvent(new LlaveProfileChangeEvent('contact', this.profile.value));
    },
  });
  readonly #rights = new AccountRights(this, {
    ...this.#hooks,
    reauthUrl: () => `${this.#loginUrl()}${this.#returnTo ? '&' : '?'}reauth=1`,
    resetHref: () => this.resetHref,
    done: async (right) => {
      if (right === 'export') return this.#announce(this.#t('rights.exported'));
      // Every session ended at the IdP and here: the session store hears it, and the page too.
      this.dispatchEvent(
        new LlaveProfileChangeEvent(right === 'cancel' ? 'cancelled' : 'misuse-reported'),
      );
      await this.#session.store.refresh();
      this.#focus('.done');
    },
  });
  // The ficha's first render comes in three tasks: who the citizen is and their level, their
  // contacts and address, then the expediente, consents, rights and the help.
  readonly #stages = new StagesController(this, 3);
  #loading?: AbortController;
  #signedIn?: boolean;

  constructor() {
    super();
    // Not kept in a field: the controller works through its host (it is added to it).
    new StatesController(this, () => ({
      loading: this.profile.status === 'loading',
      editing: this.#address.open || this.#contacts.editing !== undefined,
      closed: this.#closed !== undefined,
    }));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#loading?.abort();
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return this.#stages.complete(() => super.getUpdateComplete());
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

  /** Every session ended (cancelled, or "No fui yo"): the ficha is gone from the page. */
  get #closed(): 'cancel' | 'misuse' | undefined {
    const done = this.#rights.done;
    return done === 'export' ? undefined : done;
  }

  /** Reads the ficha, then the expediente summary and the consents beside it. */
  async #load(): Promise<void> {
    this.#loading?.abort();
    const abort = new AbortController();
    this.#loading = abort;
    const { signal } = abort;
    this.profile = { status: 'loading', value: this.profile.value };
    const client = this.#hooks.client();
    const read = async <T>(path: string): Promise<Load<T>> => {
      try {
        return { status: 'ready', value: await client.api<T>(path, { signal }) };
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

  get #returnTo(): string {
    return `${location.pathname}${location.search}`;
  }

  #loginUrl(level?: Parameters<BffClient['loginUrl']>[1]): string {
    return this.#hooks.client().loginUrl(this.#returnTo, level);
  }

  override render() {
    const t = this.#t;
    const closed = this.#closed;
    /** Undefined while the session or the ficha is read. */
    let body: TemplateResult | undefined;
    let ficha = false;
    if (closed) body = this.#rights.renderClosed(closed);
    else {
      const info = this.#session.state.info;
      const p = this.profile.value;
      const lang = this.#i18n.language;
      if (info && !info.authenticated)
        body = html`<p>${t('signedOut')}</p>
          <a class="button" href=${this.#loginUrl()}>${t('common:actions.signIn')}</a>`;
      else if (p) {
        // The ficha, in its three stages.
        body = html`${personalSection(p, t, lang, this.helpHref)}
          ${levelSection(p.level, t, info?.levelUp, (next) => this.#loginUrl(next))}
          ${this.#stages.stage(2, () => html`${this.#contacts.render(p)} ${this.#address.render(p.address)}`)}
          ${this.#stages.stage(
            3,
            () => html`${expedienteSection(this.documents, t, this.documentsHref)}
            ${consentsSection(this.consents, t, lang)} ${this.#rights.render()}`,
          )}`;
        ficha = true;
      } else if (this.profile.status === 'error')
        body = html`<p class="error" role="alert">${t('loadError')} ${this.#i18n.error(this.profile.code ?? '')}</p>
          <button type="button" @click=${() => void this.#load()}>${t('common:actions.retry')}</button>`;
    }
    // While the session or the ficha is read, only that line: the help comes with what arrives,
    // at its end, so the arrival (a ficha taller than a screen, or the sign-in notice) moves
    // nothing already in view (CLS 0).
    return html`<div class="base" part="base">
      <h2 part="heading">${t('title')}</h2>
      ${body ?? html`<p role="status">${t('loading')}</p>`}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${
        body &&
        // The ficha's help comes with its last stage, at its end.
        (!ficha || this.#stages.shows(3)) &&
        renderHelp(t, {
          // Contact trouble first (the ficha's changes go through a code), then the rest.
          topics: ['contactTypo', 'forgotContact', 'code', 'pageNotLoading', 'tramitesAgency'],
          href: this.helpHref,
        })
      }
    </div>`;
  }
}
