/**
 * Structured logs (pino). Secrets are redacted at the logger, not at each call site, so a
 * careless `log.info({ body })` cannot leak a password, a code or a token.
 */
import { type Logger, pino } from 'pino';

const SECRET_KEYS = [
  'password',
  'newPassword',
  'code',
  'resetToken',
  'accessToken',
  'access_token',
  'refresh_token',
  'id_token',
  'clientSecret',
  'client_secret',
  'passwordHash',
  'authorization',
  'accesstoken',
  'cookie',
];

export const REDACT_PATHS = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((k) => `*.${k}`),
  ...SECRET_KEYS.map((k) => `*.*.${k}`),
];

/** SIM_LOG_LEVEL sets the level; tests default to silent unless they ask. */
export function createLogger(level = process.env.SIM_LOG_LEVEL ?? defaultLevel()): Logger {
  return pino({ name: 'llave-sim', level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } });
}

function defaultLevel(): string {
  return process.env.VITEST ? 'silent' : 'info';
}

export type { Logger };
