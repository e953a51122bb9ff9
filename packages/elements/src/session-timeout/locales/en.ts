import type es from './es-MX.js';

/** English for `<llave-session-timeout>`. */
export default {
  warning: {
    title: 'You are about to be signed out',
    body: 'For your security, we will sign you out in {{time}} if you do nothing.',
    keep: 'Anything you have not sent will be lost if that happens.',
    continue: 'Stay signed in',
    continuing: 'Extending…',
  },
  final: {
    title: 'Your session ends soon',
    body: 'Your session will end at {{clock}} (in {{time}}).',
    why: 'This is the longest a session can last and it cannot be extended. Send what you are working on; you can sign in again afterwards.',
    ok: 'OK',
  },
  ended: {
    title: 'Your session has ended',
    idle: 'We signed you out because there was no activity for a while. Anything you had not sent was not saved.',
    absolute:
      'Your session reached its time limit and we signed you out for your security. Anything you had not sent was not saved.',
    signedOut: 'You signed out.',
    again: 'Sign in again to come back to this page.',
    signIn: 'Sign in again',
    close: 'Close',
  },
  signOut: 'Sign out',
  signingOut: 'Signing out…',
  extendFailed: 'We could not extend your session. Check your connection and try again.',
  signOutFailed: 'We could not sign you out. Please try again.',
  left_one: '{{time}} left.',
  left_other: '{{time}} left.',
  minutes_one: '{{count}} minute',
  minutes_other: '{{count}} minutes',
  seconds_one: '{{count}} second',
  seconds_other: '{{count}} seconds',
  minutesSeconds: '{{minutes}} and {{seconds}}',
} satisfies typeof es;
