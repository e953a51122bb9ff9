/** es-MX, the source language of `<llave-profile>`: plain tú-form Spanish, what happens and what to do. */
export default {
  title: 'Mi perfil',
  loading: 'Cargando tu ficha…',
  signedOut: 'Inicia sesión con tu Llave CDMX para ver tu ficha.',
  loadError: 'No pudimos cargar tu ficha.',
  personal: {
    title: 'Datos personales',
    nombre: 'Nombre',
    nacionalidad: 'Nacionalidad',
    fromRenapo:
      'Estos datos vienen del Registro Nacional de Población (RENAPO) y no se pueden cambiar aquí.',
    howToCorrect:
      'Si alguno está mal, acude a un módulo de atención del Registro Civil con tu acta de nacimiento para corregirlo en RENAPO; después se actualiza en tu Llave CDMX.',
    foreignHowToCorrect:
      'Si alguno está mal, acude a un módulo de atención de Llave CDMX con tu documento de identidad.',
    help: 'Dónde hay un módulo de atención',
  },
  level: {
    title: 'Nivel de tu cuenta',
    badge: 'Nivel {{level}}',
    isTop: 'Tu cuenta tiene el nivel más alto.',
    'verify-contact':
      'Para subir a nivel {{level}}, verifica tu correo o tu celular con un código (abajo, en Contacto).',
    login: 'Sube tu cuenta a nivel {{level}}',
    unavailable:
      'El nivel {{level}} no se obtiene en línea: acude a un módulo de atención con tu identificación.',
  },
  contact: {
    title: 'Contacto',
    noMobile: 'Sin celular registrado',
    verified: 'Verificado',
    unverified: 'Sin verificar',
    verify: 'Verificar',
    changeEmail: 'Cambiar correo',
    changeMobile: 'Cambiar celular',
    addMobile: 'Agregar celular',
    newEmail: 'Nuevo correo electrónico',
    newMobile: 'Nuevo número de celular',
    newEmailHelp:
      'Te enviaremos un código. Tu correo actual sigue funcionando hasta que escribas ese código.',
    newMobileHelp:
      'Son 10 dígitos con lada. Te enviaremos un código por SMS; tu número actual sigue funcionando hasta que lo escribas.',
    send: 'Enviar código',
    sending: 'Enviando…',
    pending: 'Pendiente de verificar: {{value}}',
    pendingHelp: 'Escribe el código que te enviamos para que reemplace al actual.',
    changed: 'Listo: tu {{what}} quedó verificado.',
    whatEmail: 'correo',
    whatMobile: 'celular',
    locatel: 'Llama a LOCATEL (55 5658 1111) o consulta la ayuda',
  },
  address: {
    title: 'Domicilio',
    none: 'Todavía no registras tu domicilio.',
    update: 'Actualizar',
    opening: 'Abriendo el formulario…',
    openFailed: 'No pudimos abrir el formulario. Revisa tu conexión y vuelve a intentarlo.',
    coloniaHelp: 'Elige la tuya de la lista.',
    save: 'Guardar domicilio',
    saved: 'Guardamos tu domicilio.',
  },
  expediente: {
    title: 'Expediente',
    count_one: 'Tienes {{count}} documento; {{cotejados}} cotejado.',
    count_other: 'Tienes {{count}} documentos; {{cotejados}} cotejados.',
    empty: 'Todavía no tienes documentos en tu expediente.',
    needsLevel: 'Para ver tu expediente necesitas una cuenta de nivel Verificada.',
    open: 'Ver y administrar mis documentos',
    unavailable: 'No pudimos consultar tu expediente.',
  },
  consents: {
    title: 'Con quién compartiste tus documentos',
    intro: 'Cada vez que autorizas compartir documentos para un trámite, queda aquí.',
    empty: 'Todavía no compartes documentos con ninguna dependencia.',
    item: '{{agency}} · {{tramite}}',
    grantedAt: 'Autorizado el {{date}}',
    documents: 'Documentos',
    unavailable: 'No pudimos consultar el historial.',
  },
  rights: {
    title: 'Tus derechos sobre tu cuenta',
    export: 'Descargar mis datos',
    exportWhat:
      'Descargarás un archivo .zip con tu ficha y la lista de tus documentos (en formato JSON) y una copia de cada documento. Guárdalo en un lugar seguro: tiene tus datos personales.',
    exportConfirm: 'Descargar',
    exporting: 'Preparando tu archivo…',
    exported: 'Tu archivo se descargó.',
    misuse: 'No fui yo: reportar un uso indebido',
    misuseWhat:
      'Cerraremos tu sesión en todas las dependencias y en todos tus dispositivos, incluido este. Para volver a entrar tendrás que cambiar tu contraseña con "¿Olvidaste tu contraseña?".',
    misuseLabel: '¿Qué notaste? (opcional)',
    misuseConfirm: 'Cerrar todas mis sesiones',
    misuseDone:
      'Cerramos todas tus sesiones. Cambia tu contraseña para volver a entrar; si necesitas ayuda, llama a LOCATEL (55 5658 1111).',
    resetPassword: 'Cambiar mi contraseña',
    cancel: 'Cancelar mi cuenta',
    cancelWhat:
      'Se borrarán tu ficha, tus documentos y el historial de lo que compartiste, y se cerrarán tus sesiones en todas las dependencias. No se puede deshacer. Los trámites que ya hiciste se quedan en cada dependencia.',
    cancelConfirm: 'Sí, cancelar mi cuenta',
    cancelDone: 'Cancelamos tu cuenta Llave CDMX y cerramos todas tus sesiones.',
    reauth: 'Iniciar sesión de nuevo',
    back: 'No, regresar',
    working: 'Un momento…',
  },
  errors: {
    required: 'Escribe este dato.',
    too_long: 'Este dato es demasiado largo.',
    one_at_a_time: 'Cambia un contacto a la vez.',
    same_contact: 'Ese ya es tu contacto actual.',
  },
};
