import { TaskStatus } from '@lit/task';
import {
  type BffClient,
  common,
  DOCUMENT_TYPES,
  type DocumentType,
  type LlaveError,
} from '@llave-cdmx/core';
import { html, nothing } from 'lit';
import { LlaveElement } from '../internal/base-element.js';
import { DialogController } from '../internal/dialog-controller.js';
import { type HelpTopic, helpStrings, renderHelp } from '../internal/help/help.js';
import { I18nController } from '../internal/i18n-controller.js';
import { SessionController } from '../internal/session-controller.js';
import { StagesController } from '../internal/stages-controller.js';
import { StatesController } from '../internal/states-controller.js';
import { DocumentListController } from './document-list.js';
import { documentPickerStrings as S } from './document-picker.strings.js';
import { documentPickerStyles } from './document-picker.styles.js';
import { ExpedienteController } from './expediente-controller.js';
import { SelectionController } from './selection-controller.js';
import { type Confirm, UploadController } from './upload-controller.js';

// Read from the attribute only: the property is not reflected.
const typeList = {
  fromAttribute: (v: string | null): DocumentType[] =>
    (v ?? '')
      .split(/[\s,]+/)
      .filter((t): t is DocumentType => (DOCUMENT_TYPES as readonly string[]).includes(t)),
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
 * @csspart help - The help disclosure at the end, the same in every component.
 *
 * @cssproperty --llave-document-picker-background - Background of the component.
 * @cssproperty --llave-document-picker-border-color - Borders of items and the drop zone.
 * @cssproperty --llave-document-picker-accent - Buttons and highlights (defaults to the primary color).
 * @cssproperty --llave-document-picker-gap - Space between sections.
 * @cssproperty --llave-document-picker-radius - Corner radius.
 * @cssproperty --llave-document-picker-reserved-height - Height reserved before upgrade (llave.css) and kept as a minimum, so nothing moves (default 16.4375rem, the sign-in notice and the help at the end; 19.4375rem on phones).
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
 * helpHref (help-href) - The agency's help page, linked from the help at the end.
 * client - The BFF client (defaults to the session's).
 */
export class LlaveDocumentPicker extends LlaveElement {
  static override styles = documentPickerStyles;
  static formAssociated = true;
  static override shadowRootOptions = { ...LlaveElement.shadowRootOptions, delegatesFocus: true };
  // `static properties` rather than decorators: the decorator runtime is a chunk of its own, and
  // the picker's page is within bytes of its 30 KB budget (DESIGN.md §6). Fields below are plain
  // assignments (useDefineForClassFields: false), so Lit's accessors see them.
  static override properties = {
    name: { reflect: true },
    requiredTypes: { attribute: 'required-types', converter: typeList },
    agency: {},
    agencyName: { attribute: 'agency-name' },
    tramite: {},
    disabled: { type: Boolean, reflect: true },
    helpHref: { attribute: 'help-href' },
    client: { attribute: false },
  };

  name = '';
  requiredTypes: DocumentType[] = [];
  agency = '';
  agencyName = '';
  tramite = '';
  disabled = false;
  helpHref?: string;
  client?: BffClient;

  readonly #internals = this.attachInternals();
  readonly #i18n = new I18nController(this, [S, common, helpStrings]);
  readonly #t = this.#i18n.translator;
  readonly #session = new SessionController(this);
  readonly #client = () => this.#session.client(this.client);
  readonly #list = new ExpedienteController(this, this.#session, this.#client, this.#i18n);
  readonly #selection = new SelectionController(
    this,
    this.#internals,
    this.#list,
    this.#client,
    this.#i18n,
  );
  readonly #dialog = new DialogController<Confirm>(this, () =>
    this.renderRoot.querySelector<HTMLElement>('#list-heading'),
  );
  readonly #upload = new UploadController(
    this,
    this.#list,
    this.#selection,
    this.#dialog,
    this.#client,
    this.#i18n,
  );
  readonly #view = new DocumentListController(
    this,
    this.#selection,
    this.#upload,
    this.#dialog,
    this.#i18n,
  );
  // The expediente's first render comes in three tasks: what the trámite needs, the documents,
  // then the upload and the share.
  readonly #stages = new StagesController(this, 3);
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: a controller works through its host
  readonly #states = new StatesController(
    this,
    () => {
      const info = this.#session.state.info;
      return {
        loading: !info || this.#list.task.status === TaskStatus.PENDING,
        'signed-out': info?.authenticated === false || this.#list.kind === 'needs-login',
        offline: info?.authenticated === true && this.#list.offline,
        uploading: this.#upload.busy,
        missing: this.#selection.missing.length > 0,
        shared: !!this.#selection.share,
      };
    },
    this.#internals,
  );

  protected override getUpdateComplete(): Promise<boolean> {
    return this.#stages.complete(() => super.getUpdateComplete());
  }

  /** Reloads the expediente from the server. */
  refresh(): void {
    this.#list.refresh();
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

  formResetCallback(): void {
    this.#selection.reset();
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  /* ------------------------------------------------------------- render */

  override render() {
    const info = this.#session.state.info;
    return html`<section part="base" class="base" aria-labelledby="heading">
      <h2 id="heading" part="heading">${this.#t('title')}</h2>
      <div class="body">${!info ? this.#renderLoading() : !info.authenticated ? this.#renderSignIn() : this.#renderBody()}</div>
      ${renderHelp(this.#t, { topics: this.#helpTopics(info?.authenticated), href: this.helpHref })}
    </section>`;
  }

  /** The guide's short answers for the trouble at hand, the most likely first (WCAG 3.2.6). */
  #helpTopics(signedIn?: boolean): HelpTopic[] {
    if (signedIn === false || this.#list.kind === 'needs-login')
      return ['forgotContact', 'pageNotLoading'];
    return signedIn && this.#list.offline
      ? ['pageNotLoading', 'tramitesAgency']
      : ['tramitesAgency', 'pageNotLoading'];
  }

  #renderLoading() {
    return html`<p role="status" class="muted">${this.#t('loading')}</p>`;
  }

  #renderSignIn(level?: LlaveError['requiredLevel']) {
    // This page, path, query and hash: where sign-in comes back to.
    const here = location.href.slice(location.origin.length);
    const t = this.#t;
    return html`<div class="notice">
      <p>${
        level
          ? t('level.message', { level: t(`common:levels.${level}.name`).toLowerCase() })
          : t('signIn.message')
      }</p>
      <a class="button" href=${this.#client().loginUrl(here, level)}>${t(level ? 'level.link' : 'signIn.link')}</a>
    </div>`;
  }

  #renderNotice(offline: boolean) {
    // Lit calls a listener with the element as `this`: `refresh` is passed as is.
    return html`<div class="notice" role="alert">
      <p>${offline ? html`<strong>${this.#t('common:offline.title')}</strong> ${this.#t('common:offline.message')}` : this.#t('error')}</p>
      <button type="button" @click=${this.refresh}>${this.#t('common:actions.retry')}</button>
    </div>`;
  }

  #renderBody() {
    const { value: list, error } = this.#list.task;
    if (error && !list) {
      const kind = this.#list.kind;
      if (kind === 'needs-login') return this.#renderSignIn();
      if (kind === 'needs-level') {
        return this.#renderSignIn((error as LlaveError).requiredLevel ?? 'verificada');
      }
      return this.#renderNotice(this.#list.offline);
    }
    if (!list) return this.#renderLoading();
    return html`${this.#list.online ? nothing : this.#renderNotice(true)} ${this.#view.renderRequirements()}
    ${this.#stages.stage(2, () => this.#view.render(list))}
    ${this.#stages.stage(3, () => html`${this.#upload.render(list)} ${this.#selection.render()}`)}
    ${this.#renderDialog()}`;
  }

  #renderDialog() {
    const d = this.#dialog.value;
    const t = this.#t;
    return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${this.#dialog.onClose}>
      ${
        d
          ? html`<h3 id="dialog-title">${t(`dialog.${d.kind}Title`, { name: d.doc.name })}</h3>
            <p>${t(`dialog.${d.kind}Body`, { file: d.kind === 'replace' ? d.file.name : '' })}</p>
            <div class="actions">
              <button type="button" autofocus @click=${() => this.#dialog.close()}>
                ${t('common:actions.cancel')}
              </button>
              <button type="button" class=${d.kind === 'delete' ? 'danger' : 'primary'} @click=${() => this.#upload.confirm()}>
                ${t(`dialog.${d.kind}Confirm`)}
              </button>
            </div>`
          : nothing
      }
    </dialog>`;
  }
}
