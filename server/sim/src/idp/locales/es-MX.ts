/**
 * Strings of the hosted identity pages (login, step-up, password reset, logout, errors).
 * es-MX is the source language: every key lives here; `en.ts` mirrors it.
 */
const strings = {
  brand: 'Llave CDMX',
  skipToContent: 'Saltar al contenido',
  switchLanguage: 'English',
  switchLanguageLang: 'en',
  simulatorNotice: 'Simulador de Llave CDMX: no uses datos reales.',
  errorSummaryTitle: 'Revisa lo siguiente:',
  login: {
    title: 'Inicia sesión con Llave CDMX',
    intro: 'Para continuar en {{client}}.',
    loginLabel: 'CURP, correo electrónico o teléfono celular',
    loginHelp: 'Por ejemplo: PEGJ900115HDFRRN03 o 55 1234 5678.',
    passwordLabel: 'Contraseña',
    showPassword: 'Mostrar contraseña',
    submit: 'Iniciar sesión',
    forgot: '¿Olvidaste tu contraseña?',
    loginRequired: 'Escribe tu CURP, correo electrónico o teléfono.',
    passwordRequired: 'Escribe tu contraseña.',
    invalid:
      'Los datos de acceso no coinciden con una cuenta Llave CDMX. Revisa tu CURP, correo o teléfono y tu contraseña.',
    rateLimited_one:
      'Hiciste demasiados intentos. Espera {{count}} minuto antes de volver a intentarlo.',
    rateLimited_other:
      'Hiciste demasiados intentos. Espera {{count}} minutos antes de volver a intentarlo.',
    resetDone: 'Tu contraseña cambió. Ya puedes iniciar sesión con la nueva.',
    resetRequired:
      'Reportaste un uso indebido de tu cuenta, así que cerramos todas tus sesiones. Antes de entrar, cambia tu contraseña con "¿Olvidaste tu contraseña?".',
  },
  stepUp: {
    title: 'Confirma tu identidad',
    intro: '{{client}} pide una cuenta con nivel {{level}}. Tu cuenta tiene nivel {{current}}.',
    sent: 'Enviamos un código de 6 dígitos a {{destination}}.',
    codeLabel: 'Código de verificación',
    codeHelp: 'Revisa tu bandeja de entrada o tus mensajes. El código vence en unos minutos.',
    submit: 'Confirmar',
    resend: 'Enviar otro código',
    codeRequired: 'Escribe el código que te enviamos.',
    unreachable:
      'Tu cuenta no puede alcanzar el nivel {{level}} desde esta página. Para obtenerlo acude a un módulo de atención o llama a LOCATEL (55 5658 1111).',
    noContact:
      'Tu cuenta no tiene un correo ni un teléfono al que podamos enviar un código. Llama a LOCATEL (55 5658 1111) para actualizar tus datos.',
    back: 'Regresar a {{client}}',
  },
  levels: {
    basica: 'básica',
    verificada: 'verificada',
    firma: 'con firma electrónica',
  },
  codeErrors: {
    code_invalid: 'El código no es correcto. Revisa el último código que te enviamos.',
    code_expired: 'El código venció. Pide uno nuevo.',
    code_used: 'Ese código ya se usó. Pide uno nuevo.',
    too_many_attempts: 'Hiciste demasiados intentos con este código. Pide uno nuevo.',
    resend_too_soon: 'Espera un momento antes de pedir otro código.',
    other: 'No pudimos comprobar el código. Intenta de nuevo.',
  },
  reset: {
    title: 'Recupera tu contraseña',
    intro: 'Escribe tu CURP y el correo o teléfono de tu cuenta. Te enviaremos un código.',
    curpLabel: 'CURP',
    contactLabel: 'Correo electrónico o teléfono celular',
    submit: 'Enviar código',
    curpRequired: 'Escribe tu CURP.',
    contactRequired: 'Escribe tu correo electrónico o teléfono.',
    codeTitle: 'Escribe el código',
    codeSent:
      'Si los datos coinciden con una cuenta, enviamos un código de 6 dígitos a {{destination}}.',
    codeLabel: 'Código de verificación',
    codeSubmit: 'Continuar',
    passwordTitle: 'Crea una contraseña nueva',
    passwordLabel: 'Contraseña nueva',
    passwordHelp:
      'Usa al menos 8 caracteres; te recomendamos 15 o más. Puedes usar espacios y cualquier símbolo.',
    confirmLabel: 'Confirma la contraseña nueva',
    passwordSubmit: 'Guardar contraseña',
    passwordRequired: 'Escribe una contraseña nueva.',
    passwordMismatch: 'Las contraseñas no coinciden.',
    passwordRejected:
      'Esa contraseña no es segura: usa al menos 8 caracteres y evita contraseñas comunes.',
    expired: 'El proceso de recuperación venció. Empieza de nuevo.',
    backToLogin: 'Regresar a iniciar sesión',
  },
  logout: {
    title: '¿Cerrar sesión?',
    intro: 'Vas a cerrar tu sesión de Llave CDMX en este navegador.',
    confirm: 'Sí, cerrar sesión',
    cancel: 'No, seguir con la sesión',
    doneTitle: 'Cerraste sesión',
    done: 'Tu sesión de Llave CDMX terminó.',
  },
  errors: {
    title: 'No pudimos continuar',
    unknownClient:
      'El servicio que te envió aquí no está registrado en Llave CDMX. Regresa al sitio del trámite e inténtalo de nuevo.',
    badRedirect:
      'El servicio que te envió aquí pidió regresar a una dirección no registrada. Por tu seguridad no te enviamos ahí.',
    badRequest: 'La solicitud no es válida. Regresa al sitio del trámite e inténtalo de nuevo.',
    expired: 'Esta página venció. Regresa al sitio del trámite e inicia sesión de nuevo.',
    csrf: 'La página venció por seguridad. Vuelve a cargarla e inténtalo de nuevo.',
    notFound: 'No encontramos esta página.',
    getOnly:
      'Esta dirección recibe la solicitud del servicio como enlace (GET), no como formulario. Regresa al sitio del trámite e inténtalo de nuevo.',
    generic: 'Ocurrió un problema. Intenta de nuevo más tarde.',
  },
};

export default strings;
export type IdpStrings = typeof strings;
