/**
 * @llave-cdmx/bff: the Llave CDMX backend-for-frontend as a Hono app.
 * @module
 */
export type { IdpAdapter, NormalizedClaims, TokenSet } from './adapters/types.js';
export { createLlaveBff, type LlaveBff, type LlaveBffDeps } from './app.js';
export {
  type AdapterKind,
  ConfigError,
  type LlaveBffConfig,
  type LlaveBffOptions,
  resolveConfig,
} from './config.js';
export { configFromEnv } from './env.js';
export {
  DEFAULT_DRAIN_MS,
  drainable,
  type ServerTimeouts,
  serverOptions,
} from './http/drain.js';
export { PROXY_ROUTES, type ProxyRoute } from './proxy/allow-list.js';
