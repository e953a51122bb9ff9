/**
 * The BFF's one typed configuration object, validated at start-up: a mistake in it stops the
 * process with a readable message instead of surfacing as a 500 in front of a citizen.
 */
import { DEFAULT_BFF_PREFIX } from '@llave-cdmx/core';

export type AdapterKind = 'llave' | 'oidc';

export interface RateLimitRule {
  /** Requests allowed per window. */
  limit: number;
  windowSeconds: number;
}

export interface LlaveBffConfig {
  /** Origin the browser sees the agency site on, e.g. `https://tramites.cdmx.gob.mx`. */
  publicOrigin: string;
  /** Where the BFF is mounted on that origin. */
  prefix: string;
  /** Which protocol speaks to the identity provider: the Llave CDMX protocol or OpenID Connect. */
  adapter: AdapterKind;
  /** Llave base URL (`{base}/oauthV2.xhtml`, `{base}/rest/oauth/*`). */
  llaveBaseUrl: string;
  /** OpenID Connect issuer, exact (discovery at `{issuer}/.well-known/openid-configuration`). */
  oidcIssuer: string;
  oidcScope: string;
  clientId: string;
  clientSecret: string;
  /** Callback registered with the IdP; defaults to `{publicOrigin}{prefix}/callback`. */
  redirectUri: string;
  /** Where the IdP sends the browser after RP-initiated logout (OIDC); defaults to `{publicOrigin}/`. */
  postLogoutRedirectUri: string;
  /** Base of the Llave account API the proxy forwards to, e.g. `http://127.0.0.1:4010/api`. */
  apiBase: string;
  /** `memory` (one instance) or `redis` (several instances share sessions). */
  sessionStore: 'memory' | 'redis';
  redisUrl?: string;
  /** Prefix of every Redis key, so several BFFs can share one Redis. */
  redisKeyPrefix: string;
  idleTimeoutSeconds: number;
  absoluteTimeoutSeconds: number;
  /** Lifetime of a login transaction (state, nonce, PKCE verifier). */
  transactionTtlSeconds: number;
  /** Refresh an OIDC access token this many seconds before it expires (capped at a quarter of its lifetime). */
  refreshSkewSeconds: number;
  /** Outbound timeouts (undici): TCP/TLS connect, response headers, gaps in the body. */
  connectTimeoutMs: number;
  headersTimeoutMs: number;
  bodyTimeoutMs: number;
  /** Largest upload the proxy forwards (documents, a file to verify): what the API accepts. */
  maxBodyBytes: number;
  /** Largest JSON body the proxy forwards to any other route (the API refuses more). */
  maxJsonBodyBytes: number;
  /** Use the left-most X-Forwarded-For address as the client IP (only behind a trusted proxy). */
  trustProxy: boolean;
  rateLimits: {
    loginPerIp: RateLimitRule;
    /** Code checks, resends and password endpoints, per client IP. */
    sensitivePerIp: RateLimitRule;
    /** The same endpoints per account (verification id, reset id, CURP or session subject). */
    sensitivePerAccount: RateLimitRule;
  };
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

export type LlaveBffOptions = Partial<Omit<LlaveBffConfig, 'rateLimits'>> & {
  rateLimits?: Partial<LlaveBffConfig['rateLimits']>;
} & Pick<LlaveBffConfig, 'publicOrigin' | 'clientId' | 'clientSecret' | 'apiBase'>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for the one case where cookies may be relaxed: plain-http development on loopback. */
export function isLocalDev(config: Pick<LlaveBffConfig, 'publicOrigin'>): boolean {
  const url = new URL(config.publicOrigin);
  return url.protocol === 'http:' && LOOPBACK.has(url.hostname);
}

function httpUrl(name: string, value: string | undefined, keepSlash = false): string {
  if (!value) throw new ConfigError(`${name} is required`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name} is not a URL: ${value}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`${name} must be http(s): ${value}`);
  }
  return keepSlash ? value : value.replace(/\/+$/, '');
}

function positive(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) throw new ConfigError(`${name} must be > 0`);
  return value;
}

/** Fills defaults and refuses unsafe or incomplete settings outright. */
export function resolveConfig(options: LlaveBffOptions): LlaveBffConfig {
  const publicOrigin = httpUrl('publicOrigin', options.publicOrigin);
  const origin = new URL(publicOrigin);
  if (origin.pathname !== '/' || origin.search) {
    throw new ConfigError('publicOrigin must be an origin (scheme, host, port), without a path');
  }
  // Session cookies over plain http are only acceptable on the developer's own machine.
  if (origin.protocol === 'http:' && !LOOPBACK.has(origin.hostname)) {
    throw new ConfigError('publicOrigin must be https (plain http is only allowed on localhost)');
  }
  const prefix = (options.prefix ?? DEFAULT_BFF_PREFIX).replace(/\/+$/, '');
  if (!/^\/[A-Za-z0-9/_-]*$/.test(prefix) || prefix.includes('//')) {
    throw new ConfigError(`prefix must be a path like /llave: ${options.prefix}`);
  }
  const adapter = options.adapter ?? 'llave';
  if (adapter !== 'llave' && adapter !== 'oidc') {
    throw new ConfigError(`adapter must be "llave" or "oidc": ${String(adapter)}`);
  }
  if (!options.clientId) throw new ConfigError('clientId is required');
  if (!options.clientSecret) throw new ConfigError('clientSecret is required');
  const llaveBaseUrl =
    adapter === 'llave'
      ? httpUrl('llaveBaseUrl', options.llaveBaseUrl)
      : (options.llaveBaseUrl ?? '');
  const oidcIssuer =
    adapter === 'oidc' ? httpUrl('oidcIssuer', options.oidcIssuer) : (options.oidcIssuer ?? '');
  const sessionStore = options.sessionStore ?? (options.redisUrl ? 'redis' : 'memory');
  if (sessionStore === 'redis' && !options.redisUrl) {
    throw new ConfigError('redisUrl is required when sessionStore is redis');
  }
  const idleTimeoutSeconds = positive('idleTimeoutSeconds', options.idleTimeoutSeconds ?? 30 * 60);
  const absoluteTimeoutSeconds = positive(
    'absoluteTimeoutSeconds',
    options.absoluteTimeoutSeconds ?? 8 * 60 * 60,
  );
  if (idleTimeoutSeconds > absoluteTimeoutSeconds) {
    throw new ConfigError('idleTimeoutSeconds cannot exceed absoluteTimeoutSeconds');
  }
  const rl = options.rateLimits ?? {};
  return {
    publicOrigin,
    prefix,
    adapter,
    llaveBaseUrl,
    oidcIssuer,
    oidcScope: options.oidcScope ?? 'openid profile email phone offline_access',
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    redirectUri: httpUrl(
      'redirectUri',
      options.redirectUri ?? `${publicOrigin}${prefix}/callback`,
      true,
    ),
    postLogoutRedirectUri: httpUrl(
      'postLogoutRedirectUri',
      options.postLogoutRedirectUri ?? `${publicOrigin}/`,
      true,
    ),
    apiBase: httpUrl('apiBase', options.apiBase),
    sessionStore,
    redisUrl: options.redisUrl,
    redisKeyPrefix: options.redisKeyPrefix ?? 'llave-bff:',
    idleTimeoutSeconds,
    absoluteTimeoutSeconds,
    transactionTtlSeconds: positive('transactionTtlSeconds', options.transactionTtlSeconds ?? 600),
    refreshSkewSeconds: options.refreshSkewSeconds ?? 30,
    connectTimeoutMs: positive('connectTimeoutMs', options.connectTimeoutMs ?? 3000),
    headersTimeoutMs: positive('headersTimeoutMs', options.headersTimeoutMs ?? 10_000),
    bodyTimeoutMs: positive('bodyTimeoutMs', options.bodyTimeoutMs ?? 10_000),
    // Llave accepts 2 MB documents today, plus room for the multipart envelope.
    maxBodyBytes: positive('maxBodyBytes', options.maxBodyBytes ?? 2 * 1024 * 1024 + 16 * 1024),
    maxJsonBodyBytes: positive('maxJsonBodyBytes', options.maxJsonBodyBytes ?? 64 * 1024),
    trustProxy: options.trustProxy ?? false,
    rateLimits: {
      loginPerIp: rl.loginPerIp ?? { limit: 30, windowSeconds: 60 },
      sensitivePerIp: rl.sensitivePerIp ?? { limit: 30, windowSeconds: 60 },
      sensitivePerAccount: rl.sensitivePerAccount ?? { limit: 10, windowSeconds: 60 },
    },
    logLevel: options.logLevel ?? 'info',
  };
}
