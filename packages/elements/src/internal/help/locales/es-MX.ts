/**
 * es-MX, the source of the help every component offers: the short answers of the Llave CDMX
 * troubleshooting guide for the problems citizens meet most (WCAG 3.2.6 Consistent Help).
 */
export default {
  summary: '¿Necesitas ayuda?',
  locatel: 'Llama a LOCATEL:',
  more: 'Más ayuda',
  topics: {
    curpRegistered: {
      title: 'Mi CURP ya tiene una cuenta',
      answer:
        'Si la cuenta es tuya, entra o recupera tu contraseña. Si no la creaste tú, acude a un módulo de atención de Llave CDMX, o escribe a Llave CDMX enviando tu identificación oficial, un comprobante de domicilio y una fotografía tuya. También puedes llamar a LOCATEL.',
    },
    emailRegistered: {
      title: 'Mi correo ya está registrado',
      answer:
        'Si la cuenta es tuya, entra o recupera tu contraseña. Si no la reconoces, acude a un módulo de atención o escribe a Llave CDMX con tu identificación oficial, un comprobante de domicilio y una fotografía tuya. Mientras tanto puedes registrarte con otro correo.',
    },
    phoneRegistered: {
      title: 'Mi celular ya está registrado',
      answer:
        'Si la cuenta es tuya, entra o recupera tu contraseña. Si no la reconoces, acude a un módulo de atención o escribe a Llave CDMX con tu identificación oficial, un comprobante de domicilio y una fotografía tuya. Puedes registrarte sin celular.',
    },
    code: {
      title: 'El código no funciona',
      answer:
        'Usa solo el código más reciente: cuando pides otro, el anterior deja de servir. Escríbelo una sola vez, antes de que venza. Si no llega, revisa tu correo no deseado y espera para pedir otro.',
    },
    contactTypo: {
      title: 'Escribí mal mi correo o celular',
      answer:
        'Puedes corregirlo antes de verificarlo con «No es correcto»; te enviaremos un código nuevo al dato corregido.',
    },
    forgotContact: {
      title: 'Ya no tengo el correo o el celular de mi cuenta',
      answer:
        'Acude a un módulo de atención de Llave CDMX con tu identificación oficial para actualizarlo, o escribe a Llave CDMX con tu identificación, un comprobante de domicilio y una fotografía tuya.',
    },
    pageNotLoading: {
      title: 'La página no carga',
      answer:
        'Revisa tu conexión a internet, vuelve a cargar la página o prueba con otro navegador actualizado. Si sigue sin cargar, inténtalo más tarde.',
    },
    tramitesAgency: {
      title: '¿Dónde hago mi trámite?',
      answer:
        'Llave CDMX solo sirve para identificarte. Cada trámite se hace en el sitio de la dependencia que lo ofrece.',
    },
    firmaLevel: {
      title: '¿Cómo obtengo el nivel Con firma?',
      answer:
        'Todavía no se obtiene en línea: acude a un módulo de atención de Llave CDMX con tu identificación oficial y ahí suben tu cuenta a ese nivel. LOCATEL te dice cuál te queda más cerca.',
    },
    verificationPending: {
      title: 'Mi cuenta está pendiente de verificación',
      answer:
        'Confirma tu correo o tu celular con el código que te enviamos. Si no te llegó o ya venció, pide uno nuevo.',
    },
  },
};
