import type { SignatureReceipt } from '@llave-cdmx/core';

/**
 * Fired by `<llave-document-signer>` when the document is signed. Carries the receipt (folio,
 * date, signer, fingerprint, the detached JWS and the verification link) for the agency's form.
 */
export class LlaveDocumentSignedEvent extends Event {
  static readonly eventName = 'llave-document-signed';
  constructor(readonly receipt: SignatureReceipt) {
    super(LlaveDocumentSignedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'llave-document-signed': LlaveDocumentSignedEvent;
  }
}
