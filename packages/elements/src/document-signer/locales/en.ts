/** English strings of `<llave-document-signer>` (same keys as es-MX). */
export default {
  title: 'Sign document',
  loading: 'Preparing the document…',
  // The fingerprint's term, in the review and on the receipt.
  fingerprint: 'Fingerprint (SHA-256)',
  // After a link that opens another tab (the document, the verification page).
  newTab: '(opens in a new tab)',
  review: {
    intro: 'You are about to sign this document with your Llave CDMX. Review it before you go on.',
    name: 'Document',
    type: 'Type',
    size: 'Size',
    fingerprintHelp:
      'A code only this file has. If a single letter of the document changes, the fingerprint changes. You can compare it with the one the agency gives you.',
    view: 'View the document',
    consent:
      'I have reviewed the document and I want to sign it with my Llave CDMX. I understand my signature is legally valid, as if I signed on paper.',
    consentRequired: 'Tick the box to confirm you want to sign this document.',
    send: {
      any: 'Send me the signing code',
      sms: 'Send me the code by text message',
      email: 'Send me the code by email',
    },
    sending: 'Sending the code…',
    changed:
      'The document changed after you reviewed it. This is the new version: review it and confirm again.',
  },
  code: {
    intro: 'Type the code to sign “{{name}}”.',
    cancel: 'Cancel, do not sign',
  },
  signed: {
    title: 'Document signed',
    intro: 'Done: you signed “{{name}}”. Keep this receipt.',
    folio: 'Folio',
    signedAt: 'Date and time',
    signer: 'Signed by',
    verify: 'Verify the signature',
  },
  gate: {
    signIn: 'To sign documents, sign in with your Llave CDMX.',
    level:
      'To sign documents you need the {{level}} level. Your account has the {{current}} level.',
    login: 'Sign in with the {{level}} level',
    'verify-contact': 'First confirm your email or mobile from your profile.',
  },
  errors: {
    source_missing: 'This page did not say which document to sign. Let the agency know.',
    load_failed: 'We could not open the document. Try again.',
    not_found: 'We could not find that document in your records.',
    contact_unverified:
      'To sign you need a confirmed email or mobile to receive the code. Confirm it from your profile.',
  },
};
