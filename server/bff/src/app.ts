/**
 * `createLlaveBff(config)`: the whole BFF as one Hono app, mountable in any Hono app
 * (`app.route('/', bff.app)`) or served on its own (`src/server.ts`).
 */
import { Hono } from 'hono';
import { deleteCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';
import type { DestinationStream, Logger } from 'pino';
import { LlaveAdapter } from './adapters/llave.js';
import { OidcAdapter } from './adapters/oidc.js';
import type { IdpAdapter } from './adapters/types.js';
import { isLocalDev, type LlaveBffConfig, type LlaveBffOptions, resolveConfig } from './config.js';
import { type BffContext, clientGone, wantsHtml } from './context.js';
import {
  errorBody,
  InvalidGrantError,
  jsonError,
  LoginError,
  StoreUnavailableError,
  UpstreamError,
} from './errors.js';
import { boundFetch, createAgent } from './http/outbound.js';
import { createLogger, pathOnly } from './log.js';
import { securityHeaders } from './middleware/security-headers/index.js';
import { sessionMiddleware } from './middleware/session/index.js';
import { proxyApp } from './proxy/proxy.js';
import { authApp } from './routes/auth.js';
import { healthApp } from './routes/health.js';
import { errorPage } from './routes/pages.js';
import { cookieNames, sessionCookieAttrs } from './session/cookies.js';
import { MemoryStore } from './session/memory-store.js';
import { RedisStore } from './session/redis-store.js';
import { Sessions } from './session/sessions.js';
import type { SessionStore } from './session/store.js';

export interface LlaveBffDeps {
  /** A pino logger to use; otherwise one is created at `config.logLevel`. */
  logger?: Logger;
  /** Where the created logger writes (tests capture lines here). */
  logDestination?: DestinationStream;
  /** A store to use instead of the configured one (e.g. shared by tests). */
  store?: SessionStore;
}

/** The BFF is a Hono app (routes under `config.prefix`), plus its lifecycle. */
export type LlaveBff = Hono & {
  config: LlaveBffConfig;
  /** Resolves once the session store can answer. */
  ready(): Promise<void>;
  /** Closes the store connection and the outbound pool. */
  close(): Promise<void>;
};

export function createLlaveBff(options: LlaveBffOptions, deps: LlaveBffDeps = {}): LlaveBff {
  const config = resolveConfig(options);
  const dev = isLocalDev(config);
  const logger =
    deps.logger ?? createLogger(config.logLevel, deps.logDestination, { adapter: config.adapter });
  const agent = createAgent(config);
  const totalTimeout = config.connectTimeoutMs + config.headersTimeoutMs + config.bodyTimeoutMs;
  const fetchImpl = boundFetch(agent, totalTimeout);
  const adapter: IdpAdapter =
    config.adapter === 'llave'
      ? new LlaveAdapter({
          baseUrl: config.llaveBaseUrl,
          clientId: config.clientId,
          clientSecret: config.clientSecret,
          redirectUri: config.redirectUri,
          fetch: fetchImpl,
        })
      : new OidcAdapter({
          issuer: config.oidcIssuer,
          clientId: config.clientId,
          clientSecret: config.clientSecret,
          redirectUri: config.redirectUri,
          postLogoutRedirectUri: config.postLogoutRedirectUri,
          scope: config.oidcScope,
          fetch: fetchImpl,
          timeoutSeconds: Math.ceil(totalTimeout / 1000),
        });
  const store: SessionStore =
    deps.store ??
    (config.sessionStore === 'redis'
      ? new RedisStore(config.redisUrl!, config.redisKeyPrefix, logger)
      : new MemoryStore());
  const sessions = new Sessions(store, config, adapter, logger);
  const cookies = cookieNames(dev);
  const ctx: BffContext = { config, dev, cookies, adapter, store, sessions, logger, agent };
  const p = config.prefix;

  const app = new Hono();
  app.use(`${p}/*`, securityHeaders({ hsts: !dev }));
  const withSession = sessionMiddleware(sessions, cookies.session);
  app.use(`${p}/login`, withSession);
  app.use(`${p}/logout`, withSession);
  app.use(`${p}/session`, withSession);
  app.use(`${p}/session/refresh`, withSession);
  app.use(`${p}/session/extend`, withSession);
  // Asking how long is left is not activity: it must not keep an idle session alive.
  app.use(`${p}/session/status`, sessionMiddleware(sessions, cookies.session, { touch: false }));
  app.use(`${p}/api/*`, withSession);
  app.route(p, authApp(ctx));
  app.route(p, healthApp(ctx));
  app.route(`${p}/api`, proxyApp(ctx));

  app.onError((err, c) => {
    // A navigation gets the readable page wherever it lands, /api included (a link to a
    // document, a bookmarked URL); a script's fetch gets the JSON shape (Sec-Fetch-Mode).
    const html = wantsHtml(c);
    if (err instanceof HTTPException) {
      if (html && err.status === 429) return errorPage(c, 'rateLimited', 429);
      return err.getResponse();
    }
    if (err instanceof StoreUnavailableError) {
      logger.error('session store unavailable: failing closed');
      return html ? errorPage(c, 'store', 503) : jsonError(503, 'session_store_unavailable');
    }
    if (err instanceof UpstreamError) {
      logger.warn({ kind: err.kind, reason: err.message }, 'identity provider unavailable');
      return html
        ? errorPage(c, 'unavailable', err.status)
        : jsonError(err.status, 'upstream_unavailable');
    }
    if (err instanceof LoginError) {
      logger.warn({ reason: err.message }, 'login refused');
      return html ? errorPage(c, 'loginFailed', 400, `${p}/login`) : jsonError(400, 'bad_request');
    }
    if (err instanceof InvalidGrantError) {
      deleteCookie(c, cookies.session, sessionCookieAttrs(dev));
      return c.json(errorBody('unauthorized'), 401);
    }
    if (clientGone(c)) {
      // The client hung up (or the server's request timeout cut a body that never came):
      // nobody is left to answer, and it is not the BFF failing.
      logger.info({ path: pathOnly(c.req.url) }, 'request aborted by the client');
      return jsonError(400, 'bad_request');
    }
    logger.error(
      { err: { name: err.name, message: err.message }, path: pathOnly(c.req.url) },
      'unexpected error',
    );
    return html ? errorPage(c, 'error', 500) : jsonError(500, 'internal_error');
  });

  return Object.assign(app, {
    config,
    ready: () => store.ready(),
    async close() {
      await store.close();
      await agent.close();
    },
  });
}
