/**
 * Shared strings, es-MX (the source language). Plain, warm Spanish in the tú form, as on the
 * Llave CDMX site, written for people who rarely use online services: say what happened and
 * what to do next, no jargon, no blame.
 */
export default {
  actions: {
    continue: 'Continuar',
    back: 'Regresar',
    cancel: 'Cancelar',
    retry: 'Reintentar',
    close: 'Cerrar',
    save: 'Guardar',
    edit: 'Editar',
    delete: 'Eliminar',
    send: 'Enviar',
    resend: 'Enviar de nuevo',
    confirm: 'Confirmar',
    search: 'Buscar',
    signIn: 'Iniciar sesión',
    signOut: 'Cerrar sesión',
    enterAccount: 'Entrar a mi cuenta',
    showPassword: 'Mostrar contraseña',
    help: 'Ayuda',
  },
  status: {
    loading: 'Cargando…',
    saving: 'Guardando…',
    required: 'Obligatorio',
    optional: 'Opcional',
  },
  // What a list that loads from the API says without a connection, above its retry button
  // (the expediente's and the trámite tracker's).
  offline: {
    title: 'Sin conexión',
    message: 'Revisa tu conexión a internet e inténtalo de nuevo.',
  },
  // What a form's fields say: the light form's optional mark and a select's empty choice.
  form: {
    optional: '(opcional)',
    choose: 'Elige una opción',
    // Heading of the list of a form's errors.
    summary: 'Revisa estos datos antes de continuar:',
  },
  // A person's data as the ficha, the wizard, the reset and the signer's receipt name it.
  personal: {
    curp: 'CURP',
    sexo: 'Sexo',
    fechaNacimiento: 'Fecha de nacimiento',
    estadoNacimiento: 'Estado de nacimiento',
    documento: 'Documento de identidad',
    email: 'Correo electrónico',
    mobile: 'Celular',
  },
  // The address form of the wizard and the profile.
  address: {
    legend: 'Tu domicilio',
    codigoPostal: 'Código postal',
    codigoPostalHelp:
      'Son 5 números. Con él llenamos el estado, la alcaldía o municipio y la lista de colonias.',
    looking: 'Buscando tu código postal…',
    estado: 'Estado',
    municipio: 'Alcaldía o municipio',
    colonia: 'Colonia',
    calle: 'Calle',
    numeroExterior: 'Número exterior',
    numeroInterior: 'Número interior',
  },
  retryIn_one: 'Puedes intentarlo de nuevo en {{count}} segundo.',
  // `_many` is CLDR's category for a million and more in Spanish ("1 000 000 de segundos");
  // i18next does not fall back from `_many` to `_other`, so Spanish plurals carry all three.
  retryIn_many: 'Puedes intentarlo de nuevo en {{count}} de segundos.',
  retryIn_other: 'Puedes intentarlo de nuevo en {{count}} segundos.',
  errors: {
    // Validators (packages/core/src/validators).
    curp_required: 'Escribe tu CURP.',
    curp_length: 'La CURP tiene 18 caracteres, sin espacios ni guiones.',
    curp_format:
      'Esta CURP no tiene la forma correcta. Revísala letra por letra; la encuentras en tu acta de nacimiento o en tu INE.',
    curp_date: 'La fecha de nacimiento de esta CURP no existe. Revisa los números del 5 al 10.',
    curp_state: 'El estado de nacimiento de esta CURP no es válido. Revisa las letras 12 y 13.',
    curp_check_digit: 'Parece que hay un error al escribir la CURP. Revísala letra por letra.',
    curp_forbidden_word: 'Esta CURP no es válida. Revisa las primeras cuatro letras.',
    phone_required: 'Escribe tu número de celular.',
    phone_chars: 'Escribe solo números, sin letras.',
    phone_length: 'El número de celular tiene 10 dígitos, con la lada incluida.',
    phone_format: 'Este número no es válido: la lada no empieza con 0 ni con 1.',
    email_required: 'Escribe tu correo electrónico.',
    email_too_long: 'Este correo es demasiado largo. Revisa que esté bien escrito.',
    email_local_too_long:
      'La parte antes de la @ es demasiado larga. Revisa que esté bien escrita.',
    email_format: 'Escribe un correo como nombre@ejemplo.com.',
    email_domain: 'Revisa lo que va después de la @, por ejemplo gmail.com o hotmail.com.',
    password_required: 'Escribe una contraseña.',
    password_mismatch: 'Las contraseñas no coinciden. Escríbela igual en los dos campos.',
    password_too_short: 'Tu contraseña necesita al menos {{min}} caracteres.',
    password_too_long: 'Tu contraseña puede tener hasta {{max}} caracteres.',
    password_control_chars:
      'Tu contraseña tiene un carácter que no se puede escribir igual en todos los equipos, como un tabulador o un salto de línea. Quítalo.',
    password_common:
      'Esta contraseña es muy común y fácil de adivinar. Elige otra; puedes usar varias palabras que solo tú relaciones.',
    password_context:
      'Tu contraseña se parece a tu nombre, tu CURP o tu correo. Elige otra que nadie pueda adivinar.',
    folio_required: 'Escribe el folio o la línea de captura.',
    folio_length: 'El folio o la línea de captura tiene 20 caracteres.',
    folio_format: 'Escribe solo letras y números, sin otros signos.',
    postal_code_required: 'Escribe tu código postal.',
    postal_code_format: 'El código postal tiene 5 números, por ejemplo 06000.',
    postal_code_not_found: 'No encontramos ese código postal. Revísalo en un recibo de luz o agua.',
    postal_code_unknown: 'No encontramos ese código postal. Revísalo en un recibo de luz o agua.',
    asentamiento_unknown: 'Elige tu colonia de la lista.',
    colonia: 'Elige tu colonia de la lista.',
    name_required: 'Escribe este dato como aparece en tu identificación.',
    name_too_long: 'Este dato es demasiado largo. Escríbelo como aparece en tu identificación.',
    name_chars: 'Escribe solo letras, espacios, apóstrofos o guiones.',
    // API codes (ApiErrorCode in contract.ts) and the client's own network error.
    bad_request: 'No pudimos entender la solicitud. Recarga la página e inténtalo de nuevo.',
    validation_failed: 'Revisa los datos marcados e inténtalo de nuevo.',
    not_found: 'No encontramos lo que buscas. Revisa los datos e inténtalo de nuevo.',
    unauthorized: 'Tu sesión terminó. Inicia sesión de nuevo para continuar.',
    forbidden: 'No tienes permiso para ver o cambiar esto.',
    level_required: 'Para continuar necesitas una cuenta de nivel {{level}}.',
    csrf_required:
      'Por seguridad no pudimos completar la acción. Recarga la página e inténtalo de nuevo.',
    curp_registered:
      'Ya existe una cuenta Llave CDMX con esta CURP. Si es tuya, entra o recupera tu contraseña.',
    email_registered:
      'Este correo ya está registrado en otra cuenta Llave CDMX. Si esa cuenta es tuya, entra con ella o recupera su contraseña; si no, usa otro correo.',
    phone_registered:
      'Este celular ya está registrado en otra cuenta Llave CDMX. Si esa cuenta es tuya, entra con ella o recupera su contraseña; si no, usa otro número.',
    contact_unverified: 'Primero confirma tu correo o tu celular con el código que te enviamos.',
    document_changed:
      'El documento cambió después de que lo revisaste, así que no lo firmamos. Revisa la versión nueva y vuelve a confirmar.',
    code_invalid: 'El código no es correcto. Revisa el mensaje más reciente que te enviamos.',
    // Said under the contact verifier's code field, beside its resend button (its `resend`).
    code_expired: 'Este código ya venció. Pide uno nuevo con el botón «Enviar otro código».',
    code_used: 'Este código ya se usó. Pide uno nuevo con el botón «Enviar otro código».',
    too_many_attempts: 'Hiciste demasiados intentos. Espera un momento e inténtalo de nuevo.',
    resend_too_soon: 'Espera un momento antes de pedir otro código.',
    rate_limited: 'Hiciste muchas solicitudes seguidas. Espera un momento e inténtalo de nuevo.',
    payload_too_large: 'El archivo es demasiado grande. El máximo es {{max}}.',
    unsupported_media_type: 'Este tipo de archivo no se acepta. Sube un PDF, JPEG o PNG.',
    upstream_unavailable:
      'Llave CDMX no responde en este momento. Inténtalo de nuevo en unos minutos.',
    session_store_unavailable:
      'Tenemos un problema temporal con las sesiones. Inténtalo de nuevo en unos minutos.',
    recent_login_required:
      'Por tu seguridad, vuelve a iniciar sesión con tu Llave CDMX y repite esta acción.',
    internal_error: 'Algo salió mal de nuestro lado. Inténtalo de nuevo en unos minutos.',
    network_error: 'No hay conexión. Revisa tu internet e inténtalo de nuevo.',
  },
  // The new-password stage's fields (the wizard's and the reset's).
  password: {
    account: 'Tu usuario',
    help: 'Usa al menos 8 caracteres; mejor 15 o más. Puedes usar espacios y cualquier símbolo. Una frase de varias palabras es fácil de recordar.',
    strength: {
      label: 'Seguridad de la contraseña: {{level}}',
      '0': 'muy débil',
      '1': 'débil',
      '2': 'regular',
      '3': 'buena',
      '4': 'muy buena',
    },
    tips: {
      password_tip_longer: 'Usa 15 caracteres o más: entre más larga, más segura.',
      password_tip_more_words: 'Junta tres o cuatro palabras que no tengan relación entre sí.',
      password_tip_repeats: 'Evita repetir letras o palabras.',
      password_tip_sequences: 'Evita secuencias como abc o 123.',
      password_tip_keyboard: 'Evita teclas seguidas del teclado, como qwerty.',
      password_tip_dates: 'Evita fechas y años, sobre todo los de tu familia.',
      password_tip_common_words: 'Evita palabras y nombres muy usados.',
      password_tip_personal: 'Evita tu nombre, tu CURP o tu correo.',
    },
    minLength_one: 'Al menos {{count}} carácter',
    minLength_many: 'Al menos {{count}} de caracteres',
    minLength_other: 'Al menos {{count}} caracteres',
  },
  levels: {
    basica: {
      name: 'Básica',
      description: 'Tu CURP está validada. Puedes hacer trámites sencillos.',
    },
    verificada: {
      name: 'Verificada',
      description:
        'Además confirmaste tu correo o tu celular con un código. Puedes hacer más trámites.',
    },
    firma: {
      name: 'Con firma',
      description:
        'Además tienes tu firma electrónica de la Ciudad de México. Puedes hacer todos los trámites.',
    },
  },
  // A level that cannot be reached online (the profile's next level, the signer's gate).
  levelUnavailable:
    'El nivel {{level}} no se obtiene en línea: acude a un módulo de atención de Llave CDMX con tu identificación.',
  sexo: {
    H: 'Hombre',
    M: 'Mujer',
    X: 'No binario',
  },
  documentTypes: {
    identificacion: 'Identificación oficial',
    'comprobante-domicilio': 'Comprobante de domicilio',
    'personalidad-juridica': 'Documento de personalidad jurídica',
    fotografia: 'Fotografía',
    acta: 'Acta',
    constancia: 'Constancia',
    permiso: 'Permiso',
    inmueble: 'Documento de inmueble',
    vehicular: 'Documento vehicular',
    otro: 'Otro documento',
  },
  documentStatuses: {
    cargado: 'Cargado',
    cotejado: 'Cotejado',
    rechazado: 'Rechazado',
  },
  tramiteStatuses: {
    recibido: 'Recibido',
    'en-revision': 'En revisión',
    'requiere-informacion': 'Requiere información',
    aprobado: 'Aprobado',
    rechazado: 'Rechazado',
    concluido: 'Concluido',
  },
  foreignDocumentTypes: {
    'acta-nacimiento': 'Acta de nacimiento',
    'credencial-inm': 'Credencial del INM',
    'documento-consular': 'Documento consular',
    'documento-identidad': 'Documento de identidad (DNI)',
    'documento-identidad-viaje': 'Documento de identidad y viaje',
    'forma-migratoria': 'Forma migratoria',
    'libreta-mar': 'Libreta de mar',
    'licencia-conducir': 'Licencia de conducir',
    pasaporte: 'Pasaporte',
    'tarjeta-residente-temporal': 'Tarjeta de residente temporal',
    'tarjeta-residente-temporal-estudiante': 'Tarjeta de residente temporal estudiante',
    visa: 'Visa',
    otro: 'Otro documento',
  },
  estados: {
    NE: 'Nací en el extranjero',
  },
} as const;
