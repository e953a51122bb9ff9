/**
 * The identity-provider side of the simulator: the Llave CDMX protocol, standard OpenID Connect
 * (oidc-provider) and the hosted login pages. Mounted at the root of the simulator's app.
 */
import { Hono } from 'hono';
import type { SimContext } from '../types.js';

export interface IdpHandle {
  /** Routes to mount at `/` of the simulator (`/oauthV2.xhtml`, `/rest/oauth/*`, `/oidc/*`, `/login`…). */
  app: Hono;
  close(): Promise<void>;
}

export async function createIdp(_ctx: SimContext): Promise<IdpHandle> {
  const app = new Hono();
  return { app, close: async () => {} };
}
