/**
 * Structured logs (pino). Tokens, codes and secrets are never passed to the logger on purpose;
 * redaction is the second line of defence for anything that slips into a logged object.
 */
import { type DestinationStream, type Logger, pino } from 'pino';

export const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers.accesstoken',
  'res.headers["set-cookie"]',
  '*.accessToken',
  '*.access_token',
  '*.refreshToken',
  '*.refresh_token',
  '*.idToken',
  '*.id_token',
  '*.code',
  '*.code_verifier',
  '*.clientSecret',
  '*.client_secret',
  '*.password',
  '*.logout_token',
  '*.sessionId',
];

export function createLogger(
  level: string,
  destination?: DestinationStream,
  bindings: Record<string, unknown> = {},
): Logger {
  return pino(
    {
      level,
      base: { service: 'llave-bff', ...bindings },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    },
    destination,
  );
}

/** Path of a URL without its query string: queries can carry `code` and `state`. */
export function pathOnly(url: string): string {
  const q = url.indexOf('?');
  const noQuery = q === -1 ? url : url.slice(0, q);
  try {
    return new URL(noQuery).pathname;
  } catch {
    return noQuery;
  }
}
