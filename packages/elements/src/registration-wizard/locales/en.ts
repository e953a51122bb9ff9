/** English strings of `<llave-registration-wizard>` (same keys as es-MX). */
export default {
  progress: 'Registration progress',
  stepOf: 'Step {{step}} of 3',
  steps: { '1': 'Your details', '2': 'Contact', '3': 'Password', '4': 'Confirm your email' },
  done: 'done',
  goTo: 'Back to step {{step}}: {{name}}',
  submit: 'Create my account',
  sending: 'Creating your account…',
  checking: 'Checking…',
  personal: {
    curpHelp:
      '18 letters and numbers. You can find it on your birth certificate or at gob.mx/curp.',
    noCurp: "I don't have a CURP (I am a foreign national)",
    looking: 'Looking up your details…',
    fromRegistry: 'These details come from the population registry and cannot be changed here.',
    nombre: 'First name(s)',
    primerApellido: 'First surname',
    segundoApellido: 'Second surname',
    fechaHint: 'For example: 27 3 1960',
    fechaDia: 'Day',
    fechaMes: 'Month',
    fechaAnio: 'Year',
    nacionalidad: 'Country of nationality',
    nacionalidadHelp: 'Type the first letters and choose your country from the list.',
    documentoNumero: 'Document number',
  },
  address: {
    coloniaHelp: 'If two have the same name, look at the type in brackets.',
    coloniaOption: '{{nombre}} ({{tipo}})',
  },
  contact: {
    emailHelp: "We'll send a code to confirm it. It will be your username to sign in.",
    mobileHelp: '10 digits, for example 55 1234 5678.',
  },
  password: {
    password: 'Password',
    confirm: 'Type the password again',
    privacy: 'I have read and accept the privacy notice',
    privacyLink: 'Read the privacy notice',
  },
  conflict: {
    recover: 'Recover my password',
  },
  errors: {
    required: 'This is required.',
    choose: 'Choose an option.',
    date: 'Enter a valid date that is not in the future.',
    date_incomplete: 'Enter the day, month and year you were born.',
    date_impossible: 'That date does not exist. Check the day and the month.',
    date_year: 'Enter the full year, with 4 digits (for example 1960).',
    country: 'Choose your country from the list.',
    documentoNumero: 'Enter the document number (up to 30 letters or digits).',
    privacy: 'To create your account you need to accept the privacy notice.',
    network: "We couldn't connect. Check your internet and try again; nothing you typed was lost.",
    generic:
      'Something went wrong on our side. Try again in a few minutes; nothing you typed was lost.',
  },
  verify: {
    intro: 'Your account exists. Confirm your email to do more online.',
    title: 'Your account is ready',
    done: 'You confirmed your email. You can now sign in with your email and password.',
  },
};
