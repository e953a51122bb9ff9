/** es-MX source strings of `<llave-password-reset>`: plain, warm Spanish (tú). */
export default {
  steps: {
    start: 'Recupera tu contraseña',
    code: 'Escribe el código',
    password: 'Crea tu nueva contraseña',
    done: 'Tu contraseña cambió',
  },
  intro: 'Escribe tu CURP y el correo o celular de tu cuenta. Te enviaremos un código.',
  curpHelp: 'Son 18 letras y números.',
  contact: 'Correo o celular de tu cuenta',
  contactHelp: 'El que registraste en Llave CDMX.',
  send: 'Enviar código',
  sending: 'Enviando…',
  sent: 'Si los datos coinciden con una cuenta, te enviamos un código a {{destination}}.',
  save: 'Guardar contraseña',
  done: 'Listo, ya puedes entrar con tu nueva contraseña.',
  startOver: 'Empezar de nuevo',
  password: {
    password: 'Nueva contraseña',
    confirm: 'Escribe otra vez la nueva contraseña',
  },
  errors: {
    contact: 'Escribe un correo (nombre@ejemplo.com) o un celular de 10 números.',
    expired:
      'Pasó demasiado tiempo y el permiso para cambiar la contraseña venció. Empieza de nuevo.',
  },
};
