/**
 * The simulator's configuration: one typed object, validated at start-up. Environment
 * variables are documented in server/sim/README.md.
 */
import { validatePublicClients } from './idp/oidc/public-clients.js';
import type { SimClient, SimConfig, SimPublicClient } from './types.js';

export const DEFAULT_PORT = 4010;

/** The demo agency (demo/) registered by default, so `npm start` needs no setup. */
export const DEMO_CLIENT: SimClient = {
  clientId: 'demo-agency',
  clientSecret: 'demo-agency-secret',
  redirectUris: ['http://localhost:3000/llave/callback'],
  postLogoutRedirectUris: ['http://localhost:3000/'],
  backchannelLogoutUri: 'http://localhost:3000/llave/backchannel-logout',
  name: 'SEMOVI (demo)',
};

/**
 * The demo's static page (no server, `npm start` serves it on port 3001) registered by default
 * as a public client: it signs in from the browser with `<llave-session mode="browser">`.
 */
export const DEMO_PUBLIC_CLIENT: SimPublicClient = {
  clientId: 'demo-static',
  redirectUris: ['http://127.0.0.1:3001/'],
  postLogoutRedirectUris: ['http://127.0.0.1:3001/'],
  name: 'Sitio sin servidor (demo)',
};

export function defaultConfig(): SimConfig {
  return {
    port: DEFAULT_PORT,
    host: '127.0.0.1',
    publicUrl: `http://localhost:${DEFAULT_PORT}`,
    dataDir: undefined,
    clients: [DEMO_CLIENT],
    publicClients: [DEMO_PUBLIC_CLIENT],
    maxUploadBytes: 2 * 1024 * 1024,
    codeTtlSeconds: 10 * 60,
    resendCooldownSeconds: 60,
    maxCodeAttempts: 5,
    accessTokenTtlSeconds: 60 * 60,
    recentSignInSeconds: 15 * 60,
    postalCodeFile: undefined,
  };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function intVar(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0)
    throw new ConfigError(`${name} must be a non-negative integer`);
  return n;
}

function parseClients<T>(raw: string, name = 'SIM_CLIENTS'): T[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ConfigError(`${name} must be a JSON array of clients`);
  }
  if (!Array.isArray(parsed)) throw new ConfigError(`${name} must be a JSON array of clients`);
  return parsed as T[];
}

/**
 * Reads SIM_* variables. Only what is set is returned, so the result can be passed as overrides
 * to `createSimulator` / `startSimulator` on top of the defaults.
 */
export function loadConfigFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<SimConfig> {
  const out: Partial<SimConfig> = {};
  const port = intVar(env, 'SIM_PORT');
  if (port !== undefined) out.port = port;
  if (env.SIM_HOST) out.host = env.SIM_HOST;
  if (env.SIM_PUBLIC_URL) out.publicUrl = env.SIM_PUBLIC_URL;
  if (env.SIM_DATA_DIR) out.dataDir = env.SIM_DATA_DIR;
  if (env.SIM_CLIENTS) out.clients = parseClients<SimClient>(env.SIM_CLIENTS);
  if (env.SIM_PUBLIC_CLIENTS)
    out.publicClients = parseClients<SimPublicClient>(env.SIM_PUBLIC_CLIENTS, 'SIM_PUBLIC_CLIENTS');
  const maxUpload = intVar(env, 'SIM_MAX_UPLOAD_BYTES');
  if (maxUpload !== undefined) out.maxUploadBytes = maxUpload;
  const ttl = intVar(env, 'SIM_CODE_TTL_SECONDS');
  if (ttl !== undefined) out.codeTtlSeconds = ttl;
  const cooldown = intVar(env, 'SIM_RESEND_COOLDOWN_SECONDS');
  if (cooldown !== undefined) out.resendCooldownSeconds = cooldown;
  const attempts = intVar(env, 'SIM_MAX_CODE_ATTEMPTS');
  if (attempts !== undefined) out.maxCodeAttempts = attempts;
  const tokenTtl = intVar(env, 'SIM_ACCESS_TOKEN_TTL_SECONDS');
  if (tokenTtl !== undefined) out.accessTokenTtlSeconds = tokenTtl;
  const recent = intVar(env, 'SIM_RECENT_SIGN_IN_SECONDS');
  if (recent !== undefined) out.recentSignInSeconds = recent;
  if (env.SIM_POSTAL_CODE_FILE) out.postalCodeFile = env.SIM_POSTAL_CODE_FILE;
  return out;
}

function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Merges overrides on the defaults and refuses a configuration that cannot work. */
export function resolveConfig(overrides: Partial<SimConfig> = {}): SimConfig {
  const config: SimConfig = { ...defaultConfig(), ...overrides };
  if (overrides.publicUrl === undefined) config.publicUrl = `http://localhost:${config.port}`;
  config.publicUrl = config.publicUrl.replace(/\/+$/, '');
  if (!isHttpUrl(config.publicUrl)) throw new ConfigError('publicUrl must be an http(s) URL');
  if (config.port > 65535) throw new ConfigError('port must be at most 65535');
  if (config.maxUploadBytes < 1) throw new ConfigError('maxUploadBytes must be positive');
  for (const client of config.clients) {
    if (
      typeof client?.clientId !== 'string' ||
      typeof client.clientSecret !== 'string' ||
      !Array.isArray(client.redirectUris) ||
      !client.redirectUris.every(isHttpUrl)
    ) {
      throw new ConfigError(
        'each client needs clientId, clientSecret and http(s) redirectUris (SIM_CLIENTS)',
      );
    }
    client.name ??= client.clientId;
  }
  const problem = validatePublicClients(config.publicClients, config.clients);
  if (problem) throw new ConfigError(`${problem} (SIM_PUBLIC_CLIENTS)`);
  return config;
}
