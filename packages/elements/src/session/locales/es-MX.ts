/**
 * Source strings (es-MX) of `<llave-session>`: what a browser-only session says when it cannot
 * sign in. Citizens read the first sentence; the second tells the site's team what to fix.
 */
export default {
  sign_in_failed: 'No pudimos completar tu inicio de sesión. Vuelve a intentarlo.',
  protocol_unsupported:
    'Este sitio no puede iniciar sesión con Llave CDMX por ahora. (Para el equipo del sitio: el protocolo Llave CDMX necesita un secreto de cliente, y un navegador no puede guardarlo. Usa el BFF, o OpenID Connect con mode="browser".)',
  config_invalid:
    'Este sitio no puede iniciar sesión con Llave CDMX por ahora. (Para el equipo del sitio: a <llave-session mode="browser"> le falta {{setting}} o no es una dirección válida.)',
  dismiss: 'Cerrar aviso',
};
