/** English strings of the hosted identity pages; mirrors `es-MX.ts` key for key. */
import type { IdpStrings } from './es-MX.js';

const strings: IdpStrings = {
  brand: 'Llave CDMX',
  skipToContent: 'Skip to content',
  switchLanguage: 'Español',
  switchLanguageLang: 'es-MX',
  simulatorNotice: 'Llave CDMX simulator: do not use real data.',
  errorSummaryTitle: 'Please check the following:',
  login: {
    title: 'Sign in with Llave CDMX',
    intro: 'To continue to {{client}}.',
    loginLabel: 'CURP, email or mobile number',
    loginHelp: 'For example: PEGJ900115HDFRRN03 or 55 1234 5678.',
    passwordLabel: 'Password',
    showPassword: 'Show password',
    submit: 'Sign in',
    forgot: 'Forgot your password?',
    loginRequired: 'Enter your CURP, email or mobile number.',
    passwordRequired: 'Enter your password.',
    invalid:
      'These sign-in details do not match a Llave CDMX account. Check your CURP, email or phone and your password.',
    rateLimited_one: 'Too many attempts. Wait {{count}} minute before trying again.',
    rateLimited_other: 'Too many attempts. Wait {{count}} minutes before trying again.',
    resetDone: 'Your password was changed. You can now sign in with the new one.',
    resetRequired:
      'You reported a misuse of your account, so we ended all your sessions. Before signing in, change your password with "Forgot your password?".',
  },
  stepUp: {
    title: 'Confirm your identity',
    intro:
      '{{client}} asks for an account at level {{level}}. Your account is at level {{current}}.',
    sent: 'We sent a 6-digit code to {{destination}}.',
    codeLabel: 'Verification code',
    codeHelp: 'Check your inbox or your messages. The code expires in a few minutes.',
    submit: 'Confirm',
    resend: 'Send another code',
    codeRequired: 'Enter the code we sent you.',
    unreachable:
      'Your account cannot reach level {{level}} from this page. To get it, visit a service centre or call LOCATEL (55 5658 1111).',
    noContact:
      'Your account has no email or phone we can send a code to. Call LOCATEL (55 5658 1111) to update your details.',
    back: 'Back to {{client}}',
  },
  levels: {
    basica: 'basic',
    verificada: 'verified',
    firma: 'with electronic signature',
  },
  codeErrors: {
    code_invalid: 'That code is not correct. Check the latest code we sent you.',
    code_expired: 'The code has expired. Ask for a new one.',
    code_used: 'That code was already used. Ask for a new one.',
    too_many_attempts: 'Too many attempts with this code. Ask for a new one.',
    resend_too_soon: 'Wait a moment before asking for another code.',
    other: 'We could not check the code. Try again.',
  },
  reset: {
    title: 'Recover your password',
    intro: "Enter your CURP and your account's email or mobile number. We will send you a code.",
    curpLabel: 'CURP',
    contactLabel: 'Email or mobile number',
    submit: 'Send code',
    curpRequired: 'Enter your CURP.',
    contactRequired: 'Enter your email or mobile number.',
    codeTitle: 'Enter the code',
    codeSent: 'If the details match an account, we sent a 6-digit code to {{destination}}.',
    codeLabel: 'Verification code',
    codeSubmit: 'Continue',
    passwordTitle: 'Create a new password',
    passwordLabel: 'New password',
    passwordHelp:
      'Use at least 8 characters; we recommend 15 or more. Spaces and any symbol are allowed.',
    confirmLabel: 'Confirm the new password',
    passwordSubmit: 'Save password',
    passwordRequired: 'Enter a new password.',
    passwordMismatch: 'The passwords do not match.',
    passwordRejected: 'That password is not safe: use at least 8 characters and avoid common ones.',
    expired: 'The recovery has expired. Start again.',
    backToLogin: 'Back to sign in',
  },
  logout: {
    title: 'Sign out?',
    intro: 'You are about to end your Llave CDMX session in this browser.',
    confirm: 'Yes, sign out',
    cancel: 'No, stay signed in',
    doneTitle: 'You signed out',
    done: 'Your Llave CDMX session has ended.',
  },
  errors: {
    title: 'We could not continue',
    unknownClient:
      'The service that sent you here is not registered with Llave CDMX. Go back to its site and try again.',
    badRedirect:
      'The service that sent you here asked to return to an address that is not registered. For your safety we did not send you there.',
    badRequest: 'The request is not valid. Go back to the service and try again.',
    expired: 'This page has expired. Go back to the service and sign in again.',
    csrf: 'This page expired for your security. Reload it and try again.',
    notFound: 'We could not find this page.',
    getOnly:
      'This address takes the service’s request as a link (GET), not as a form. Go back to the service and try again.',
    generic: 'Something went wrong. Try again later.',
  },
};

export default strings;
