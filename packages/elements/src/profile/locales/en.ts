import type es from './es-MX.js';

/** English strings of `<llave-profile>`. */
export default {
  title: 'My profile',
  loading: 'Loading your record…',
  signedOut: 'Sign in with Llave CDMX to see your record.',
  loadError: 'We could not load your record.',
  personal: {
    title: 'Personal details',
    nombre: 'Name',
    nacionalidad: 'Nationality',
    fromRenapo:
      'These details come from the National Population Registry (RENAPO) and cannot be changed here.',
    howToCorrect:
      'If any of them is wrong, go to a Civil Registry service office with your birth certificate to correct it at RENAPO; your Llave CDMX is then updated.',
    foreignHowToCorrect:
      'If any of them is wrong, go to a Llave CDMX service office with your identity document.',
    help: 'Where to find a service office',
  },
  level: {
    title: 'Your account level',
    badge: '{{level}} level',
    isTop: 'Your account has the highest level.',
    'verify-contact':
      'To reach the {{level}} level, verify your email or mobile with a code (below, under Contact).',
    login: 'Raise your account to the {{level}} level',
  },
  contact: {
    title: 'Contact',
    noMobile: 'No mobile registered',
    verified: 'Verified',
    unverified: 'Not verified',
    verify: 'Verify',
    changeEmail: 'Change email',
    changeMobile: 'Change mobile',
    addMobile: 'Add a mobile',
    newEmail: 'New email',
    newMobile: 'New mobile number',
    newEmailHelp: 'We will send you a code. Your current email keeps working until you type it.',
    newMobileHelp:
      '10 digits with the area code. We will text you a code; your current number keeps working until you type it.',
    send: 'Send code',
    sending: 'Sending…',
    pending: 'Waiting for verification: {{value}}',
    pendingHelp: 'Type the code we sent you so that it replaces the current one.',
    changed: 'Done: your {{what}} is verified.',
    whatEmail: 'email',
    whatMobile: 'mobile',
    locatel: 'Call LOCATEL (55 5658 1111) or see the help',
  },
  address: {
    title: 'Address',
    none: 'You have not registered your address yet.',
    update: 'Update',
    opening: 'Opening the form…',
    openFailed: 'We could not open the form. Check your connection and try again.',
    coloniaHelp: 'Choose yours from the list.',
    save: 'Save address',
    saved: 'Your address was saved.',
  },
  expediente: {
    title: 'Documents',
    count_one: 'You have {{count}} document; {{cotejados}} checked against the original.',
    count_other: 'You have {{count}} documents; {{cotejados}} checked against the original.',
    empty: 'You have no documents yet.',
    needsLevel: 'You need a Verified account to see your documents.',
    open: 'See and manage my documents',
    unavailable: 'We could not look up your documents.',
  },
  consents: {
    title: 'Who you shared your documents with',
    intro: 'Every time you allow documents to be shared for a service, it is listed here.',
    empty: 'You have not shared documents with any agency yet.',
    item: '{{agency}} · {{tramite}}',
    grantedAt: 'Allowed on {{date}}',
    documents: 'Documents',
    unavailable: 'We could not look up the history.',
  },
  rights: {
    title: 'Your rights over your account',
    export: 'Download my data',
    exportWhat:
      'You will download a .zip file with your record and the list of your documents (as JSON) and a copy of each document. Keep it somewhere safe: it holds your personal data.',
    exportConfirm: 'Download',
    exporting: 'Preparing your file…',
    exported: 'Your file was downloaded.',
    misuse: 'It was not me: report a misuse',
    misuseWhat:
      'We will sign you out at every agency and on every device, this one included. To sign in again you will have to change your password with "Forgot your password?".',
    misuseLabel: 'What did you notice? (optional)',
    misuseConfirm: 'End all my sessions',
    misuseDone:
      'We ended all your sessions. Change your password to sign in again; if you need help, call LOCATEL (55 5658 1111).',
    resetPassword: 'Change my password',
    cancel: 'Cancel my account',
    cancelWhat:
      'Your record, your documents and the history of what you shared will be deleted, and you will be signed out at every agency. This cannot be undone. The applications you already made stay with each agency.',
    cancelConfirm: 'Yes, cancel my account',
    cancelDone: 'We cancelled your Llave CDMX account and ended all your sessions.',
    reauth: 'Sign in again',
    back: 'No, go back',
    working: 'One moment…',
  },
  errors: {
    required: 'Fill in this field.',
    too_long: 'This is too long.',
    one_at_a_time: 'Change one contact at a time.',
    same_contact: 'That is already your current contact.',
  },
} satisfies typeof es;
