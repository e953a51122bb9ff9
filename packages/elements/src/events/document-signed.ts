import type { SignatureReceipt } from '@llave-cdmx/core';
import { LlaveEvent } from './base-event.js';

/**
 * Fired by `<llave-document-signer>` when the document is signed. Carries the receipt (folio,
 * date, signer, fingerprint, the detached JWS and the verification link) for the agency's form.
 */
export class LlaveDocumentSignedEvent extends LlaveEvent {
  static readonly eventName = 'llave-document-signed';
  constructor(readonly receipt: SignatureReceipt) {
    super();
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'llave-document-signed': LlaveDocumentSignedEvent;
  }
}
