import type { DocumentType } from '@llave-cdmx/core';
import { LlaveEvent } from './base-event.js';

/** One shared document as the page receives it: an opaque reference, never the file's bytes. */
export interface SelectedDocumentRef {
  id: string;
  type: DocumentType;
  name: string;
  /** Opaque reference the agency's server uses to fetch the document from Llave. */
  ref: string;
}

export interface DocumentSelection {
  /** Id of the consent record (`DocumentShare.id`). */
  shareId: string;
  agency: string;
  tramite: string;
  grantedAt: string;
  expiresAt: string;
  documents: SelectedDocumentRef[];
}

/**
 * Fired by `<llave-document-picker>` after the citizen consented and the share was recorded.
 * Carries references only: the agency fetches the documents server-side with them.
 */
export class LlaveDocumentSelectEvent extends LlaveEvent {
  static readonly eventName = 'llave-document-select';
  constructor(readonly selection: DocumentSelection) {
    super();
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'llave-document-select': LlaveDocumentSelectEvent;
  }
}
