/** The account API (`/api/...`): one sub-app per domain, mounted here. */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { SimError } from '../errors.js';
import { browserOrigins } from '../idp/oidc/public-clients.js';
import { signatureRoutes } from '../signing/routes.js';
import { accountRightsRoutes } from './account-rights.js';
import { requireCitizen } from './auth.js';
import { catalogRoutes } from './catalogs.js';
import { browserCors } from './cors.js';
import type { ApiDeps, AuthEnv } from './deps.js';
import { documentRoutes } from './documents.js';
import { meRoutes } from './me.js';
import { passwordResetRoutes } from './password-resets.js';
import { registrationRoutes } from './registrations.js';
import { myTramiteRoutes, publicTramiteRoutes } from './tramites.js';
import { verificationRoutes } from './verifications.js';

/** JSON bodies of this API are small forms; anything bigger is a mistake or an attack. */
export const MAX_JSON_BYTES = 64 * 1024;

const jsonLimit = bodyLimit({
  maxSize: MAX_JSON_BYTES,
  onError: () => {
    throw new SimError(413, 'payload_too_large', 'La solicitud es demasiado grande.');
  },
});

/** Uploads have their own, configurable limit (documents.ts). */
const isUpload = (method: string, path: string) =>
  (method === 'POST' && /\/v1\/me\/documents\/?$/.test(path)) ||
  (method === 'PUT' && /\/v1\/me\/documents\/[^/]+\/file\/?$/.test(path)) ||
  // Verifying a signature may carry the document itself (signing/routes.ts limits it).
  (method === 'POST' && /\/v1\/signatures\/verify\/?$/.test(path));

export function createApi(deps: ApiDeps): Hono {
  const api = new Hono<AuthEnv>();
  // First, so preflights are answered before authentication and errors carry CORS too.
  api.use(
    '*',
    browserCors(() => browserOrigins(deps.ctx.config.publicClients)),
  );
  api.use('*', (c, next) => (isUpload(c.req.method, c.req.path) ? next() : jsonLimit(c, next)));
  api.use('/v1/me', requireCitizen(deps));
  api.use('/v1/me/*', requireCitizen(deps));

  api.route('/', catalogRoutes(deps));
  api.route('/', registrationRoutes(deps));
  api.route('/', verificationRoutes(deps));
  api.route('/', passwordResetRoutes(deps));
  api.route('/', publicTramiteRoutes(deps));
  api.route('/', meRoutes(deps));
  api.route('/', documentRoutes(deps));
  api.route('/', myTramiteRoutes(deps));
  api.route('/', signatureRoutes(deps));
  api.route('/', accountRightsRoutes(deps));
  return api as unknown as Hono;
}

/**
 * Routes of this API the BFF must never proxy to a browser, each with the reason. Everything
 * else the API serves is in core's route table (`apiRoutes()`); `routes.test.ts` checks both.
 */
export const PRIVATE_API_ROUTES: Readonly<Record<string, string>> = {};
