/** Source strings (es-MX) of `<llave-login-button>`: short, warm, tú form like llave.cdmx.gob.mx. */
export default {
  signIn: 'Iniciar sesión con Llave CDMX',
  checking: 'Revisando tu sesión…',
  error: 'No pudimos revisar tu sesión.',
  retry: 'Reintentar',
  account: 'Tu cuenta',
  levelBadge: 'Nivel {{level}}',
  level: {
    basica: 'Básica',
    verificada: 'Verificada',
    firma: 'Con firma',
  },
  profile: 'Mi perfil',
  logout: 'Cerrar sesión',
  loggingOut: 'Cerrando tu sesión…',
  logoutError: 'No pudimos cerrar tu sesión. Intenta de nuevo.',
  signedOut: 'Cerraste tu sesión.',
  stepUp: 'Sube tu cuenta a nivel {{level}}',
  'verify-contact': 'Verifica tu correo o celular para continuar',
  unavailable: 'El nivel {{level}} no se obtiene en línea.',
};
