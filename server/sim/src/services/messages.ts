/** The texts of the messages the simulator "sends" (to the dev outbox), es-MX as Llave writes them. */
import type { Channel } from '@llave-cdmx/core';

export function verificationMessage(channel: Channel, code: string, minutes: number) {
  return channel === 'email'
    ? {
        subject: 'Llave CDMX: tu código de verificación',
        body: `Tu código para verificar tu correo en Llave CDMX es ${code}. Vence en ${minutes} minutos. Si no lo pediste, ignora este mensaje.`,
      }
    : {
        subject: 'Llave CDMX',
        body: `Llave CDMX: tu código de verificación es ${code}. Vence en ${minutes} min. No lo compartas.`,
      };
}

export function resetMessage(channel: Channel, code: string, minutes: number) {
  return channel === 'email'
    ? {
        subject: 'Llave CDMX: restablece tu contraseña',
        body: `Tu código para restablecer tu contraseña de Llave CDMX es ${code}. Vence en ${minutes} minutos. Si no lo pediste, ignora este mensaje: tu contraseña no cambió.`,
      }
    : {
        subject: 'Llave CDMX',
        body: `Llave CDMX: tu código para restablecer tu contraseña es ${code}. Vence en ${minutes} min. No lo compartas.`,
      };
}

/** Tells a contact it stopped being the account's (a change it did not ask for is then visible). */
export function contactReplacedMessage(channel: Channel) {
  const what = channel === 'email' ? 'correo' : 'celular';
  return {
    subject: `Llave CDMX: cambiaste tu ${what}`,
    body: `Tu cuenta Llave CDMX ya no usa este ${what}: se verificó uno nuevo. Si no fuiste tú, entra a Mi perfil y elige "No fui yo", o llama a LOCATEL (55 5658 1111).`,
  };
}

export function accountCancelledMessage() {
  return {
    subject: 'Llave CDMX: cancelaste tu cuenta',
    body: 'Tu cuenta Llave CDMX se canceló: borramos tus documentos y tus datos y cerramos tus sesiones en todas las dependencias. Si no fuiste tú, llama a LOCATEL (55 5658 1111).',
  };
}

export function misuseReportedMessage() {
  return {
    subject: 'Llave CDMX: reportaste un uso indebido',
    body: 'Cerramos todas las sesiones de tu cuenta Llave CDMX. Para volver a entrar, restablece tu contraseña con "¿Olvidaste tu contraseña?".',
  };
}
