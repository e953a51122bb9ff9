/** es-MX source strings of `<llave-document-signer>`: plain Spanish (tú), no legal jargon. */
export default {
  title: 'Firmar documento',
  loading: 'Preparando el documento…',
  // The fingerprint's term, in the review and on the receipt.
  fingerprint: 'Huella digital (SHA-256)',
  // After a link that opens another tab (the document, the verification page).
  newTab: '(se abre en otra pestaña)',
  review: {
    intro: 'Vas a firmar este documento con tu Llave CDMX. Revísalo antes de continuar.',
    name: 'Documento',
    type: 'Tipo',
    size: 'Tamaño',
    fingerprintHelp:
      'Es un código que solo tiene este archivo. Si cambia una sola letra del documento, la huella cambia. Puedes compararla con la que te dé la dependencia.',
    view: 'Ver el documento',
    consent:
      'Revisé el documento y quiero firmarlo con mi Llave CDMX. Entiendo que mi firma tiene validez legal, como si firmara en papel.',
    consentRequired: 'Marca la casilla para confirmar que quieres firmar este documento.',
    send: {
      any: 'Enviarme el código para firmar',
      sms: 'Enviarme el código por mensaje',
      email: 'Enviarme el código por correo',
    },
    sending: 'Enviando el código…',
    changed:
      'El documento cambió después de que lo revisaste. Esta es la versión nueva: revísala y vuelve a confirmar.',
  },
  code: {
    intro: 'Escribe el código para firmar «{{name}}».',
    cancel: 'Cancelar y no firmar',
  },
  signed: {
    title: 'Documento firmado',
    intro: 'Listo: firmaste «{{name}}». Guarda este comprobante.',
    folio: 'Folio',
    signedAt: 'Fecha y hora',
    signer: 'Firmó',
    verify: 'Verificar la firma',
  },
  gate: {
    signIn: 'Para firmar documentos, inicia sesión con tu Llave CDMX.',
    level:
      'Para firmar documentos necesitas el nivel {{level}}. Tu cuenta tiene el nivel {{current}}.',
    login: 'Iniciar sesión con el nivel {{level}}',
    'verify-contact': 'Primero confirma tu correo o tu celular desde tu perfil.',
  },
  errors: {
    source_missing: 'Esta página no indicó qué documento firmar. Avisa a la dependencia.',
    load_failed: 'No pudimos abrir el documento. Inténtalo de nuevo.',
    not_found: 'No encontramos ese documento en tu expediente.',
    contact_unverified:
      'Para firmar necesitas un correo o celular confirmado donde recibir el código. Confírmalo desde tu perfil.',
  },
};
