/**
 * The simulator's one error type and its mapping to the contract's `ApiErrorBody`, so every
 * answer a client sees, from any route, has the same shape (DESIGN.md §5, CONVENTIONS "Server").
 */
import type { ApiErrorBody, ApiErrorCode, Channel, Level } from '@llave-cdmx/core';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** LOCATEL help for conflicts the troubleshooting guide sends people to. */
export const HELP_URL = 'https://llave.cdmx.gob.mx/ayuda';

export interface SimErrorDetails {
  fields?: Record<string, string>;
  retryAfter?: number;
  requiredLevel?: Level;
  helpUrl?: string;
}

export class SimError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ApiErrorCode,
    message: string,
    readonly details: SimErrorDetails = {},
  ) {
    super(message);
    this.name = 'SimError';
  }

  toBody(): ApiErrorBody {
    return { error: { code: this.code, message: this.message, ...this.details } };
  }
}

export const badRequest = (message = 'La solicitud no es válida.') =>
  new SimError(400, 'bad_request', message);

export const validationFailed = (fields: Record<string, string>) =>
  new SimError(422, 'validation_failed', 'Revisa los datos marcados.', { fields });

export const notFound = (message = 'No encontramos lo que buscas.') =>
  new SimError(404, 'not_found', message);

export const unauthorized = () =>
  new SimError(401, 'unauthorized', 'Inicia sesión con tu Llave CDMX para continuar.');

export const forbidden = (message = 'No tienes permiso para esta acción.') =>
  new SimError(403, 'forbidden', message);

export const payloadTooLarge = (maxBytes: number) =>
  new SimError(413, 'payload_too_large', `El archivo supera el límite de ${maxBytes} bytes.`);

/** The guide's answer to "that email / phone is already registered". */
export function contactTaken(channel: Channel): SimError {
  return channel === 'email'
    ? new SimError(
        409,
        'email_registered',
        'Ese correo ya está registrado en otra cuenta Llave CDMX. Si es tuyo, recupera tu contraseña o llama a LOCATEL (55 5658 1111).',
        { helpUrl: HELP_URL },
      )
    : new SimError(
        409,
        'phone_registered',
        'Ese celular ya está registrado en otra cuenta Llave CDMX. Usa otro o llama a LOCATEL (55 5658 1111).',
        { helpUrl: HELP_URL },
      );
}

/** The guide's answer to "that CURP already has an account". */
export const curpTaken = () =>
  new SimError(
    409,
    'curp_registered',
    'Esta CURP ya tiene una cuenta Llave CDMX. Inicia sesión o recupera tu contraseña; si no la creaste tú, llama a LOCATEL (55 5658 1111).',
    { helpUrl: HELP_URL },
  );

/** The conflict answer for a unique value another account already holds. */
export function conflictFor(field: 'curp' | 'email' | 'mobile'): SimError {
  return field === 'curp' ? curpTaken() : contactTaken(field === 'email' ? 'email' : 'sms');
}
