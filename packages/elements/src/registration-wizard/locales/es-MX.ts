/** es-MX source strings of `<llave-registration-wizard>`: plain, warm Spanish (tú). */
export default {
  progress: 'Avance del registro',
  stepOf: 'Paso {{step}} de 3',
  steps: { '1': 'Tus datos', '2': 'Contacto', '3': 'Contraseña', '4': 'Confirma tu correo' },
  done: 'completado',
  goTo: 'Volver al paso {{step}}: {{name}}',
  submit: 'Crear mi cuenta',
  sending: 'Creando tu cuenta…',
  checking: 'Revisando…',
  personal: {
    curpHelp: 'Son 18 letras y números. La encuentras en tu acta de nacimiento o en gob.mx/curp.',
    noCurp: 'No tengo CURP (soy persona extranjera)',
    looking: 'Buscando tus datos…',
    fromRegistry: 'Estos datos vienen del registro de población y no se pueden cambiar aquí.',
    nombre: 'Nombre o nombres',
    primerApellido: 'Primer apellido',
    segundoApellido: 'Segundo apellido',
    fechaHint: 'Por ejemplo: 27 3 1960',
    fechaDia: 'Día',
    fechaMes: 'Mes',
    fechaAnio: 'Año',
    nacionalidad: 'País de nacionalidad',
    nacionalidadHelp: 'Escribe las primeras letras y elige tu país de la lista.',
    documentoNumero: 'Número del documento',
  },
  address: {
    coloniaHelp: 'Si ves dos con el mismo nombre, fíjate en el tipo entre paréntesis.',
    coloniaOption: '{{nombre}} ({{tipo}})',
  },
  contact: {
    emailHelp: 'Te enviaremos un código para confirmarlo. Será tu usuario para entrar.',
    mobileHelp: '10 números, por ejemplo 55 1234 5678.',
  },
  password: {
    password: 'Contraseña',
    confirm: 'Escribe otra vez la contraseña',
    privacy: 'Leí y acepto el aviso de privacidad',
    privacyLink: 'Leer el aviso de privacidad',
  },
  conflict: {
    recover: 'Recuperar mi contraseña',
  },
  errors: {
    required: 'Este dato es obligatorio.',
    choose: 'Elige una opción.',
    date: 'Escribe una fecha válida y que no sea futura.',
    date_incomplete: 'Escribe el día, el mes y el año en que naciste.',
    date_impossible: 'Esa fecha no existe. Revisa el día y el mes.',
    date_year: 'Escribe el año completo, con 4 cifras (por ejemplo 1960).',
    country: 'Elige tu país de la lista.',
    documentoNumero: 'Escribe el número del documento (hasta 30 letras o números).',
    privacy: 'Para crear tu cuenta necesitas aceptar el aviso de privacidad.',
    network:
      'No pudimos conectarnos. Revisa tu internet e inténtalo de nuevo; no perdiste nada de lo que escribiste.',
    generic:
      'Algo salió mal de nuestro lado. Inténtalo de nuevo en unos minutos; no perdiste nada de lo que escribiste.',
  },
  verify: {
    intro: 'Tu cuenta ya existe. Confirma tu correo para poder hacer más trámites.',
    title: 'Tu cuenta está lista',
    done: 'Confirmaste tu correo. Ya puedes iniciar sesión con tu correo y tu contraseña.',
  },
};
