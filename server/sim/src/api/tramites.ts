/** Trámites: public look-up by folio or línea de captura, and the citizen's own list. */
import type { Tramite, TramiteList } from '@llave-cdmx/core';
import { Hono } from 'hono';
import { notFound, validationFailed } from '../errors.js';
import type { StoredTramite } from '../store/schema.js';
import { checkFolio } from '../validation.js';
import type { ApiDeps, AuthEnv } from './deps.js';

function toTramite({ ownerId: _owner, ...tramite }: StoredTramite): Tramite {
  return structuredClone(tramite);
}

export function publicTramiteRoutes(deps: ApiDeps): Hono {
  const app = new Hono();
  app.get('/v1/tramites/:ref', (c) => {
    // Opaque 20-character references (DESIGN.md §3); core drops the spaces and dashes people
    // copy from a receipt.
    const checked = checkFolio(c.req.param('ref'));
    if (!checked.ok) throw validationFailed({ folio: checked.code });
    const ref = checked.value;
    const found = deps.store.data.tramites.find((t) => t.folio === ref || t.lineaCaptura === ref);
    if (!found) throw notFound('No encontramos un trámite con ese folio o línea de captura.');
    return c.json(toTramite(found));
  });
  return app;
}

export function myTramiteRoutes(deps: ApiDeps): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.get('/v1/me/tramites', (c) => {
    const accountId = c.get('accountId');
    const items = deps.store.data.tramites
      .filter((t) => t.ownerId === accountId)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map(toTramite);
    const answer: TramiteList = { items };
    return c.json(answer);
  });
  return app;
}
