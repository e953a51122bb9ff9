/** The signing code's message (es-MX, as Llave writes them). */
import type { Channel, SignedDocument } from '@llave-cdmx/core';

/**
 * Names the document and the start of its fingerprint next to the code, so a citizen tricked
 * into signing something else can see it in the message itself (dynamic linking, as payment
 * codes do under PSD2).
 */
export function signatureMessage(
  channel: Channel,
  code: string,
  minutes: number,
  document: Pick<SignedDocument, 'name' | 'sha256'>,
) {
  const print = `${document.sha256.slice(0, 4)} ${document.sha256.slice(4, 8)}`.toUpperCase();
  return channel === 'email'
    ? {
        subject: 'Llave CDMX: tu código para firmar un documento',
        body: `Tu código para firmar «${document.name}» (huella ${print}…) con Llave CDMX es ${code}. Vence en ${minutes} minutos. Si no estás firmando este documento, no compartas el código con nadie.`,
      }
    : {
        subject: 'Llave CDMX',
        body: `Llave CDMX: tu código para firmar «${document.name.slice(0, 40)}» (huella ${print}) es ${code}. Vence en ${minutes} min. No lo compartas.`,
      };
}
