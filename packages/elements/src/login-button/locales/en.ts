import type es from './es-MX.js';

/** English strings of `<llave-login-button>`. */
const en: typeof es = {
  signIn: 'Sign in with Llave CDMX',
  checking: 'Checking your session…',
  error: 'We couldn’t check your session.',
  retry: 'Try again',
  account: 'Your account',
  levelBadge: '{{level}} level',
  level: {
    basica: 'Basic',
    verificada: 'Verified',
    firma: 'With e-signature',
  },
  profile: 'My profile',
  logout: 'Sign out',
  loggingOut: 'Signing you out…',
  logoutError: 'We couldn’t sign you out. Please try again.',
  signedOut: 'You signed out.',
  stepUp: 'Raise your account to {{level}} level',
  'verify-contact': 'Verify your email or mobile to continue',
  unavailable: 'The {{level}} level can’t be obtained online.',
};
export default en;
