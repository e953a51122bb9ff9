import {
  DOCUMENT_TYPES,
  type DocumentList,
  type DocumentType,
  type ExpedienteDocument,
} from '@llave-cdmx/core';
import { html, nothing, type ReactiveElement } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { DialogController } from '../internal/dialog-controller.js';
import { formatDocDate, searchable } from '../internal/documents-format.js';
import type { LlaveDocumentPicker } from './document-picker.js';
import type { PickerText } from './document-picker.strings.js';
import type { SelectionController } from './selection-controller.js';
import { option, typeName } from './templates.js';
import type { Confirm, UploadController } from './upload-controller.js';

type Host = ReactiveElement & Pick<LlaveDocumentPicker, 'requiredTypes' | 'disabled'>;

/**
 * The list flow as the citizen sees it: one row per type the trámite needs (what is missing,
 * what was chosen, "Elegir"/"Cambiar"), the search and type filter, and the documents with their
 * choice box and their replace and delete actions.
 */
export class DocumentListController {
  #query = '';
  // `undefined`: the default, the trámite's own types when it names some (a short list on a phone).
  #typeFilter?: DocumentType | '' | 'required';

  constructor(
    private readonly host: Host,
    private readonly selection: SelectionController,
    private readonly upload: UploadController,
    private readonly dialog: DialogController<Confirm>,
    private readonly text: PickerText,
  ) {}

  /** Shows the documents of `type` (`''`: all, `required`: the trámite's) named like `query`. */
  #show(type: DocumentType | '' | 'required' | undefined, query: string): void {
    this.#typeFilter = type;
    this.#query = query;
    this.host.requestUpdate();
  }

  get #filter(): DocumentType | '' | 'required' {
    return this.#typeFilter ?? (this.host.requiredTypes.length ? 'required' : '');
  }

  #toggle(doc: ExpedienteDocument, on: boolean): void {
    this.upload.clearError();
    this.selection.toggle(doc, on);
  }

  /** "Elegir"/"Cambiar" on a requirement: show that type's documents and go to the first one. */
  async #chooseType(t: DocumentType): Promise<void> {
    this.#show(t, '');
    this.upload.setType(t);
    await this.host.updateComplete;
    const box = [
      ...this.host.renderRoot.querySelectorAll<HTMLInputElement>('.list input[type=checkbox]'),
    ].find((c) => !c.disabled);
    // None usable of that type: the upload (its type already set) is the way to get one.
    (box ?? this.host.renderRoot.querySelector<HTMLElement>('[part=file-button]'))?.focus();
  }

  renderRequirements() {
    if (!this.host.requiredTypes.length) return nothing;
    const missing = new Set(this.selection.missing);
    const chosen = this.selection.chosen;
    const t = this.text.translator;
    return html`<div part="requirements" class="requirements">
      <h3 id="req-heading">${t('required.heading')}</h3>
      <ul aria-labelledby="req-heading">
        ${[...new Set(this.host.requiredTypes)].map((type) => {
          const lacking = missing.has(type);
          const action = lacking ? 'choose' : 'change';
          const names = chosen.filter((d) => d.type === type).map((d) => d.name);
          const name = typeName(t, type);
          return html`<li class=${lacking ? 'missing' : 'ready'}>
            <span class="req-text">
              <span aria-hidden="true">${lacking ? '○' : '✓'}</span>
              ${name}:
              <strong>${t(`required.${lacking ? 'missing' : 'ready'}`)}</strong>
              ${names.length ? html`<span class="chosen">${names.join(', ')}</span>` : nothing}
            </span>
            <button
              type="button"
              aria-label=${t(`required.${action}Label`, { type: name })}
              ?disabled=${this.host.disabled || !!this.selection.share}
              @click=${() => void this.#chooseType(type)}
            >
              ${t(`required.${action}`)}
            </button>
          </li>`;
        })}
      </ul>
    </div>`;
  }

  render(list: DocumentList) {
    const q = searchable(this.#query.trim());
    const filter = this.#filter;
    const t = this.text.translator;
    const shown = list.items.filter(
      (d) =>
        (filter === 'required'
          ? this.host.requiredTypes.includes(d.type)
          : !filter || d.type === filter) &&
        (!q || searchable(d.name).includes(q)),
    );
    const presentTypes = DOCUMENT_TYPES.filter((type) => list.items.some((d) => d.type === type));
    return html`<h3 id="list-heading" tabindex="-1">${t('listHeading')}</h3>
      ${
        list.items.length
          ? html`<div part="filters" class="filters">
              <div class="field">
                <label for="search">${t('filter.search')}</label>
                <input
                  id="search"
                  type="search"
                  autocomplete="off"
                  .value=${this.#query}
                  ?disabled=${this.host.disabled}
                  @input=${(e: Event) => this.#show(this.#typeFilter, (e.target as HTMLInputElement).value)}
                />
              </div>
              <div class="field">
                <label for="type-filter">${t('filter.type')}</label>
                <select
                  id="type-filter"
                  ?disabled=${this.host.disabled}
                  @change=${(e: Event) =>
                    this.#show((e.target as HTMLSelectElement).value as DocumentType, this.#query)}
                >
                  ${this.host.requiredTypes.length ? option('required', t('filter.requiredTypes'), filter === 'required') : nothing}
                  ${option('', t('filter.allTypes'), !filter)}
                  ${presentTypes.map((type) => option(type, typeName(t, type), filter === type))}
                </select>
              </div>
            </div>
            <p class="muted" role="status">${t('filter.count', { count: shown.length })}</p>`
          : html`<p class="muted">${t('empty')}</p>`
      }
      <ul part="list" class="list" aria-labelledby="list-heading">
        ${shown.map((d) => keyed(d.id, this.#renderItem(d)))}
      </ul>`;
  }

  #renderItem(d: ExpedienteDocument) {
    const rejected = d.status === 'rechazado';
    const id = `doc-${d.id}`;
    const t = this.text.translator;
    const lang = this.text.language;
    // Dates are folded away under "Detalles": what a citizen needs to choose is the name, the
    // type and the status.
    return html`<li part="item" class="item">
      <div class="pick">
        <input
          type="checkbox"
          id=${id}
          .checked=${this.selection.selected.has(d.id)}
          ?disabled=${rejected || this.host.disabled}
          aria-describedby=${rejected ? `${id}-help` : nothing}
          @change=${(e: Event) => this.#toggle(d, (e.target as HTMLInputElement).checked)}
        />
        <label for=${id}>${d.name}</label>
      </div>
      <p class="summary">
        ${typeName(t, d.type)} ·
        <span part="status" class="status ${d.status}">${t(`common:documentStatuses.${d.status}`)}</span>
      </p>
      ${
        rejected && d.rejectionReason
          ? html`<p><strong>${t('item.reason')}:</strong> ${d.rejectionReason}</p>`
          : nothing
      }
      <details class="item-details">
        <summary>${t('item.details')}<span class="visually-hidden">: ${d.name}</span></summary>
        <dl>
          <div><dt>${t('item.uploaded')}</dt><dd>${formatDocDate(d.uploadedAt, lang)}</dd></div>
          <div>
            <dt>${t('common:documentStatuses.cotejado')}</dt>
            <dd>${d.cotejadoAt ? formatDocDate(d.cotejadoAt, lang) : t('item.notCotejado')}</dd>
          </div>
        </dl>
      </details>
      ${rejected ? html`<p id="${id}-help" class="muted">${t('item.rejectedHelp')}</p>` : nothing}
      <div class="actions">
        <button
          type="button"
          id="replace-${d.id}"
          aria-label=${t('item.replaceLabel', { name: d.name })}
          ?disabled=${this.host.disabled || this.upload.busy}
          @click=${(e: Event) => this.upload.askReplace(d, e.currentTarget as HTMLElement)}
        >
          ${t('item.replace')}
        </button>
        <button
          type="button"
          class="danger"
          aria-label=${t('item.deleteLabel', { name: d.name })}
          ?disabled=${this.host.disabled}
          @click=${(e: Event) =>
            this.dialog.open({ kind: 'delete', doc: d }, e.currentTarget as HTMLElement)}
        >
          ${t('common:actions.delete')}
        </button>
      </div>
    </li>`;
  }
}
