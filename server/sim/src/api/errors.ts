/**
 * The global error and not-found handlers: every answer is an `ApiErrorBody`, a malformed
 * request never becomes a 500, and no stack trace reaches a client.
 */
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { conflictFor, SimError } from '../errors.js';
import type { Logger } from '../logger.js';
import { AccountConflictError } from '../store/accounts.js';
import { StorageUnavailableError } from '../store/store.js';

const STATUS_CODES: Partial<Record<number, SimError['code']>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

export function errorResponse(c: Context, err: SimError) {
  if (err.details.retryAfter !== undefined) c.header('Retry-After', String(err.details.retryAfter));
  return c.json(err.toBody(), err.status);
}

export function createErrorHandler(log: Logger): ErrorHandler {
  return (err, c) => {
    if (err instanceof SimError) return errorResponse(c, err);
    if (err instanceof AccountConflictError) return errorResponse(c, conflictFor(err.field));
    if (err instanceof StorageUnavailableError) {
      log.error({ reason: err.message }, 'storage not writable');
      return errorResponse(
        c,
        new SimError(
          503,
          'upstream_unavailable',
          'El simulador no puede guardar datos en este momento (almacenamiento sin permiso de escritura). Inténtalo más tarde.',
        ),
      );
    }
    if (err instanceof HTTPException && err.status < 500) {
      const status = err.status as ContentfulStatusCode;
      const code = STATUS_CODES[status] ?? 'bad_request';
      return errorResponse(
        c,
        new SimError(status, code, err.message || 'La solicitud no es válida.'),
      );
    }
    log.error({ err, method: c.req.method, path: c.req.path }, 'unhandled error');
    return c.json(
      {
        error: {
          code: 'internal_error',
          message: 'Ocurrió un error inesperado. Intenta más tarde.',
        },
      },
      500,
    );
  };
}

export const notFoundHandler: NotFoundHandler = (c) =>
  errorResponse(c, new SimError(404, 'not_found', 'No existe esa ruta.'));
