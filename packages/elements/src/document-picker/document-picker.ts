import { Task, TaskStatus } from '@lit/task';
import {
  apiPaths,
  type BffClient,
  common,
  DOCUMENT_TYPES,
  type DocumentList,
  type DocumentShare,
  type DocumentType,
  type ExpedienteDocument,
  LlaveError,
  type ShareRequest,
} from '@llave-cdmx/core';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { LlaveDocumentSelectEvent } from '../events/document-select.js';
import { ConnectivityController } from '../internal/connectivity-controller.js';
import { formatDocDate, prepareRecordFormats, searchable } from '../internal/documents-format.js';
import { I18nController } from '../internal/i18n-controller.js';
import { listFormat } from '../internal/intl.js';
import { SessionController } from '../internal/session-controller.js';
import { StatesController } from '../internal/states-controller.js';
import { documentPickerStrings as S } from './document-picker.strings.js';
import { documentPickerStyles } from './document-picker.styles.js';
import { checkFile, formatBytes } from './file-check.js';
import { uploadWithProgress } from './upload.js';

type Dialog =
  | { kind: 'delete'; doc: ExpedienteDocument }
  | { kind: 'replace'; doc: ExpedienteDocument; file: File };
type Message = { tone: 'error' | 'ok'; text: string };

const typeList = {
  fromAttribute: (v: string | null): DocumentType[] =>
    (v ?? '')
      .split(/[\s,]+/)
      .filter((t): t is DocumentType => (DOCUMENT_TYPES as readonly string[]).includes(t)),
  toAttribute: (v: DocumentType[]) => v.join(','),
};

/**
 * @summary The citizen's expediente (document file): list, search, upload, replace, delete, and
 * share chosen documents with an agency after explicit consent.
 *
 * @event llave-document-select - After consent and a recorded share; `event.selection` holds the
 *   share id and one opaque reference per document (never the files' bytes).
 *
 * @csspart base - The outer wrapper.
 * @csspart heading - The component's heading.
 * @csspart requirements - The list of document types the trámite needs.
 * @csspart filters - Search box and type filter.
 * @csspart list - The list of documents.
 * @csspart item - One document.
 * @csspart status - A document's status badge.
 * @csspart dropzone - The upload area (drag and drop + file button).
 * @csspart file-button - The "Elegir archivo" button.
 * @csspart progress - The upload progress bar.
 * @csspart consent - The consent checkbox and its text.
 * @csspart share-button - The button that shares the chosen documents.
 * @csspart dialog - The confirmation dialog for replace and delete.
 * @csspart message - Status and error messages.
 *
 * @cssproperty --llave-document-picker-background - Background of the component.
 * @cssproperty --llave-document-picker-border-color - Borders of items and the drop zone.
 * @cssproperty --llave-document-picker-accent - Buttons and highlights (defaults to the primary color).
 * @cssproperty --llave-document-picker-gap - Space between sections.
 * @cssproperty --llave-document-picker-radius - Corner radius.
 * @cssproperty --llave-document-picker-reserved-height - Height reserved before upgrade (llave.css) and kept as a minimum, so nothing moves (default 10.125rem; 13.125rem on phones).
 *
 * @cssstate loading - The session or the list is loading.
 * @cssstate signed-out - No session: the sign-in prompt is shown.
 * @cssstate offline - No connection.
 * @cssstate uploading - An upload is in progress.
 * @cssstate missing - Required document types are not chosen yet.
 * @cssstate shared - The chosen documents were shared.
 *
 * name - Form field name; the form receives one entry per shared document reference.
 * requiredTypes (required-types) - Comma-separated document types the trámite needs.
 * agency - Agency client id sent with the share (and shown when agency-name is absent).
 * agencyName (agency-name) - Agency name shown in the consent text.
 * tramite - The trámite the documents are for, shown in the consent text and recorded.
 * disabled - Disables every control.
 * client - The BFF client (defaults to the session's).
 */
export class LlaveDocumentPicker extends LitElement {
  static override styles = documentPickerStyles;
  static formAssociated = true;
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  @property({ reflect: true }) name = '';
  @property({ attribute: 'required-types', converter: typeList }) requiredTypes: DocumentType[] =
    [];
  @property() agency = '';
  @property({ attribute: 'agency-name' }) agencyName = '';
  @property() tramite = '';
  @property({ type: Boolean, reflect: true }) disabled = false;
  @property({ attribute: false }) client?: BffClient;

  @state() private _selected = new Set<string>();
  @state() private _query = '';
  // `undefined`: the default, the trámite's own types when it names some (a short list on a phone).
  @state() private _typeFilter?: DocumentType | '' | 'required';
  @state() private _uploadType: DocumentType | '' = '';
  @state() private _progress?: number;
  @state() private _uploadMessage?: Message;
  @state() private _dialog?: Dialog;
  @state() private _consent = false;
  @state() private _share?: DocumentShare;
  @state() private _sharing = false;
  @state() private _shareMessage?: Message;
  @state() private _reload = 0;

  @query('dialog') private _dialogEl?: HTMLDialogElement;
  @query('#consent') private _consentEl?: HTMLInputElement;
  @query('#share') private _shareButton?: HTMLButtonElement;
  @query('#replace-input') private _replaceInput?: HTMLInputElement;
  @query('#list-heading') private _listHeading?: HTMLElement;

  readonly #internals = this.attachInternals();
  readonly #i18n = new I18nController(this, [S, common]);
  readonly #session = new SessionController(this);
  #opener?: HTMLElement;
  #replaceTarget?: ExpedienteDocument;
  #dragDepth = 0;

  readonly #list = new Task(this, {
    task: async ([signedIn], { signal }) => {
      if (!signedIn) return undefined;
      return this.#client.api<DocumentList>(apiPaths.documents, { signal });
    },
    args: () => [this.#session.state.info?.authenticated === true, this._reload] as const,
  });

  get #client(): BffClient {
    return this.#session.client(this.client);
  }

  get #lang(): string {
    return this.#i18n.language;
  }

  #t(key: Parameters<typeof S.t>[0], opts?: Record<string, unknown>): string {
    return this.#i18n.t(S, key, opts);
  }

  /** Reloads the expediente from the server. */
  refresh(): void {
    this._reload++;
  }

  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }
  get validity(): ValidityState {
    return this.#internals.validity;
  }
  get validationMessage(): string {
    return this.#internals.validationMessage;
  }
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // While the session and the list are on their way.
    prepareRecordFormats(this.#lang);
  }

  // Back online after a failed load: try again without making the citizen press anything.
  readonly #net = new ConnectivityController(this, () => {
    if (this.#list.error) this.refresh();
  });

  formResetCallback(): void {
    this._selected = new Set();
    this._consent = false;
    this._share = undefined;
    this._shareMessage = undefined;
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  protected override updated(changed: PropertyValues): void {
    this.#syncForm();
    if (changed.has('_dialog') && this._dialog && !this._dialogEl?.open)
      this._dialogEl?.showModal();
  }

  /* ------------------------------------------------------------- derived */

  get #documents(): ExpedienteDocument[] {
    return this.#list.value?.items ?? [];
  }

  get #missing(): DocumentType[] {
    const chosen = new Set(
      this.#documents.filter((d) => this._selected.has(d.id)).map((d) => d.type),
    );
    return [...new Set(this.requiredTypes)].filter((t) => !chosen.has(t));
  }

  #typeName(t: DocumentType): string {
    return this.#i18n.t(common, `documentTypes.${t}`);
  }

  #listOf(types: DocumentType[]): string {
    return listFormat(this.#lang, { type: 'conjunction' }).format(
      types.map((t) => this.#typeName(t)),
    );
  }

  #syncForm(): void {
    const refs = this._share?.documents ?? [];
    if (refs.length && this.name) {
      const data = new FormData();
      for (const d of refs) data.append(this.name, d.ref);
      this.#internals.setFormValue(data);
    } else {
      this.#internals.setFormValue(null);
    }
    const missing = this.#missing;
    const anchor = this._shareButton ?? undefined;
    if (!this.#list.value) {
      // Nothing can be chosen before the expediente arrives: say so, and leave naming the
      // missing types (Intl.ListFormat, costly to build on a slow phone) to the render that
      // shows them.
      this.#internals.setValidity({ valueMissing: true }, this.#t('loading'), anchor);
    } else if (missing.length) {
      this.#internals.setValidity(
        { valueMissing: true },
        this.#t('required.missingSummary', { count: missing.length, list: this.#listOf(missing) }),
        anchor,
      );
    } else if (this._selected.size && !this._share) {
      this.#internals.setValidity({ customError: true }, this.#t('share.unshared'), anchor);
    } else {
      this.#internals.setValidity({});
    }
  }

  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: a controller works through its host
  readonly #states = new StatesController(this, this.#internals, () => {
    const signedIn = this.#session.state.info?.authenticated === true;
    return {
      loading: !this.#session.state.info || this.#list.status === TaskStatus.PENDING,
      'signed-out': this.#session.state.info?.authenticated === false || this.#needsLogin,
      offline: signedIn && this.#isOffline,
      uploading: this._progress !== undefined,
      missing: this.#missing.length > 0,
      shared: !!this._share,
    };
  });

  get #needsLogin(): boolean {
    const e = this.#list.error;
    return e instanceof LlaveError && e.kind === 'needs-login';
  }

  get #isOffline(): boolean {
    const e = this.#list.error;
    return !this.#net.online || (e instanceof LlaveError && e.kind === 'network');
  }

  /* ------------------------------------------------------------- actions */

  get #filter(): DocumentType | '' | 'required' {
    return this._typeFilter ?? (this.requiredTypes.length ? 'required' : '');
  }

  /** "Elegir"/"Cambiar" on a requirement: show that type's documents and go to the first one. */
  async #chooseType(t: DocumentType): Promise<void> {
    this._typeFilter = t;
    this._query = '';
    this._uploadType = t;
    await this.updateComplete;
    const box = [
      ...this.renderRoot.querySelectorAll<HTMLInputElement>('.list input[type=checkbox]'),
    ].find((c) => !c.disabled);
    // None usable of that type: the upload (its type already set) is the way to get one.
    (box ?? this.renderRoot.querySelector<HTMLElement>('[part=file-button]'))?.focus();
  }

  #toggle(doc: ExpedienteDocument, on: boolean): void {
    // A choice made: an upload error about another file (e.g. too large) no longer applies.
    if (this._uploadMessage?.tone === 'error') this._uploadMessage = undefined;
    const next = new Set(this._selected);
    if (on) next.add(doc.id);
    else next.delete(doc.id);
    this._selected = next;
    // Consent was for a given set of documents: a different set needs a fresh one.
    this._consent = false;
    this._share = undefined;
    this._shareMessage = undefined;
  }

  async #pickFiles(files: FileList | File[] | null | undefined): Promise<void> {
    const list = [...(files ?? [])];
    if (!list.length) return;
    // A new attempt: the last one's error must not stay on screen next to this one's outcome.
    this._uploadMessage = undefined;
    if (list.length > 1) {
      this._uploadMessage = { tone: 'error', text: this.#t('upload.tooMany') };
      return;
    }
    if (!this._uploadType) {
      this._uploadMessage = { tone: 'error', text: this.#t('upload.needType') };
      this.renderRoot.querySelector<HTMLSelectElement>('#upload-type')?.focus();
      return;
    }
    const file = list[0]!;
    if (!(await this.#precheck(file))) return;
    const body = new FormData();
    body.append('type', this._uploadType);
    body.append('name', file.name);
    body.append('file', file, file.name);
    const doc = await this.#send<ExpedienteDocument>('POST', apiPaths.documents, body, file.name);
    if (!doc) return;
    this._uploadMessage = { tone: 'ok', text: this.#t('upload.done', { name: doc.name }) };
    // They uploaded it for this trámite: choose it for them.
    this.#toggle(doc, true);
    this.refresh();
  }

  async #precheck(file: File): Promise<boolean> {
    const limits = this.#list.value;
    if (!limits) return false;
    const result = await checkFile(file, limits.maxUploadBytes, limits.acceptedMediaTypes);
    if (result.ok) return true;
    this._uploadMessage = {
      tone: 'error',
      text: this.#t(`errors.${result.code}`, {
        size: formatBytes(limits.maxUploadBytes, this.#lang),
      }),
    };
    return false;
  }

  async #send<T>(method: 'POST' | 'PUT', path: string, body: FormData, fileName: string) {
    this._uploadMessage = undefined;
    this._progress = 0;
    this.#uploadingName = fileName;
    try {
      return await uploadWithProgress<T>(this.#client, method, path, body, (p) => {
        this._progress = p;
      });
    } catch (error) {
      this.#showError(error, (m) => {
        this._uploadMessage = m;
      });
      return undefined;
    } finally {
      this._progress = undefined;
    }
  }
  #uploadingName = '';

  #showError(error: unknown, show: (m: Message) => void): void {
    const e = error instanceof LlaveError ? error : undefined;
    if (e?.kind === 'needs-login') {
      void this.#session.store.refresh();
      this.refresh();
      return;
    }
    const size = formatBytes(this.#list.value?.maxUploadBytes ?? 0, this.#lang);
    const known = [
      'payload_too_large',
      'unsupported_media_type',
      'network_error',
      'not_found',
    ] as const;
    const key = known.find((code) => code === e?.code) ?? 'generic';
    if (key === 'not_found') this.refresh();
    show({ tone: 'error', text: this.#t(`errors.${key}`, { size }) });
  }

  #askDelete(doc: ExpedienteDocument, opener: HTMLElement): void {
    this.#opener = opener;
    this._dialog = { kind: 'delete', doc };
  }

  #askReplace(doc: ExpedienteDocument, opener: HTMLElement): void {
    this.#opener = opener;
    this.#replaceTarget = doc;
    if (this._uploadMessage?.tone === 'error') this._uploadMessage = undefined;
    const input = this._replaceInput;
    if (input) {
      input.value = '';
      input.click();
    }
  }

  async #onReplaceFile(e: Event): Promise<void> {
    const file = (e.target as HTMLInputElement).files?.[0];
    const doc = this.#replaceTarget;
    if (!file || !doc) return;
    if (!(await this.#precheck(file))) {
      this.#opener?.focus();
      return;
    }
    this._dialog = { kind: 'replace', doc, file };
  }

  async #confirm(): Promise<void> {
    const dialog = this._dialog;
    this._dialogEl?.close();
    if (!dialog) return;
    if (dialog.kind === 'delete') {
      try {
        await this.#client.api(apiPaths.document(dialog.doc.id), { method: 'DELETE' });
        if (this._selected.has(dialog.doc.id)) this.#toggle(dialog.doc, false);
        this._uploadMessage = {
          tone: 'ok',
          text: this.#t('upload.deleted', { name: dialog.doc.name }),
        };
        this.refresh();
        // Its row (and the button that had focus) is gone: put focus on the list heading.
        await this.updateComplete;
        await this.#list.taskComplete.catch(() => undefined);
        await this.updateComplete;
        this._listHeading?.focus();
      } catch (error) {
        this.#showError(error, (m) => {
          this._uploadMessage = m;
        });
      }
      return;
    }
    const body = new FormData();
    body.append('file', dialog.file, dialog.file.name);
    const doc = await this.#send<ExpedienteDocument>(
      'PUT',
      apiPaths.documentFile(dialog.doc.id),
      body,
      dialog.file.name,
    );
    if (!doc) return;
    this._uploadMessage = { tone: 'ok', text: this.#t('upload.replaced', { name: doc.name }) };
    if (this._selected.has(doc.id)) this.#toggle(doc, true); // the old consent covered the old file
    this.refresh();
  }

  #onDialogClose(): void {
    this._dialog = undefined;
    this.#replaceTarget = undefined;
    // Return focus where it came from (WCAG 2.4.3); a deleted row's button is gone, so the
    // list heading is the next sensible place.
    const opener = this.#opener;
    this.#opener = undefined;
    void this.updateComplete.then(() => {
      if (opener?.isConnected) opener.focus();
      else this._listHeading?.focus();
    });
  }

  async #share(): Promise<void> {
    const docs = this.#documents.filter((d) => this._selected.has(d.id));
    const missing = this.#missing;
    let problem: string | undefined;
    if (!docs.length) problem = this.#t('share.needSelection');
    else if (missing.length)
      problem = this.#t('share.needRequired', { list: this.#listOf(missing) });
    else if (!this._consent) problem = this.#t('share.needConsent');
    if (problem) {
      this._shareMessage = { tone: 'error', text: problem };
      if (docs.length && !missing.length) this._consentEl?.focus();
      return;
    }
    const request: ShareRequest = {
      documentIds: docs.map((d) => d.id),
      agency: this.agency,
      tramite: this.tramite,
      consentText: this.#consentText,
    };
    this._sharing = true;
    this._shareMessage = undefined;
    try {
      const share = await this.#client.api<DocumentShare>(apiPaths.documentShares, {
        method: 'POST',
        body: request,
      });
      this._share = share;
      this._shareMessage = {
        tone: 'ok',
        text: this.#t('share.done', { count: share.documents.length, agency: this.#agencyLabel }),
      };
      await this.updateComplete; // the form value is set before the page hears about it
      this.dispatchEvent(
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
      this.#showError(error, (m) => {
        this._shareMessage = m;
      });
    } finally {
      this._sharing = false;
    }
  }

  get #agencyLabel(): string {
    return this.agencyName || this.agency;
  }

  get #consentText(): string {
    return this.#t('share.consent', { agency: this.#agencyLabel, tramite: this.tramite });
  }

  /* ------------------------------------------------------------- render */

  override render() {
    const info = this.#session.state.info;
    return html`<section part="base" class="base" aria-labelledby="heading">
      <h2 id="heading" part="heading">${this.#t('title')}</h2>
      ${!info ? this.#renderLoading() : !info.authenticated ? this.#renderSignIn() : this.#renderBody()}
    </section>`;
  }

  #renderLoading() {
    return html`<p role="status" class="muted">${this.#t('loading')}</p>`;
  }

  #renderSignIn() {
    const here = `${location.pathname}${location.search}${location.hash}`;
    return html`<div class="notice">
      <p>${this.#t('signIn.message')}</p>
      <a class="button" href=${this.#client.loginUrl(here)}>${this.#t('signIn.link')}</a>
    </div>`;
  }

  #renderBody() {
    const error = this.#list.error;
    if (error && !this.#list.value) {
      const e = error instanceof LlaveError ? error : undefined;
      if (e?.kind === 'needs-login') return this.#renderSignIn();
      if (e?.kind === 'needs-level') {
        const level = e.requiredLevel ?? 'verificada';
        const here = `${location.pathname}${location.search}${location.hash}`;
        return html`<div class="notice">
          <p>${this.#t('level.message', {
            level: this.#i18n.t(common, `levels.${level}.name`).toLowerCase(),
          })}</p>
          <a class="button" href=${this.#client.loginUrl(here, level)}>${this.#t('level.link')}</a>
        </div>`;
      }
      if (this.#isOffline) return this.#renderOffline();
      return html`<div class="notice" role="alert">
        <p>${this.#t('error')}</p>
        <button type="button" @click=${() => this.refresh()}>${this.#t('retry')}</button>
      </div>`;
    }
    if (!this.#list.value) return this.#renderLoading();
    return html`${!this.#net.online ? this.#renderOffline() : nothing} ${this.#renderRequirements()}
    ${this.#renderList(this.#list.value)} ${this.#renderUpload(this.#list.value)} ${this.#renderShare()}
    ${this.#renderDialog()}`;
  }

  #renderOffline() {
    return html`<div class="notice" role="alert">
      <p><strong>${this.#t('offline.title')}</strong> ${this.#t('offline.message')}</p>
      <button type="button" @click=${() => this.refresh()}>${this.#t('retry')}</button>
    </div>`;
  }

  #renderRequirements() {
    if (!this.requiredTypes.length) return nothing;
    const missing = new Set(this.#missing);
    return html`<div part="requirements" class="requirements">
      <h3 id="req-heading">${this.#t('required.heading')}</h3>
      <ul aria-labelledby="req-heading">
        ${[...new Set(this.requiredTypes)].map((t) => {
          const lacking = missing.has(t);
          const chosen = this.#documents
            .filter((d) => d.type === t && this._selected.has(d.id))
            .map((d) => d.name);
          const type = this.#typeName(t);
          return html`<li class=${lacking ? 'missing' : 'ready'}>
            <span class="req-text">
              <span aria-hidden="true">${lacking ? '○' : '✓'}</span>
              ${type}:
              <strong>${lacking ? this.#t('required.missing') : this.#t('required.ready')}</strong>
              ${chosen.length ? html`<span class="chosen">${chosen.join(', ')}</span>` : nothing}
            </span>
            <button
              type="button"
              aria-label=${this.#t(lacking ? 'required.chooseLabel' : 'required.changeLabel', { type })}
              ?disabled=${this.disabled || !!this._share}
              @click=${() => void this.#chooseType(t)}
            >
              ${this.#t(lacking ? 'required.choose' : 'required.change')}
            </button>
          </li>`;
        })}
      </ul>
    </div>`;
  }

  #renderList(list: DocumentList) {
    const q = searchable(this._query.trim());
    const filter = this.#filter;
    const shown = list.items.filter(
      (d) =>
        (filter === 'required'
          ? this.requiredTypes.includes(d.type)
          : !filter || d.type === filter) &&
        (!q || searchable(d.name).includes(q)),
    );
    const presentTypes = DOCUMENT_TYPES.filter((t) => list.items.some((d) => d.type === t));
    return html`<h3 id="list-heading" tabindex="-1">${this.#t('title')}</h3>
      ${
        list.items.length
          ? html`<div part="filters" class="filters">
              <div class="field">
                <label for="search">${this.#t('filter.search')}</label>
                <input
                  id="search"
                  type="search"
                  autocomplete="off"
                  .value=${this._query}
                  ?disabled=${this.disabled}
                  @input=${(e: Event) => {
                    this._query = (e.target as HTMLInputElement).value;
                  }}
                />
              </div>
              <div class="field">
                <label for="type-filter">${this.#t('filter.type')}</label>
                <select
                  id="type-filter"
                  ?disabled=${this.disabled}
                  @change=${(e: Event) => {
                    this._typeFilter = (e.target as HTMLSelectElement).value as DocumentType | '';
                  }}
                >
                  ${
                    this.requiredTypes.length
                      ? html`<option value="required" ?selected=${filter === 'required'}>${this.#t('filter.requiredTypes')}</option>`
                      : nothing
                  }
                  <option value="" ?selected=${!filter}>${this.#t('filter.allTypes')}</option>
                  ${presentTypes.map(
                    (t) =>
                      html`<option value=${t} ?selected=${filter === t}>${this.#typeName(t)}</option>`,
                  )}
                </select>
              </div>
            </div>
            <p class="muted" role="status">${this.#t('filter.count', { count: shown.length })}</p>`
          : html`<p class="muted">${this.#t('empty')}</p>`
      }
      <ul part="list" class="list" aria-labelledby="list-heading">
        ${repeat(
          shown,
          (d) => d.id,
          (d) => this.#renderItem(d),
        )}
      </ul>
      <input
        id="replace-input"
        class="visually-hidden"
        type="file"
        tabindex="-1"
        aria-hidden="true"
        accept=${list.acceptedMediaTypes.join(',')}
        @change=${this.#onReplaceFile}
      />`;
  }

  #renderItem(d: ExpedienteDocument) {
    const rejected = d.status === 'rechazado';
    const id = `doc-${d.id}`;
    return html`<li part="item" class="item">
      <div class="pick">
        <input
          type="checkbox"
          id=${id}
          .checked=${this._selected.has(d.id)}
          ?disabled=${rejected || this.disabled}
          aria-describedby=${rejected ? `${id}-help` : nothing}
          @change=${(e: Event) => this.#toggle(d, (e.target as HTMLInputElement).checked)}
        />
        <label for=${id}>${d.name}</label>
      </div>
      <p class="summary">
        ${this.#typeName(d.type)} ·
        <span part="status" class="status ${d.status}">${this.#i18n.t(common, `documentStatuses.${d.status}`)}</span>
      </p>
      ${
        rejected && d.rejectionReason
          ? html`<p><strong>${this.#t('item.reason')}:</strong> ${d.rejectionReason}</p>`
          : nothing
      }
      <!-- Dates folded away: what a citizen needs to choose is the name, the type and the status. -->
      <details class="item-details">
        <summary>${this.#t('item.details')}<span class="visually-hidden">: ${d.name}</span></summary>
        <dl>
          <div><dt>${this.#t('item.uploaded')}</dt><dd>${formatDocDate(d.uploadedAt, this.#lang)}</dd></div>
          <div>
            <dt>${this.#t('item.cotejado')}</dt>
            <dd>${d.cotejadoAt ? formatDocDate(d.cotejadoAt, this.#lang) : this.#t('item.notCotejado')}</dd>
          </div>
        </dl>
      </details>
      ${rejected ? html`<p id="${id}-help" class="muted">${this.#t('item.rejectedHelp')}</p>` : nothing}
      <div class="actions">
        <button
          type="button"
          aria-label=${this.#t('item.replaceLabel', { name: d.name })}
          ?disabled=${this.disabled || this._progress !== undefined}
          @click=${(e: Event) => this.#askReplace(d, e.currentTarget as HTMLElement)}
        >
          ${this.#t('item.replace')}
        </button>
        <button
          type="button"
          class="danger"
          aria-label=${this.#t('item.deleteLabel', { name: d.name })}
          ?disabled=${this.disabled}
          @click=${(e: Event) => this.#askDelete(d, e.currentTarget as HTMLElement)}
        >
          ${this.#t('item.delete')}
        </button>
      </div>
    </li>`;
  }

  #renderUpload(list: DocumentList) {
    const size = formatBytes(list.maxUploadBytes, this.#lang);
    const busy = this._progress !== undefined;
    return html`<div class="upload">
      <h3 id="upload-heading">${this.#t('upload.heading')}</h3>
      <div class="field">
        <label for="upload-type">${this.#t('upload.type')}</label>
        <select
          id="upload-type"
          ?disabled=${this.disabled || busy}
          @change=${(e: Event) => {
            this._uploadType = (e.target as HTMLSelectElement).value as DocumentType | '';
          }}
        >
          <option value="" ?selected=${!this._uploadType}>${this.#t('upload.chooseType')}</option>
          ${DOCUMENT_TYPES.map(
            (t) =>
              html`<option value=${t} ?selected=${this._uploadType === t}>${this.#typeName(t)}</option>`,
          )}
        </select>
      </div>
      <div
        part="dropzone"
        class="dropzone"
        @dragenter=${this.#onDragEnter}
        @dragover=${this.#onDragOver}
        @dragleave=${this.#onDragLeave}
        @drop=${this.#onDrop}
      >
        <p id="limits">${this.#t('upload.limits', { size })}</p>
        <p>
          <span aria-hidden="true">${this.#t('upload.drop')}</span>
          <button
            type="button"
            part="file-button"
            class="primary"
            aria-describedby="limits"
            ?disabled=${this.disabled || busy}
            @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#file-input')?.click()}
          >
            ${this.#t('upload.button')}
          </button>
        </p>
        <input
          id="file-input"
          class="visually-hidden"
          type="file"
          tabindex="-1"
          aria-hidden="true"
          accept=${list.acceptedMediaTypes.join(',')}
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            void this.#pickFiles(input.files).finally(() => {
              input.value = '';
            });
          }}
        />
        ${
          busy
            ? html`<label class="field">
              <span>${this.#t('upload.progress', { name: this.#uploadingName })}</span>
              <progress part="progress" max="100" value=${Math.round((this._progress ?? 0) * 100)}></progress>
            </label>`
            : nothing
        }
      </div>
      ${this.#renderMessage(this._uploadMessage)}
    </div>`;
  }

  #onDragEnter = (e: DragEvent) => {
    e.preventDefault();
    this.#dragDepth++;
    (e.currentTarget as HTMLElement).classList.add('over');
  };
  #onDragOver = (e: DragEvent) => {
    e.preventDefault(); // without this the browser opens the file instead of dropping it here
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  };
  #onDragLeave = (e: DragEvent) => {
    if (--this.#dragDepth <= 0) (e.currentTarget as HTMLElement).classList.remove('over');
  };
  #onDrop = (e: DragEvent) => {
    e.preventDefault();
    this.#dragDepth = 0;
    (e.currentTarget as HTMLElement).classList.remove('over');
    if (this.disabled || this._progress !== undefined) return;
    void this.#pickFiles(e.dataTransfer?.files);
  };

  #renderShare() {
    return html`<div class="share">
      <h3>${this.#t('share.heading')}</h3>
      <div part="consent" class="consent">
        <input
          type="checkbox"
          id="consent"
          .checked=${this._consent}
          ?disabled=${this.disabled || !!this._share}
          @change=${(e: Event) => {
            this._consent = (e.target as HTMLInputElement).checked;
            this._shareMessage = undefined;
          }}
        />
        <label for="consent">${this.#consentText}</label>
      </div>
      <button
        id="share"
        type="button"
        part="share-button"
        class="primary"
        ?disabled=${this.disabled || this._sharing || !!this._share}
        @click=${this.#share}
      >
        ${this._sharing ? this.#t('share.sharing') : this.#t('share.button')}
      </button>
      ${this.#renderMessage(this._shareMessage)}
    </div>`;
  }

  #renderMessage(m?: Message) {
    // Both regions are always in the DOM so screen readers pick up their changes (WCAG 4.1.3).
    return html`<p part="message" class="message error" role="alert">${m?.tone === 'error' ? m.text : ''}</p>
      <p part="message" class="message ok" role="status">${m?.tone === 'ok' ? m.text : ''}</p>`;
  }

  #renderDialog() {
    const d = this._dialog;
    const title =
      d?.kind === 'delete'
        ? this.#t('dialog.deleteTitle', { name: d.doc.name })
        : d
          ? this.#t('dialog.replaceTitle', { name: d.doc.name })
          : '';
    return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${this.#onDialogClose}>
      ${
        d
          ? html`<h3 id="dialog-title">${title}</h3>
            <p>
              ${
                d.kind === 'delete'
                  ? this.#t('dialog.deleteBody')
                  : this.#t('dialog.replaceBody', { file: d.file.name })
              }
            </p>
            <div class="actions">
              <button type="button" autofocus @click=${() => this._dialogEl?.close()}>
                ${this.#t('dialog.cancel')}
              </button>
              <button type="button" class=${d.kind === 'delete' ? 'danger' : 'primary'} @click=${this.#confirm}>
                ${d.kind === 'delete' ? this.#t('dialog.confirmDelete') : this.#t('dialog.confirmReplace')}
              </button>
            </div>`
          : nothing
      }
    </dialog>`;
  }
}
