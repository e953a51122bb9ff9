import type es from './es-MX.js';

/** English for the help every component offers. */
export default {
  summary: 'Need help?',
  locatel: 'Call LOCATEL:',
  more: 'More help',
  topics: {
    curpRegistered: {
      title: 'My CURP already has an account',
      answer:
        'If the account is yours, sign in or recover your password. If you did not create it, go to a Llave CDMX service office, or write to Llave CDMX with your official ID, a proof of address and a photograph of yourself. You can also call LOCATEL.',
    },
    emailRegistered: {
      title: 'My email is already registered',
      answer:
        'If the account is yours, sign in or recover your password. If you do not recognise it, go to a service office or write to Llave CDMX with your official ID, a proof of address and a photograph of yourself. Meanwhile you can register with another email.',
    },
    phoneRegistered: {
      title: 'My mobile number is already registered',
      answer:
        'If the account is yours, sign in or recover your password. If you do not recognise it, go to a service office or write to Llave CDMX with your official ID, a proof of address and a photograph of yourself. You can register without a mobile number.',
    },
    code: {
      title: 'The code does not work',
      answer:
        'Use only the latest code: when you ask for another, the previous one stops working. Enter it once, before it expires. If it does not arrive, check your spam folder and wait before asking for another.',
    },
    contactTypo: {
      title: 'I mistyped my email or mobile number',
      answer:
        'You can correct it before verifying it with “That is not right”; we will send a new code to the corrected one.',
    },
    forgotContact: {
      title: 'I no longer have the email or mobile number of my account',
      answer:
        'Go to a Llave CDMX service office with your official ID to update it, or write to Llave CDMX with your ID, a proof of address and a photograph of yourself.',
    },
    pageNotLoading: {
      title: 'The page does not load',
      answer:
        'Check your internet connection, reload the page or try another up-to-date browser. If it still does not load, try again later.',
    },
    tramitesAgency: {
      title: 'Where do I do my procedure?',
      answer:
        'Llave CDMX only identifies you. Each procedure is done on the website of the agency that offers it.',
    },
    firmaLevel: {
      title: 'How do I get the signature level?',
      answer:
        'It cannot be obtained online yet: go to a Llave CDMX service centre with your official ID and they raise your account to that level there. LOCATEL can tell you which one is nearest.',
    },
    verificationPending: {
      title: 'My account is waiting for verification',
      answer:
        'Confirm your email or mobile number with the code we sent you. If it did not arrive or has expired, ask for a new one.',
    },
  },
} satisfies typeof es;
