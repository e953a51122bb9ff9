/**
 * `createSimulator`: builds the store, the services of the seam (`SimContext`), the account
 * API under `/api`, the development outbox under `/dev` and the identity-provider side at `/`.
 */
import { Hono } from 'hono';
import type { ApiDeps } from './api/deps.js';
import { createErrorHandler, notFoundHandler } from './api/errors.js';
import { createApi } from './api/index.js';
import { loadPostalCodeCatalog } from './catalog/postal-codes.js';
import { resolveConfig } from './config.js';
import { createIdp } from './idp/index.js';
import { loadOrCreateSecrets } from './idp/keys.js';
import { createLogger, type Logger } from './logger.js';
import { StoreOutbox } from './outbox/outbox.js';
import { outboxRoutes } from './outbox/routes.js';
import { seedStore } from './seed/seed.js';
import { PasswordResets } from './services/password-resets.js';
import { Verifications } from './services/verifications.js';
import { DocumentSigner } from './signing/jws.js';
import { signingPageRoutes } from './signing/page.js';
import { Signatures } from './signing/signatures.js';
import { Accounts } from './store/accounts.js';
import { StoreKeyValue } from './store/kv.js';
import { openStore, type Store } from './store/store.js';
import type { SimConfig, SimContext } from './types.js';

export interface Simulator {
  app: Hono;
  ctx: SimContext;
  /** The data behind the API, for tests that check what a call left (or removed). */
  store: Store;
  close(): Promise<void>;
}

export interface SimulatorOptions {
  /** A logger to use instead of the default pino one (tests pass a silent or capturing one). */
  logger?: Logger;
}

export async function createSimulator(
  overrides: Partial<SimConfig> = {},
  options: SimulatorOptions = {},
): Promise<Simulator> {
  const config = resolveConfig(overrides);
  const log = options.logger ?? createLogger();
  const store = await openStore(config.dataDir);
  const catalog = await loadPostalCodeCatalog(config.postalCodeFile);
  await seedStore(store, catalog);

  const kv = new StoreKeyValue(store);
  const accounts = new Accounts(store);
  const outbox = new StoreOutbox(store, log);
  const verifications = new Verifications(config, kv, accounts, outbox);
  const passwordResets = new PasswordResets(config, kv, accounts, outbox);
  const ctx: SimContext = { config, accounts, verifications, passwordResets, outbox, kv };

  const idp = await createIdp(ctx);
  // The idp created its keys above; documents are signed with its ES256 key and kid.
  let signer: Promise<DocumentSigner> | undefined;
  const documentSigner = () =>
    (signer ??= loadOrCreateSecrets(kv).then((s) => new DocumentSigner(s.signingKeys)));
  const signatures = new Signatures(config, kv, accounts, store, documentSigner, outbox);
  // The identity-provider side may offer OIDC access-token resolution (see api/auth.ts).
  const resolveAccessToken = (idp as { resolveAccessToken?: ApiDeps['resolveAccessToken'] })
    .resolveAccessToken;
  const deps: ApiDeps = {
    ctx,
    store,
    accounts,
    verifications,
    passwordResets,
    signatures,
    catalog,
    log,
    ...(resolveAccessToken ? { resolveAccessToken: resolveAccessToken.bind(idp) } : {}),
    endSessions: (accountId) => idp.endSessions(accountId),
  };

  const app = new Hono();
  app.onError(createErrorHandler(log));
  app.notFound(notFoundHandler);
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    // Path only: query strings may carry contacts (`/dev/outbox.json?to=`).
    log.debug(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: performance.now() - started,
      },
      'request',
    );
  });
  app.route('/api', createApi(deps));
  app.route('/dev', outboxRoutes(outbox));
  app.route('/firma', signingPageRoutes(deps));
  app.route('/', idp.app);

  let closed = false;
  return {
    app,
    ctx,
    store,
    async close() {
      if (closed) return;
      closed = true;
      await idp.close();
      await store.close();
    },
  };
}
