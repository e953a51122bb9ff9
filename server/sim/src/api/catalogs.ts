/** Public catalogs and the RENAPO-like registry: what registration forms prefill from. */
import { Hono } from 'hono';
import { lookupCurp } from '../catalog/curp-registry.js';
import { notFound, validationFailed } from '../errors.js';
import type { ApiDeps } from './deps.js';

export function catalogRoutes(deps: ApiDeps): Hono {
  const app = new Hono();

  app.get('/v1/catalogs/postal-codes/:cp', (c) => {
    const cp = c.req.param('cp').trim();
    if (!/^\d{5}$/.test(cp)) throw validationFailed({ codigoPostal: 'postal_code_format' });
    const found = deps.catalog.lookup(cp);
    if (!found) throw notFound('No encontramos ese código postal.');
    return c.json(found);
  });

  app.get('/v1/registry/curp/:curp', (c) => c.json(lookupCurp(c.req.param('curp'))));

  return app;
}
