import {
  type BffClient,
  type Channel,
  common,
  LEVELS,
  type Level,
  LlaveError,
  type SignatureReceipt,
  type Verification,
} from '@llave-cdmx/core';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LlaveDocumentSignedEvent } from '../events/document-signed.js';
import { baseStyles } from '../internal/base-styles.js';
import { formatBytes, formatDocDate } from '../internal/documents-format.js';
import { I18nController } from '../internal/i18n-controller.js';
import { loadContactVerifier } from '../internal/load-verifier.js';
import { recordStyles } from '../internal/record-styles.js';
import { SessionController } from '../internal/session-controller.js';
import { signerStrings as S } from './document-signer.strings.js';
import { signerStyles } from './document-signer.styles.js';
import { groupFingerprint } from './fingerprint.js';
import { type DocumentSource, SignFlow } from './sign-flow.js';

const REQUIRED: Level = 'firma';
const rank = (level: Level | undefined) => (level ? LEVELS.indexOf(level) : -1);

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
 *
 * @cssproperty --llave-document-signer-gap - Space between blocks (default 1rem).
 * @cssproperty --llave-document-signer-fingerprint-font - Font of the fingerprint (default monospace).
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
 * @property receipt - (read-only) The receipt once signed.
 */
export class LlaveDocumentSigner extends LitElement {
  static override styles = [baseStyles, recordStyles, signerStyles];

  @property({ attribute: 'document-id' }) documentId?: string;
  @property() src?: string;
  @property({ attribute: 'document-name' }) documentName?: string;
  @property({ attribute: false }) file?: Blob;
  @property() channel?: Channel;
  @property({ attribute: false }) client?: BffClient;

  @state() private consented = false;
  @state() private consentError = false;
  @state() private announcement = '';

  readonly #internals = this.attachInternals();
  readonly #i18n = new I18nController(this, [S, common]);
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
    return this.client ?? this.#session.store.client;
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
    if (rank(info.user?.level) < rank(REQUIRED)) return 'level-required';
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
    const gate = this.#gate;
    const step = this.#flow.step;
    const states = this.#internals.states;
    const set = (name: string, on: boolean) => (on ? states.add(name) : states.delete(name));
    set('loading', gate === 'loading' || (!gate && (step === 'loading' || step === 'idle')));
    set('signed-out', gate === 'signed-out');
    set('level-required', gate === 'level-required');
    set('review', !gate && (step === 'review' || step === 'sending'));
    set('code', !gate && step === 'code');
    set('signed', !gate && step === 'signed');
    set('error', !gate && step === 'failed');
    if (this.#focusNext) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.#focusNext);
      if (target) {
        target.focus();
        this.#focusNext = undefined;
      }
    }
  }

  #t(key: Parameters<typeof S.t>[0], opts?: Record<string, unknown>): string {
    return this.#i18n.t(S, key, opts);
  }

  get #here(): string {
    return `${location.pathname}${location.search}${location.hash}`;
  }

  override render() {
    return html`${this.#renderBody()}
      <p class="visually-hidden" role="status">${this.announcement}</p>`;
  }

  #renderBody() {
    const gate = this.#gate;
    if (gate === 'loading') return this.#renderLoading();
    if (gate === 'signed-out') return this.#renderSignIn();
    if (gate === 'level-required') return this.#renderLevel();
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
        return this.#renderReceipt(flow.receipt!);
      default:
        return this.#renderReview();
    }
  }

  #renderLoading() {
    return html`<p class="muted" role="status">${this.#t('loading')}</p>`;
  }

  #renderSignIn() {
    return html`<div class="notice" part="gate">
      <p>${this.#t('gate.signIn')}</p>
      <a class="button" href=${this.#client.loginUrl(this.#here, REQUIRED)}
        >${this.#t('gate.signInLink')}</a
      >
    </div>`;
  }

  #renderLevel() {
    const info = this.#session.state.info;
    const levelName = (l: Level) => this.#i18n.t(common, `levels.${l}.name`);
    // How the BFF says this level is reached; a BFF without `levelUp` knows only sign-in.
    const way = info?.levelUp?.[REQUIRED] ?? 'login';
    return html`<div class="notice" part="gate">
      <p>
        ${this.#t('gate.level', {
          level: levelName(REQUIRED),
          current: levelName(info?.user?.level ?? 'basica'),
        })}
      </p>
      ${
        way === 'login'
          ? html`<a class="button" href=${this.#client.loginUrl(this.#here, REQUIRED)}
              >${this.#t('gate.login', { level: levelName(REQUIRED) })}</a
            >`
          : html`<p>${this.#t(`gate.${way}`)}</p>`
      }
    </div>`;
  }

  #renderFailure(error: unknown) {
    return html`<div class="notice" role="alert" part="gate">
      <p>${this.#errorText(error)}</p>
      <button type="button" class="secondary" @click=${() => this.refresh()}>
        ${this.#t('retry')}
      </button>
    </div>`;
  }

  #renderDocument() {
    const doc = this.#flow.document!;
    const lang = this.#i18n.language;
    return html`<dl part="document">
      <div><dt>${this.#t('review.name')}</dt><dd>${doc.name}</dd></div>
      ${
        doc.type
          ? html`<div>
              <dt>${this.#t('review.type')}</dt>
              <dd>${this.#i18n.t(common, `documentTypes.${doc.type}`)}</dd>
            </div>`
          : nothing
      }
      <div><dt>${this.#t('review.size')}</dt><dd>${formatBytes(doc.sizeBytes, lang)}</dd></div>
      <div class="wide">
        <dt id="fingerprint-label">${this.#t('review.fingerprint')}</dt>
        <dd>${this.#renderFingerprint(doc.sha256)}</dd>
      </div>
    </dl>`;
  }

  #renderFingerprint(sha256: string) {
    return html`<span class="fingerprint" part="fingerprint" translate="no"
      >${groupFingerprint(sha256).map((g) => html`<span>${g}</span> `)}</span
    >`;
  }

  #renderReview() {
    const flow = this.#flow;
    const doc = flow.document!;
    const sending = flow.step === 'sending';
    const startError = flow.error;
    const send = this.channel ? `review.send.${this.channel}` : 'review.send.any';
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
      ${this.#renderDocument()}
      <p class="help">${this.#t('review.fingerprintHelp')}</p>
      <p>
        <a part="view" href=${doc.viewUrl} target="_blank" rel="noopener"
          >${this.#t('review.view')}
          <span class="muted">${this.#t('review.viewHint')}</span></a
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
            ${sending ? this.#t('review.sending') : this.#t(send as 'review.send.any')}
          </button>
        </div>
      </form>
    </section>`;
  }

  #renderCode() {
    const flow = this.#flow;
    const request = flow.request!;
    const verification: Verification = {
      id: request.id,
      channel: request.channel,
      destinationMasked: request.destinationMasked,
      expiresAt: request.expiresAt,
      resendAvailableAt: request.resendAvailableAt,
      attemptsLeft: request.attemptsLeft,
      status: 'pending',
    };
    return html`<section class="review" aria-labelledby="title">
      <h3 id="title" tabindex="-1">${this.#t('title')}</h3>
      <p>${this.#t('code.intro', { name: flow.document!.name })}</p>
      ${this.#renderDocument()}
      <llave-contact-verifier
        part="verifier"
        .verification=${verification}
        .codeChannel=${flow.channel}
        .client=${this.#client}
      ></llave-contact-verifier>
      <div class="actions">
        <button part="cancel" type="button" class="secondary" @click=${this.#onCancel}>
          ${this.#t('code.cancel')}
        </button>
      </div>
    </section>`;
  }

  #renderReceipt(receipt: SignatureReceipt) {
    const lang = this.#i18n.language;
    return html`<section class="receipt" part="receipt" aria-labelledby="receipt-title">
      <h3 id="receipt-title" tabindex="-1">${this.#t('signed.title')}</h3>
      <p>${this.#t('signed.intro', { name: receipt.document.name })}</p>
      <dl>
        <div><dt>${this.#t('signed.folio')}</dt><dd class="folio">${receipt.folio}</dd></div>
        <div>
          <dt>${this.#t('signed.signedAt')}</dt>
          <dd>${formatDocDate(receipt.signedAt, lang, true)}</dd>
        </div>
        <div><dt>${this.#t('signed.signer')}</dt><dd>${receipt.signer.name}</dd></div>
        ${
          receipt.signer.curp
            ? html`<div><dt>${this.#t('signed.curp')}</dt><dd>${receipt.signer.curp}</dd></div>`
            : nothing
        }
        <div class="wide">
          <dt>${this.#t('signed.fingerprint')}</dt>
          <dd>${this.#renderFingerprint(receipt.document.sha256)}</dd>
        </div>
      </dl>
      <p>
        <a part="verify" href=${receipt.verifyUrl} target="_blank" rel="noopener"
          >${this.#t('signed.verify')} <span class="muted">${this.#t('signed.verifyHint')}</span></a
        >
      </p>
    </section>`;
  }

  #errorText(error: unknown): string {
    if (error instanceof LlaveError) return this.#i18n.error(error.code);
    const code = error instanceof Error ? error.message : '';
    return code === 'source_missing'
      ? this.#t('errors.source_missing')
      : this.#t('errors.load_failed');
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
