import { TRAMITE_STATUSES } from '@llave-cdmx/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_IDS } from '../seed/ids.js';
import { SEED_FOLIOS, SEED_LINEAS_CAPTURA } from '../seed/tramites.js';
import { type Harness, harness } from '../testing/harness.js';

let sim: Harness;
beforeAll(async () => {
  sim = await harness();
});
afterAll(() => sim.close());

describe('GET /api/v1/tramites/:folioOrLineaCaptura (public)', () => {
  it('finds a trámite by folio, with its timeline, and without its owner', async () => {
    const res = await sim.call('GET', `/v1/tramites/${SEED_FOLIOS.tarjetaRequiereInformacion}`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      folio: SEED_FOLIOS.tarjetaRequiereInformacion,
      agency: { id: 'semovi' },
      status: 'requiere-informacion',
    });
    expect(body.timeline.at(-1).status).toBe(body.status);
    expect(body.ownerId).toBeUndefined();
  });

  it('finds a trámite by línea de captura, typed in lower case with spaces', async () => {
    const typed = SEED_LINEAS_CAPTURA.predialRecibido
      .toLowerCase()
      .replace(/(.{5})/g, '$1 ')
      .trim();
    const res = await sim.call('GET', `/v1/tramites/${encodeURIComponent(typed)}`);
    expect(res.status).toBe(200);
    expect((await res.json()).folio).toBe(SEED_FOLIOS.predialRecibido);
  });

  it('answers 404 for an unknown reference and 422 for a malformed one', async () => {
    const unknown = await sim.call('GET', '/v1/tramites/ZZZZZZZZZZZZZZZZZZZZ');
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe('not_found');
    const bad = await sim.call('GET', '/v1/tramites/ABC');
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.fields).toEqual({ folio: 'folio_length' });
  });

  it('seeds folios and líneas de captura of exactly 20 characters [A-Z0-9]', () => {
    for (const ref of [...Object.values(SEED_FOLIOS), ...Object.values(SEED_LINEAS_CAPTURA)]) {
      expect(ref).toMatch(/^[A-Z0-9]{20}$/);
    }
  });
});

describe('GET /api/v1/me/tramites', () => {
  it("lists only the citizen's trámites, newest first, in every status", async () => {
    const res = await sim.call(
      'GET',
      '/v1/me/tramites',
      undefined,
      await sim.tokenFor(SEED_IDS.demo),
    );
    expect(res.status).toBe(200);
    const { items } = await res.json();
    const created = items.map((t: { createdAt: string }) => t.createdAt);
    expect(created).toEqual([...created].sort().reverse());
    expect(new Set(items.map((t: { status: string }) => t.status))).toEqual(
      new Set(TRAMITE_STATUSES),
    );
    expect(items.map((t: { folio: string }) => t.folio)).not.toContain(
      SEED_FOLIOS.predialBasicoConcluido,
    );
  });

  it('needs a session', async () => {
    expect((await sim.call('GET', '/v1/me/tramites')).status).toBe(401);
  });
});

describe('POST /api/v1/me/tramites', () => {
  it('registers a trámite for the citizen with a new folio, found by look-up and in their list', async () => {
    const token = await sim.tokenFor(SEED_IDS.demo);
    const res = await sim.call(
      'POST',
      '/v1/me/tramites',
      { agency: 'demo-agency', name: '  Renovación de licencia tipo A ' },
      token,
    );
    expect(res.status).toBe(201);
    const sent = await res.json();
    expect(sent).toMatchObject({
      agency: { id: 'demo-agency', name: 'SEMOVI (demo)' },
      name: 'Renovación de licencia tipo A',
      status: 'recibido',
      timeline: [{ status: 'recibido' }],
    });
    expect(sent.folio).toMatch(/^DEMOAG\d{14}$/);
    expect(sent.ownerId).toBeUndefined();
    const found = await sim.call('GET', `/v1/tramites/${sent.folio}`);
    expect((await found.json()).status).toBe('recibido');
    const mine = await (await sim.call('GET', '/v1/me/tramites', undefined, token)).json();
    expect(mine.items[0].folio).toBe(sent.folio);
    // Two sends, two folios.
    const again = await sim.call(
      'POST',
      '/v1/me/tramites',
      { agency: 'demo-agency', name: 'Otra' },
      token,
    );
    expect((await again.json()).folio).not.toBe(sent.folio);
  });

  it('refuses an unknown agency, a missing or too long name, and no session', async () => {
    const token = await sim.tokenFor(SEED_IDS.demo);
    const bad = await sim.call(
      'POST',
      '/v1/me/tramites',
      { agency: 'nadie', name: 'x'.repeat(201) },
      token,
    );
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.fields).toEqual({ agency: 'agency_unknown', name: 'too_long' });
    const missing = await sim.call('POST', '/v1/me/tramites', { agency: 'demo-agency' }, token);
    expect((await missing.json()).error.fields).toEqual({ name: 'required' });
    const none = await sim.call('POST', '/v1/me/tramites', { agency: 'demo-agency', name: 'x' });
    expect(none.status).toBe(401);
  });
});
