/** The account API (`/api/...`): one sub-app per domain, mounted here. */
import { Hono } from 'hono';
import { catalogRoutes } from './catalogs.js';
import type { ApiDeps } from './deps.js';

export function createApi(deps: ApiDeps): Hono {
  const api = new Hono();
  api.route('/', catalogRoutes(deps));
  return api;
}
