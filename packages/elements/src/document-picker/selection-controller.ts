import {
  apiPaths,
  type BffClient,
  type DocumentShare,
  type DocumentType,
  type ExpedienteDocument,
  type ShareRequest,
} from '@llave-cdmx/core';
import { html, type ReactiveController, type ReactiveElement } from 'lit';
import { LlaveDocumentSelectEvent } from '../events/document-select.js';
import { listFormat } from '../internal/intl.js';
import type { LlaveDocumentPicker } from './document-picker.js';
import type { PickerText } from './document-picker.strings.js';
import type { ExpedienteController } from './expediente-controller.js';
import { type Message, renderMessage, typeName } from './templates.js';

type Host = ReactiveElement &
  Pick<LlaveDocumentPicker, 'name' | 'requiredTypes' | 'agency' | 'agencyName' | 'tramite'> & {
    disabled: boolean;
  };

/**
 * The selection and consent flow: which documents are chosen, the citizen's consent to share
 * exactly those with the agency for the trámite, the recorded share, and what the surrounding
 * form holds (one entry per shared reference) and whether it may be sent.
 */
export class SelectionController implements ReactiveController {
  selected = new Set<string>();
  consent = false;
  /** The recorded share of the current selection, once shared. */
  share?: DocumentShare;
  sharing = false;
  message?: Message;

  constructor(
    private readonly host: Host,
    private readonly internals: ElementInternals,
    private readonly list: ExpedienteController,
    private readonly client: () => BffClient,
    private readonly text: PickerText,
  ) {
    host.addController(this);
  }

  get #t() {
    return this.text.translator;
  }

  /** The chosen documents that are still in the expediente. */
  get chosen(): ExpedienteDocument[] {
    return this.list.documents.filter((d) => this.selected.has(d.id));
  }

  /** The trámite's types no chosen document covers yet. */
  get missing(): DocumentType[] {
    const chosen = new Set(this.chosen.map((d) => d.type));
    return [...new Set(this.host.requiredTypes)].filter((t) => !chosen.has(t));
  }

  /** "Credencial INE y Recibo de luz" in the page's language. */
  listOf(types: DocumentType[]): string {
    return listFormat(this.text.language, { type: 'conjunction' }).format(
      types.map((type) => typeName(this.#t, type)),
    );
  }

  toggle(doc: ExpedienteDocument, on: boolean): void {
    const next = new Set(this.selected);
    if (on) next.add(doc.id);
    else next.delete(doc.id);
    this.selected = next;
    // Consent was for a given set of documents: a different set needs a fresh one.
    this.reset(next);
  }

  /** Forgets the consent and the share (and, by default, the selection: a form reset). */
  reset(selected = new Set<string>()): void {
    this.selected = selected;
    this.consent = false;
    this.share = undefined;
    this.message = undefined;
    this.host.requestUpdate();
  }

  get #agency(): string {
    return this.host.agencyName || this.host.agency;
  }

  get consentText(): string {
    return this.#t('share.consent', { agency: this.#agency, tramite: this.host.tramite });
  }

  async send(): Promise<void> {
    const docs = this.chosen;
    const missing = this.missing;
    const t = this.#t;
    const problem = !docs.length
      ? t('share.needSelection')
      : missing.length
        ? t('share.needRequired', { list: this.listOf(missing) })
        : !this.consent
          ? t('share.needConsent')
          : '';
    if (problem) {
      this.message = { tone: 'error', text: problem };
      this.host.requestUpdate();
      if (docs.length && !missing.length) this.#find('consent')?.focus();
      return;
    }
    const request: ShareRequest = {
      documentIds: docs.map((d) => d.id),
      agency: this.host.agency,
      tramite: this.host.tramite,
      consentText: this.consentText,
    };
    this.sharing = true;
    this.message = undefined;
    this.host.requestUpdate();
    try {
      const share = await this.client().api<DocumentShare>(apiPaths.documentShares, {
        method: 'POST',
        body: request,
      });
      this.share = share;
      this.message = {
        tone: 'ok',
        text: t('share.done', { count: share.documents.length, agency: this.#agency }),
      };
      this.host.requestUpdate();
      await this.host.updateComplete; // the form value is set before the page hears about it
      this.host.dispatchEvent(
        new LlaveDocumentSelectEvent({
          shareId: share.id,
          agency: share.agency,
          tramite: share.tramite,
          grantedAt: share.grantedAt,
          expiresAt: share.expiresAt,
          // Copied field by field so nothing else the server sent ever reaches the page.
          documents: share.documents.map(({ id, type, name, ref }) => ({ id, type, name, ref })),
        }),
      );
    } catch (error) {
      this.message = this.list.messageFor(error) ?? this.message;
    } finally {
      this.sharing = false;
      this.host.requestUpdate();
    }
  }

  #find(id: string) {
    return this.host.renderRoot.querySelector<HTMLElement>(`#${id}`);
  }

  /** After each render: the form value and validity follow the share and the selection. */
  hostUpdated(): void {
    const refs = this.share?.documents ?? [];
    const { name } = this.host;
    let value: FormData | null = null;
    if (refs.length && name) {
      value = new FormData();
      for (const d of refs) value.append(name, d.ref);
    }
    this.internals.setFormValue(value);
    const anchor = this.#find('share') ?? undefined;
    const missing = this.missing;
    const t = this.#t;
    const validity: [ValidityStateFlags, string?] = !this.list.task.value
      ? // Nothing can be chosen before the expediente arrives: say so, and leave naming the
        // missing types (Intl.ListFormat, costly to build on a slow phone) to the render that
        // shows them.
        [{ valueMissing: true }, t('loading')]
      : missing.length
        ? [
            { valueMissing: true },
            t('required.missingSummary', { count: missing.length, list: this.listOf(missing) }),
          ]
        : this.selected.size && !this.share
          ? [{ customError: true }, t('share.unshared')]
          : [{}];
    this.internals.setValidity(...validity, anchor);
  }

  render() {
    const t = this.#t;
    const done = !!this.share;
    return html`<div class="share">
      <h3>${t('share.heading')}</h3>
      <div part="consent" class="consent">
        <input
          type="checkbox"
          id="consent"
          .checked=${this.consent}
          ?disabled=${this.host.disabled || done}
          @change=${(e: Event) => {
            this.consent = (e.target as HTMLInputElement).checked;
            this.message = undefined;
            this.host.requestUpdate();
          }}
        />
        <label for="consent">${this.consentText}</label>
      </div>
      <button
        id="share"
        type="button"
        part="share-button"
        class="primary"
        ?disabled=${this.host.disabled || this.sharing || done}
        @click=${() => this.send()}
      >
        ${t(this.sharing ? 'share.sharing' : 'share.button')}
      </button>
      ${renderMessage(this.message)}
    </div>`;
  }
}
