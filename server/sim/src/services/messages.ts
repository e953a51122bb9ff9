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
