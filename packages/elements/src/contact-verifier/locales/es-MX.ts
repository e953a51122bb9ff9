/** es-MX source strings of `<llave-contact-verifier>`: plain, warm Spanish (tú). */
export default {
  intro: {
    email: 'Te enviamos un código de 6 números a tu correo {{destination}}.',
    sms: 'Te enviamos un código de 6 números por mensaje al celular {{destination}}.',
  },
  label: 'Código de verificación',
  help: 'Escribe o pega el código. Si no lo ves, revisa tu carpeta de correo no deseado.',
  submit: 'Confirmar código',
  checking: 'Revisando el código…',
  resend: 'Enviar otro código',
  resendIn: 'Podrás pedir otro código en {{time}}.',
  resendStarted: 'Podrás pedir otro código en {{seconds}} segundos.',
  resendReady: 'Ya puedes pedir otro código.',
  resent: 'Te enviamos un código nuevo a {{destination}}. Solo sirve el más reciente.',
  wrongContact: 'No es correcto, quiero corregirlo',
  correct: {
    email: 'Tu correo electrónico',
    sms: 'Tu número de celular',
    help: 'Te enviaremos un código nuevo a este dato.',
    submit: 'Enviar código aquí',
  },
  verified: {
    email: 'Listo, confirmamos tu correo.',
    sms: 'Listo, confirmamos tu celular.',
  },
  errors: {
    code_required: 'Escribe el código que te enviamos.',
    code_format: 'El código tiene 6 números. Revisa que esté completo.',
    code_invalid_one: 'El código no es correcto. Te queda {{count}} intento.',
    code_invalid_other: 'El código no es correcto. Te quedan {{count}} intentos.',
    too_many_attempts:
      'Escribiste un código equivocado demasiadas veces. Por seguridad, pide un código nuevo.',
    resend_too_soon: 'Todavía no puedes pedir otro código. Espera {{seconds}} segundos.',
    not_found:
      'Esta verificación ya no existe. Vuelve a empezar o pide ayuda a LOCATEL: 55 5658 1111.',
    destination_invalid: 'Revisa el dato: no parece un correo o celular válido.',
  },
};
