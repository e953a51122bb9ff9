/**
 * Configuration from environment variables (documented in README.md, one row each).
 */
import { type AdapterKind, ConfigError, type LlaveBffOptions } from './config.js';
import type { ServerOptions } from './server.js';

type Env = Record<string, string | undefined>;

function num(env: Env, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new ConfigError(`${name} must be a number: ${raw}`);
  return value;
}

function bool(env: Env, name: string): boolean | undefined {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return undefined;
  if (['1', 'true', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'no'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false: ${raw}`);
}

function rule(env: Env, name: string) {
  const limit = num(env, `${name}_LIMIT`);
  const windowSeconds = num(env, `${name}_WINDOW_SECONDS`);
  if (limit === undefined && windowSeconds === undefined) return undefined;
  return { limit: limit ?? 30, windowSeconds: windowSeconds ?? 60 };
}

export function configFromEnv(env: Env = process.env): LlaveBffOptions &
  ServerOptions & {
    port: number;
    host: string;
  } {
  const idp = env.LLAVE_IDP_URL?.replace(/\/+$/, '');
  return {
    port: num(env, 'PORT') ?? 3001,
    host: env.HOST ?? '127.0.0.1',
    drainMs: num(env, 'LLAVE_DRAIN_MS'),
    serverRequestTimeoutMs: num(env, 'LLAVE_SERVER_REQUEST_TIMEOUT_MS'),
    serverHeadersTimeoutMs: num(env, 'LLAVE_SERVER_HEADERS_TIMEOUT_MS'),
    publicOrigin: env.LLAVE_PUBLIC_ORIGIN ?? '',
    prefix: env.LLAVE_PREFIX || undefined,
    adapter: (env.LLAVE_ADAPTER as AdapterKind | undefined) || undefined,
    llaveBaseUrl: env.LLAVE_BASE_URL || idp,
    oidcIssuer: env.LLAVE_OIDC_ISSUER || (idp ? `${idp}/oidc` : undefined),
    oidcScope: env.LLAVE_OIDC_SCOPE || undefined,
    clientId: env.LLAVE_CLIENT_ID ?? '',
    clientSecret: env.LLAVE_CLIENT_SECRET ?? '',
    redirectUri: env.LLAVE_REDIRECT_URI || undefined,
    postLogoutRedirectUri: env.LLAVE_POST_LOGOUT_REDIRECT_URI || undefined,
    apiBase: env.LLAVE_API_BASE || (idp ? `${idp}/api` : ''),
    sessionStore: env.REDIS_URL ? 'redis' : undefined,
    redisUrl: env.REDIS_URL || undefined,
    redisKeyPrefix: env.LLAVE_REDIS_PREFIX || undefined,
    idleTimeoutSeconds: num(env, 'LLAVE_SESSION_IDLE_SECONDS'),
    absoluteTimeoutSeconds: num(env, 'LLAVE_SESSION_ABSOLUTE_SECONDS'),
    transactionTtlSeconds: num(env, 'LLAVE_LOGIN_TTL_SECONDS'),
    refreshSkewSeconds: num(env, 'LLAVE_REFRESH_SKEW_SECONDS'),
    connectTimeoutMs: num(env, 'LLAVE_CONNECT_TIMEOUT_MS'),
    headersTimeoutMs: num(env, 'LLAVE_HEADERS_TIMEOUT_MS'),
    bodyTimeoutMs: num(env, 'LLAVE_BODY_TIMEOUT_MS'),
    maxBodyBytes: num(env, 'LLAVE_MAX_BODY_BYTES'),
    maxJsonBodyBytes: num(env, 'LLAVE_MAX_JSON_BODY_BYTES'),
    trustProxy: bool(env, 'LLAVE_TRUST_PROXY'),
    rateLimits: {
      loginPerIp: rule(env, 'LLAVE_RL_LOGIN_IP'),
      sensitivePerIp: rule(env, 'LLAVE_RL_SENSITIVE_IP'),
      sensitivePerAccount: rule(env, 'LLAVE_RL_SENSITIVE_ACCOUNT'),
    },
    logLevel: (env.LOG_LEVEL as LlaveBffOptions['logLevel']) || undefined,
  };
}
