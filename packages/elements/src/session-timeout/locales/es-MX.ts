/** es-MX, the source language of `<llave-session-timeout>`. */
export default {
  warning: {
    title: 'Tu sesión está por cerrarse',
    body: 'Por tu seguridad, cerraremos tu sesión en {{time}} si no haces nada.',
    keep: 'Lo que no hayas enviado se perderá si se cierra.',
    continue: 'Seguir en la sesión',
    continuing: 'Extendiendo…',
  },
  final: {
    title: 'Tu sesión termina pronto',
    body: 'Tu sesión terminará a las {{clock}} (en {{time}}).',
    why: 'Es el tiempo máximo que puede durar una sesión y no se puede extender. Envía lo que estés haciendo; después podrás iniciar sesión de nuevo.',
    ok: 'Entendido',
  },
  ended: {
    title: 'Tu sesión terminó',
    idle: 'Cerramos tu sesión porque pasó un tiempo sin actividad. Lo que no enviaste no se guardó.',
    absolute:
      'Tu sesión llegó a su tiempo máximo y la cerramos por tu seguridad. Lo que no enviaste no se guardó.',
    signedOut: 'Cerraste tu sesión.',
    again: 'Inicia sesión de nuevo para volver a esta página.',
    signIn: 'Iniciar sesión de nuevo',
    close: 'Cerrar',
  },
  signOut: 'Cerrar sesión',
  signingOut: 'Cerrando sesión…',
  extendFailed: 'No pudimos extender tu sesión. Revisa tu conexión e inténtalo de nuevo.',
  signOutFailed: 'No pudimos cerrar tu sesión. Inténtalo de nuevo.',
  left_one: 'Queda {{time}}.',
  left_other: 'Quedan {{time}}.',
  minutes_one: '{{count}} minuto',
  minutes_other: '{{count}} minutos',
  seconds_one: '{{count}} segundo',
  seconds_other: '{{count}} segundos',
  minutesSeconds: '{{minutes}} y {{seconds}}',
};
