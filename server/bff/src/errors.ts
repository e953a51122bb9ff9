/**
 * One error shape for the browser: `ApiErrorBody` from core's contract, thrown as Hono's
 * `HTTPException` so any handler can stop with it. Nothing else (no stack, no upstream body)
 * ever reaches a client.
 */
import type { ApiErrorBody, ApiErrorCode, Level } from '@llave-cdmx/core';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface ApiErrorExtra {
  retryAfter?: number;
  requiredLevel?: Level;
  fields?: Record<string, string>;
}

/** es-MX messages for the codes the BFF itself answers; clients translate `code`. */
const MESSAGES: Partial<Record<ApiErrorCode, string>> = {
  bad_request: 'La solicitud no es válida.',
  not_found: 'No encontrado.',
  unauthorized: 'Inicia sesión con Llave CDMX para continuar.',
  forbidden: 'No tienes permiso para esta operación.',
  level_required: 'Tu cuenta necesita un nivel mayor para esta operación.',
  csrf_required: 'Falta el encabezado X-CSRF.',
  rate_limited: 'Demasiados intentos. Espera un momento e inténtalo de nuevo.',
  payload_too_large: 'El contenido es demasiado grande.',
  upstream_unavailable: 'Llave CDMX no responde en este momento. Inténtalo más tarde.',
  session_store_unavailable: 'El servicio de sesiones no está disponible. Inténtalo más tarde.',
  internal_error: 'Ocurrió un error inesperado.',
};

export function errorBody(code: ApiErrorCode, extra: ApiErrorExtra = {}): ApiErrorBody {
  return { error: { code, message: MESSAGES[code] ?? code, ...extra } };
}

export function jsonError(
  status: ContentfulStatusCode,
  code: ApiErrorCode,
  extra: ApiErrorExtra = {},
): Response {
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  };
  if (extra.retryAfter !== undefined) headers['retry-after'] = String(extra.retryAfter);
  return new Response(JSON.stringify(errorBody(code, extra)), { status, headers });
}

/** Builds the exception a handler throws to answer `status` with the contract's error body. */
export function apiError(
  status: ContentfulStatusCode,
  code: ApiErrorCode,
  extra: ApiErrorExtra = {},
): HTTPException {
  return new HTTPException(status, { res: jsonError(status, code, extra), message: code });
}

/** Thrown by outbound calls when the IdP or the API does not answer in time or at all. */
export class UpstreamError extends Error {
  override readonly name = 'UpstreamError';
  constructor(
    readonly kind: 'timeout' | 'unreachable' | 'bad_response',
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
  /** 503 when nobody answered, 502 when somebody answered wrongly or too slowly. */
  get status(): 502 | 503 {
    return this.kind === 'unreachable' ? 503 : 502;
  }
}

/** Thrown when the session store (Redis) cannot be reached: the BFF fails closed. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
}

/** A login that must not go on (bad state, wrong issuer, nonce mismatch, IdP error answer). */
export class LoginError extends Error {
  override readonly name = 'LoginError';
}

/** The IdP refused the refresh token: the session is over (RFC 6749 §5.2 invalid_grant). */
export class InvalidGrantError extends Error {
  override readonly name = 'InvalidGrantError';
}
