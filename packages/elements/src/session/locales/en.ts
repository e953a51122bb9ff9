import type es from './es-MX.js';

/** English strings of `<llave-session>`. */
const en: typeof es = {
  sign_in_failed: 'We couldn’t finish signing you in. Please try again.',
  protocol_unsupported:
    'This site can’t sign in with Llave CDMX right now. (For the site’s team: the Llave CDMX protocol needs a client secret, which a browser cannot keep. Use the BFF, or OpenID Connect with mode="browser".)',
  config_invalid:
    'This site can’t sign in with Llave CDMX right now. (For the site’s team: <llave-session mode="browser"> is missing {{setting}}, or it is not a valid address.)',
  dismiss: 'Dismiss',
};

export default en;
