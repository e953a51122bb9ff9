/** Trámites: public look-up by folio or línea de captura, and the citizen's own list. */
import type { Tramite, TramiteList } from '@llave-cdmx/core';
import { Hono } from 'hono';
import { notFound, validationFailed } from '../errors.js';
import type { StoredTramite } from '../store/schema.js';
import type { ApiDeps, AuthEnv } from './deps.js';

/** Folios and líneas de captura are opaque: 20 characters `[A-Z0-9]` (DESIGN.md §3). */
const REFERENCE = /^[A-Z0-9]{20}$/;

function toTramite({ ownerId: _owner, ...tramite }: StoredTramite): Tramite {
  return structuredClone(tramite);
}

export function publicTramiteRoutes(deps: ApiDeps): Hono {
  const app = new Hono();
  app.get('/v1/tramites/:ref', (c) => {
    // People copy folios with spaces or dashes from a receipt; those are not part of it.
    const ref = c.req.param('ref').replace(/[\s-]/g, '').toUpperCase();
    if (!REFERENCE.test(ref)) throw validationFailed({ folio: 'folio_format' });
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
