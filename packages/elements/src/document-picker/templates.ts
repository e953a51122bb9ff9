import type { DocumentType } from '@llave-cdmx/core';
import { html } from 'lit';
import type { PickerT } from './document-picker.strings.js';

/** What a flow says in its two live regions: an error (`role=alert`) or a confirmation. */
export type Message = { tone: 'error' | 'ok'; text: string };

/**
 * Both regions are always in the DOM, empty when quiet, so screen readers pick up their changes
 * (WCAG 4.1.3 Status Messages).
 */
export function renderMessage(m?: Message) {
  return html`<p part="message" class="message error" role="alert">${m?.tone === 'error' ? m.text : ''}</p>
    <p part="message" class="message ok" role="status">${m?.tone === 'ok' ? m.text : ''}</p>`;
}

/** One `<option>` of the picker's selects (type filter, upload type). */
export const option = (value: string, label: string, selected: boolean) =>
  html`<option value=${value} ?selected=${selected}>${label}</option>`;

/** A document type's name in the page's language (core's shared words). */
export const typeName = (t: PickerT, type: DocumentType) => t(`common:documentTypes.${type}`);
