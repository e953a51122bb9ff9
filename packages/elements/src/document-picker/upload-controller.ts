import {
  apiPaths,
  type BffClient,
  DOCUMENT_TYPES,
  type DocumentList,
  type DocumentType,
  type ExpedienteDocument,
} from '@llave-cdmx/core';
import { html, nothing, type ReactiveElement } from 'lit';
import type { DialogController } from '../internal/dialog-controller.js';
import type { PickerText } from './document-picker.strings.js';
import type { ExpedienteController } from './expediente-controller.js';
import { checkFile } from './file-check.js';
import type { SelectionController } from './selection-controller.js';
import { type Message, option, renderMessage, typeName } from './templates.js';
import { uploadWithProgress } from './upload.js';

/** What the confirmation dialog asks about. */
export type Confirm =
  | { kind: 'delete'; doc: ExpedienteDocument }
  | { kind: 'replace'; doc: ExpedienteDocument; file: File };

type Host = ReactiveElement & { disabled: boolean };

/**
 * The flow that changes the expediente: a new document (file button or drop, of the type the
 * citizen chose, pre-checked, sent with progress, then chosen for them), a replacement and a
 * deletion (each confirmed in the dialog first), and the one message that says how it went.
 */
export class UploadController {
  /** The type the next upload is filed under. */
  type: DocumentType | '' = '';
  /** 0–1 while a file is on its way. */
  progress?: number;
  message?: Message;
  #fileName = '';
  #dragDepth = 0;
  #replacing?: { doc: ExpedienteDocument; opener: HTMLElement };

  constructor(
    private readonly host: Host,
    private readonly list: ExpedienteController,
    private readonly selection: SelectionController,
    private readonly dialog: DialogController<Confirm>,
    private readonly client: () => BffClient,
    private readonly text: PickerText,
  ) {}

  get busy(): boolean {
    return this.progress !== undefined;
  }

  setType(type: DocumentType | ''): void {
    this.type = type;
    this.host.requestUpdate();
  }

  #say(message?: Message): void {
    this.message = message;
    this.host.requestUpdate();
  }

  /** A choice made: an error about another file (e.g. too large) no longer applies. */
  clearError(): void {
    if (this.message?.tone === 'error') this.#say();
  }

  #find(selector: string) {
    return this.host.renderRoot.querySelector<HTMLElement>(selector);
  }

  async pick(files: FileList | File[] | null | undefined): Promise<void> {
    const list = [...(files ?? [])];
    if (!list.length) return;
    const t = this.text.translator;
    // A new attempt: the last one's error must not stay on screen next to this one's outcome.
    this.#say();
    if (list.length > 1) return this.#say({ tone: 'error', text: t('upload.tooMany') });
    if (!this.type) {
      this.#say({ tone: 'error', text: t('upload.needType') });
      this.#find('#upload-type')?.focus();
      return;
    }
    const file = list[0]!;
    if (!(await this.#precheck(file))) return;
    const body = new FormData();
    body.append('type', this.type);
    body.append('name', file.name);
    body.append('file', file, file.name);
    const doc = await this.#send<ExpedienteDocument>('POST', apiPaths.documents, body, file.name);
    if (!doc) return;
    this.#say({ tone: 'ok', text: t('upload.done', { name: doc.name }) });
    // They uploaded it for this trámite: choose it for them.
    this.selection.toggle(doc, true);
    this.list.refresh();
  }

  async #precheck(file: File): Promise<boolean> {
    const limits = this.list.task.value;
    if (!limits) return false;
    const result = await checkFile(file, limits.maxUploadBytes, limits.acceptedMediaTypes);
    if (result.ok) return true;
    const text = this.text.translator(`errors.${result.code}`, { size: this.list.maxSize });
    this.#say({ tone: 'error', text });
    return false;
  }

  async #send<T>(method: 'POST' | 'PUT', path: string, body: FormData, fileName: string) {
    this.message = undefined;
    this.#fileName = fileName;
    this.progress = 0;
    this.host.requestUpdate();
    try {
      return await uploadWithProgress<T>(this.client(), method, path, body, (p) => {
        this.progress = p;
        this.host.requestUpdate();
      });
    } catch (error) {
      this.message = this.list.messageFor(error);
      return undefined;
    } finally {
      this.progress = undefined;
      this.host.requestUpdate();
    }
  }

  /** "Reemplazar": the file chooser first, the confirmation once a usable file is chosen. */
  askReplace(doc: ExpedienteDocument, opener: HTMLElement): void {
    this.#replacing = { doc, opener };
    this.clearError();
    const input = this.#find('#replace-input') as HTMLInputElement | null;
    if (input) {
      input.value = '';
      input.click();
    }
  }

  #onReplaceFile = async (e: Event): Promise<void> => {
    const file = (e.target as HTMLInputElement).files?.[0];
    const replacing = this.#replacing;
    if (!file || !replacing) return;
    this.#replacing = undefined;
    if (!(await this.#precheck(file))) return replacing.opener.focus();
    this.dialog.open({ kind: 'replace', doc: replacing.doc, file }, replacing.opener);
  };

  /** The dialog's "Sí, eliminar" / "Sí, reemplazar". */
  async confirm(): Promise<void> {
    const asked = this.dialog.value;
    this.dialog.close();
    if (!asked) return;
    const { doc } = asked;
    const t = this.text.translator;
    if (asked.kind === 'delete') {
      try {
        await this.list.remove(doc);
        if (this.selection.selected.has(doc.id)) this.selection.toggle(doc, false);
        this.#say({ tone: 'ok', text: t('upload.deleted', { name: doc.name }) });
        // Its row (and the button that had focus) is gone: put focus on the list heading.
        await this.host.updateComplete;
        await this.list.task.taskComplete.catch(() => undefined);
        await this.host.updateComplete;
        this.#find('#list-heading')?.focus();
      } catch (error) {
        this.message = this.list.messageFor(error) ?? this.message;
        this.host.requestUpdate();
      }
      return;
    }
    const body = new FormData();
    body.append('file', asked.file, asked.file.name);
    const path = apiPaths.documentFile(doc.id);
    const updated = await this.#send<ExpedienteDocument>('PUT', path, body, asked.file.name);
    // Its button was disabled while the file went up, which dropped focus to the page: give it
    // back (WCAG 2.4.3); the outcome is announced in the message region.
    await this.host.updateComplete;
    this.#find(`#replace-${CSS.escape(doc.id)}`)?.focus();
    if (!updated) return;
    this.#say({ tone: 'ok', text: t('upload.replaced', { name: updated.name }) });
    // The old consent covered the old file.
    if (this.selection.selected.has(updated.id)) this.selection.toggle(updated, true);
    this.list.refresh();
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
    if (this.host.disabled || this.busy) return;
    void this.pick(e.dataTransfer?.files);
  };

  render(list: DocumentList) {
    const t = this.text.translator;
    const off = this.host.disabled || this.busy;
    const accept = list.acceptedMediaTypes.join(',');
    return html`<div class="upload">
      <h3 id="upload-heading">${t('upload.heading')}</h3>
      <div class="field">
        <label for="upload-type">${t('upload.type')}</label>
        <select
          id="upload-type"
          ?disabled=${off}
          @change=${(e: Event) => this.setType((e.target as HTMLSelectElement).value as DocumentType)}
        >
          ${option('', t('upload.chooseType'), !this.type)}
          ${DOCUMENT_TYPES.map((type) => option(type, typeName(t, type), this.type === type))}
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
        <p id="limits">${t('upload.limits', { size: this.list.maxSize })}</p>
        <p>
          <span aria-hidden="true">${t('upload.drop')}</span>
          <button
            type="button"
            part="file-button"
            class="primary"
            aria-describedby="limits"
            ?disabled=${off}
            @click=${() => this.#find('#file-input')?.click()}
          >
            ${t('upload.button')}
          </button>
        </p>
        <input
          id="file-input"
          class="visually-hidden"
          type="file"
          tabindex="-1"
          aria-hidden="true"
          accept=${accept}
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            void this.pick(input.files).finally(() => {
              input.value = '';
            });
          }}
        />
        ${
          this.busy
            ? html`<label class="field">
              <span>${t('upload.progress', { name: this.#fileName })}</span>
              <progress part="progress" max="100" value=${Math.round(this.progress! * 100)}></progress>
            </label>`
            : nothing
        }
      </div>
      <input
        id="replace-input"
        class="visually-hidden"
        type="file"
        tabindex="-1"
        aria-hidden="true"
        accept=${accept}
        @change=${this.#onReplaceFile}
      />
      ${renderMessage(this.message)}
    </div>`;
  }
}
