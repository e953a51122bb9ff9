import {
  type BffClient,
  type Channel,
  type Level,
  LlaveError,
  type SignatureReceipt,
  satisfiesLevel,
  type Verification,
} from '@llave-cdmx/core';
import { html, nothing, type PropertyValues } from 'lit';
import { LlaveDocumentSignedEvent } from '../events/document-signed.js';
import { LlaveElement } from '../internal/base-element.js';
import { baseStyles } from '../internal/base-styles.js';
import { type HelpTopic, helpStyles, renderHelp } from '../internal/help/help.js';
import { I18nController } from '../internal/i18n-controller.js';
import { loadContactVerifier } from '../internal/load-verifier.js';
import { recordStyles } from '../internal/record-styles.js';
import { SessionController } from '../internal/session-controller.js';
import { StatesController } from '../internal/states-controller.js';
import { signerNamespaces } from './document-signer.strings.js';
import { signerStyles } from './document-signer.styles.js';
import { type DocumentSource, SignFlow } from './sign-flow.js';
import { documentSummary, levelGate, receiptSection, signInGate } from './signer-templates.js';

const REQUIRED: Level = 'firma';

/**
 * @summary Signs a document with the citizen's Llave CDMX (level `firma`): shows what will be
 * signed and its SHA-256 fingerprint, asks for explicit confirmation, sends a code to a verified
 * contact and, with the right code, shows the signature receipt.
 *
 * Name the document with `document-id` (one of the citizen's expediente), `src` (a URL of the
 * agency's, same origin or CORS) or the `file` property (a `File`/`Blob` the page holds). The
 * fingerprint is computed in the browser from the bytes the citizen can open with "View the
 * document", and the server refuses to sign if the document no longer has it.
 *
 * @event llave-document-signed - Signed; `event.receipt` is the `SignatureReceipt` (folio, date,
 *   signer, fingerprint, detached JWS, verification link).
 *
 * @csspart document - The summary of what will be signed.
 * @csspart fingerprint - The grouped SHA-256 fingerprint.
 * @csspart view - The link that opens the document.
 * @csspart consent - The confirmation checkbox and its words.
 * @csspart send - The button that sends the code.
 * @csspart verifier - The embedded `<llave-contact-verifier>` (code input, countdown, resend).
 * @csspart cancel - The button that goes back without signing.
 * @csspart receipt - The signature receipt.
 * @csspart verify - The link to the verification page.
 * @csspart gate - The sign-in or level explanation.
 * @csspart help - The help disclosure at the end, the same in every component.
 *
 * @cssproperty --llave-document-signer-gap - Space between blocks (default 1rem).
 * @cssproperty --llave-document-signer-fingerprint-font - Font of the fingerprint (default monospace).
 * @cssproperty --llave-document-signer-reserved-height - Height reserved before upgrade (llave.css) and kept as a minimum, so nothing moves (default 11.5625rem, the sign-in notice and the help at the end; 13.0625rem on phones).
 *
 * @cssstate loading - The session or the document is being read.
 * @cssstate review - The document is shown for review and confirmation.
 * @cssstate code - A code was sent; it is being typed.
 * @cssstate signed - Done: the receipt is shown.
 * @cssstate signed-out - No session: the sign-in prompt is shown.
 * @cssstate level-required - The session is below `firma`: how to reach it is shown.
 * @cssstate error - The document could not be read.
 *
 * @property documentId - (`document-id`) An expediente document's id.
 * @property src - (`src`) URL of a document the page provides.
 * @property documentName - (`document-name`) Display name of a provided document (default: its file name).
 * @property file - A `File` or `Blob` the page provides (wins over `src`).
 * @property channel - (`channel`) `sms` or `email`: where the code goes (default: the verified mobile, else the email).
 * @property client - The BFF client (defaults to the session's).
 * @property helpHref - (`help-href`) The agency's help page, linked from the help at the end.
 * @property receipt - (read-only) The receipt once signed.
 */
export class LlaveDocumentSigner extends LlaveElement {
  static override styles = [baseStyles, recordStyles, signerStyles, helpStyles];

  // `static properties` rather than decorators: no page downloads the decorator runtime
  // (DESIGN.md §6). Fields below are plain assignments (useDefineForClassFields: false), so Lit's
  // accessors see them. `state: true` alone: Lit gives state no attribute (createProperty sets
  // `attribute: false`), and the manifest keeps only the header's members (public-contract.mjs).
  static override properties = {
    documentId: { attribute: 'document-id' },
    src: {},
    documentName: { attribute: 'document-name' },
    file: { attribute: false },
    channel: {},
    client: { attribute: false },
    helpHref: { attribute: 'help-href' },
    consented: { state: true },
    consentError: { state: true },
    announcement: { state: true },
  };

  documentId?: string;
  src?: string;
  documentName?: string;
  file?: Blob;
  channel?: Channel;
  client?: BffClient;
  helpHref?: string;

  private consented = false;
  private consentError = false;
  private announcement = '';

  readonly #i18n = new I18nController(this, signerNamespaces);
  readonly #t = this.#i18n.translator;
  readonly #session = new SessionController(this);
  readonly #flow = new SignFlow(
    this,
    () => this.#source,
    () => this.#client,
    (receipt) => this.#onSigned(receipt),
    () => {
      this.consented = false;
      this.#focusNext = this.#flow.changed ? '#changed' : '#title';
    },
  );
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: a controller works through its host
  readonly #states = new StatesController(this, () => {
    const gate = this.#gate;
    const step = this.#flow.step;
    return {
      loading: gate === 'loading' || (!gate && (step === 'loading' || step === 'idle')),
      'signed-out': gate === 'signed-out',
      'level-required': gate === 'level-required',
      review: !gate && (step === 'review' || step === 'sending'),
      code: !gate && step === 'code',
      signed: !gate && step === 'signed',
      error: !gate && step === 'failed',
    };
  });
  /** Where focus goes after the next render (WCAG 2.4.3: to where the step continues). */
  #focusNext?: string;

  get receipt(): SignatureReceipt | undefined {
    return this.#flow.receipt;
  }

  /** Reads and fingerprints the document again (after the page changed it, or a failure). */
  refresh(): Promise<void> {
    this.consented = false;
    return this.#flow.load();
  }

  get #client(): BffClient {
    return this.#session.client(this.client);
  }

  get #source(): DocumentSource | undefined {
    if (this.file) return { kind: 'blob', blob: this.file, name: this.documentName };
    if (this.src) return { kind: 'url', src: this.src, name: this.documentName };
    if (this.documentId) return { kind: 'expediente', documentId: this.documentId };
    return undefined;
  }

  get #gate(): 'loading' | 'signed-out' | 'level-required' | undefined {
    const info = this.#session.state.info;
    if (!info) return 'loading';
    if (!info.authenticated) return 'signed-out';
    if (!satisfiesLevel(info.user?.level, REQUIRED)) return 'level-required';
    if (this.#flow.error instanceof LlaveError && this.#flow.error.kind === 'needs-level') {
      return 'level-required';
    }
    return undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const sourceChanged = changed.has('documentId') || changed.has('src') || changed.has('file');
    const flow = this.#flow;
    if (this.#gate) return;
    // A new document (or the first one once the session allows signing) is read and reviewed;
    // a receipt already shown stays until the page asks for another document.
    if (flow.step === 'idle' || sourceChanged) {
      this.consented = false;
      void flow.load();
    }
  }

  protected override updated(): void {
    if (this.#focusNext) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.#focusNext);
      if (target) {
        target.focus();
        this.#focusNext = undefined;
      }
    }
  }

  override render() {
    const gate = this.#gate;
    const flow = this.#flow;
    // The guide's short answers for the trouble at hand, the most likely first (WCAG 3.2.6). On
    // the code step the verifier's own help is hidden (styles): one help, at the end.
    const topics: HelpTopic[] =
      gate === 'signed-out'
        ? ['forgotContact', 'pageNotLoading']
        : gate === 'level-required'
          ? // Not yet verified: the code first; verified, the firma level is what is missing.
            [
              satisfiesLevel(this.#session.state.info?.user?.level, 'verificada')
                ? 'firmaLevel'
                : 'verificationPending',
              'forgotContact',
              'pageNotLoading',
            ]
          : // The document did not load, or the code did not go out (offline, most often).
            flow.error
            ? ['pageNotLoading', 'tramitesAgency']
            : flow.step === 'code'
              ? ['code', 'forgotContact', 'pageNotLoading']
              : ['tramitesAgency', 'code', 'pageNotLoading'];
    return html`<div class="body">${this.#renderBody()}</div>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${renderHelp(this.#t, { topics, href: this.helpHref })}`;
  }

  #renderBody() {
    const gate = this.#gate;
    if (gate === 'loading') return this.#renderLoading();
    // Sign-in comes back to this page, path, query and hash.
    const here = `${location.pathname}${location.search}${location.hash}`;
    const login = this.#client.loginUrl(here, REQUIRED);
    if (gate === 'signed-out') return signInGate(this.#t, login);
    if (gate === 'level-required')
      return levelGate(this.#t, this.#session.state.info, REQUIRED, login);
    const flow = this.#flow;
    switch (flow.step) {
      case 'idle':
      case 'loading':
        return this.#renderLoading();
      case 'failed':
        return this.#renderFailure(flow.error);
      case 'code':
        return this.#renderCode();
      case 'signed':
        return receiptSection(flow.receipt!, this.#t, this.#i18n.language);
      default:
        return this.#renderReview();
    }
  }

  #renderLoading() {
    return html`<p class="muted" role="status">${this.#t('loading')}</p>`;
  }

  #renderFailure(error: unknown) {
    // Lit calls a listener with the element as `this`: `refresh` is passed as is.
    return html`<div class="notice" role="alert" part="gate">
      <p>${this.#errorText(error)}</p>
      <button type="button" @click=${this.refresh}>
        ${this.#t('common:actions.retry')}
      </button>
    </div>`;
  }

  #renderReview() {
    const flow = this.#flow;
    const doc = flow.document!;
    const sending = flow.step === 'sending';
    const startError = flow.error;
    return html`<section class="review" aria-labelledby="title">
      <h3 id="title" tabindex="-1">${this.#t('title')}</h3>
      ${
        flow.changed
          ? html`<p class="notice warning" id="changed" tabindex="-1">
              ${this.#t('review.changed')}
            </p>`
          : nothing
      }
      <p>${this.#t('review.intro')}</p>
      ${documentSummary(doc, this.#t, this.#i18n.language)}
      <p class="help">${this.#t('review.fingerprintHelp')}</p>
      <p>
        <a part="view" href=${doc.viewUrl} target="_blank" rel="noopener"
          >${this.#t('review.view')}
          <span class="muted">${this.#t('newTab')}</span></a
        >
      </p>
      <form novalidate @submit=${this.#onSend}>
        <div class="consent" part="consent">
          <input
            id="consent"
            type="checkbox"
            .checked=${this.consented}
            aria-invalid=${this.consentError ? 'true' : 'false'}
            aria-describedby="consent-error"
            @change=${(e: Event) => {
              this.consented = (e.target as HTMLInputElement).checked;
              if (this.consented) this.consentError = false;
            }}
          />
          <label for="consent">${this.#t('review.consent')}</label>
        </div>
        <p class="error" id="consent-error" role="alert">
          ${
            this.consentError
              ? this.#t('review.consentRequired')
              : startError
                ? this.#errorText(startError)
                : ''
          }
        </p>
        <div class="actions">
          <button part="send" type="submit" aria-disabled=${sending ? 'true' : 'false'}>
            ${this.#t(sending ? 'review.sending' : `review.send.${this.channel || 'any'}`)}
          </button>
        </div>
      </form>
    </section>`;
  }

  #renderCode() {
    const flow = this.#flow;
    // The request carries every field of a pending verification (id, channel, masked
    // destination, expiry, resend time, attempts); the verifier reads only those.
    const verification: Verification = { ...flow.request!, status: 'pending' };
    return html`<section class="review" aria-labelledby="title">
      <h3 id="title" tabindex="-1">${this.#t('title')}</h3>
      <p>${this.#t('code.intro', { name: flow.document!.name })}</p>
      ${documentSummary(flow.document!, this.#t, this.#i18n.language)}
      <llave-contact-verifier
        part="verifier"
        .verification=${verification}
        .codeChannel=${flow.channel}
        .client=${this.#client}
      ></llave-contact-verifier>
      <div class="actions">
        <button part="cancel" type="button" @click=${this.#onCancel}>
          ${this.#t('code.cancel')}
        </button>
      </div>
    </section>`;
  }

  #errorText(error: unknown): string {
    if (error instanceof LlaveError) return this.#i18n.error(error.code);
    const code = error instanceof Error ? error.message : '';
    return this.#t(code === 'source_missing' ? 'errors.source_missing' : 'errors.load_failed');
  }

  async #onSend(e: Event): Promise<void> {
    e.preventDefault();
    if (this.#flow.step === 'sending') return;
    if (!this.consented) {
      this.consentError = true;
      this.#focusNext = '#consent';
      return;
    }
    this.consentError = false;
    this.announcement = this.#t('review.sending');
    // The code step's verifier downloads while the code is being sent.
    const verifier = loadContactVerifier();
    await this.#flow.start(this.channel);
    if (this.#flow.step === 'code') await verifier;
    this.announcement = '';
    if (this.#flow.step === 'code') this.#focusNext = 'llave-contact-verifier';
    else if (this.#flow.step === 'review' && !this.#flow.changed) this.#focusNext = '#consent';
    this.requestUpdate();
  }

  #onCancel(): void {
    this.#flow.cancel();
    this.consented = false;
    this.#focusNext = '#title';
  }

  #onSigned(receipt: SignatureReceipt): void {
    this.#focusNext = '#receipt-title';
    this.announcement = this.#t('signed.title');
    this.dispatchEvent(new LlaveDocumentSignedEvent(receipt));
  }
}
