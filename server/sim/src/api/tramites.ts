/**
 * Trámites: public look-up by folio or línea de captura, the citizen's own list, and a new one
 * sent to an agency (what the agency's own system does in production, here so the demo's
 * "Enviar solicitud" gets a real folio the tracker can follow).
 */
import { randomInt } from 'node:crypto';
import type { Tramite, TramiteList } from '@llave-cdmx/core';
import { Hono } from 'hono';
import { notFound, validationFailed } from '../errors.js';
import type { StoredTramite } from '../store/schema.js';
import { checkFolio } from '../validation.js';
import { FieldErrors, readJson } from './body.js';
import type { ApiDeps, AuthEnv } from './deps.js';

/**
 * A new folio: 20 characters `[A-Z0-9]` (DESIGN.md §3), the agency's letters, the year and
 * random digits, never one already given.
 */
function newFolio(agencyId: string, taken: (folio: string) => boolean): string {
  const prefix = `${agencyId.toUpperCase().replace(/[^A-Z0-9]/g, '')}XXXXXX`.slice(0, 6);
  for (;;) {
    const digits = Array.from({ length: 10 }, () => randomInt(0, 10)).join('');
    const folio = `${prefix}${new Date().getUTCFullYear()}${digits}`;
    if (!taken(folio)) return folio;
  }
}

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
  app.post('/v1/me/tramites', async (c) => {
    const body = await readJson(c);
    const errors = new FieldErrors();
    const agency = errors.text(body, 'agency', 'agency', { max: 100 });
    const name = errors.text(body, 'name', 'name', { max: 200 });
    const client = agency && deps.ctx.config.clients.find((cl) => cl.clientId === agency);
    if (agency && !client) errors.add('agency', 'agency_unknown');
    if (!errors.empty || !client) throw validationFailed(errors.fields);
    const list = deps.store.data.tramites;
    const at = new Date().toISOString();
    const tramite: StoredTramite = {
      folio: newFolio(client.clientId, (f) =>
        list.some((t) => t.folio === f || t.lineaCaptura === f),
      ),
      agency: { id: client.clientId, name: client.name },
      name: name!,
      createdAt: at,
      updatedAt: at,
      status: 'recibido',
      timeline: [{ status: 'recibido', at }],
      ownerId: c.get('accountId'),
    };
    list.push(tramite);
    await deps.store.write();
    deps.log.info({ folio: tramite.folio, agency: client.clientId }, 'trámite received');
    return c.json(toTramite(tramite), 201);
  });
  return app;
}
