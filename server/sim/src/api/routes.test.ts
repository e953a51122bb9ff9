/**
 * Every route the simulator's API serves is either in core's route table (so the BFF proxies
 * it and the components can call it through `apiPaths`) or listed as private with a reason:
 * a route added to one side only is a 404 in the browser or an unreviewed opening.
 */
import { apiRoutes } from '@llave-cdmx/core';

const API_ROUTES = apiRoutes();

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, type Simulator } from '../app.js';
import { PRIVATE_API_ROUTES } from './index.js';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
/** Parameter names do not matter: `/v1/tramites/:ref` and `/v1/tramites/:folio` are one route. */
const shape = (method: string, path: string) =>
  `${method.toUpperCase()} ${path.replace(/:[^/]+/g, ':')}`;

let sim: Simulator;
beforeAll(async () => {
  sim = await createSimulator();
});
afterAll(() => sim.close());

function served(): string[] {
  const routes = sim.app.routes
    .filter((r) => r.path.startsWith('/api/') && METHODS.includes(r.method.toUpperCase()))
    .map((r) => shape(r.method, r.path.slice('/api'.length)));
  return [...new Set(routes)].sort();
}

describe("the simulator's API and core's route table", () => {
  it('serves every route of the table (nothing the BFF proxies is a 404 upstream)', () => {
    const have = new Set(served());
    const missing = API_ROUTES.map((r) => shape(r.method, r.path)).filter((r) => !have.has(r));
    expect(missing).toEqual([]);
  });

  it('every route it serves is proxied or explicitly private', () => {
    const proxied = new Set(API_ROUTES.map((r) => shape(r.method, r.path)));
    const priv = new Set(Object.keys(PRIVATE_API_ROUTES).map((r) => shape(...split(r))));
    expect(served().length).toBeGreaterThan(20);
    expect(served().filter((r) => !proxied.has(r) && !priv.has(r))).toEqual([]);
  });

  it('lists as private only routes it serves and the BFF does not proxy', () => {
    const have = new Set(served());
    const proxied = new Set(API_ROUTES.map((r) => shape(r.method, r.path)));
    for (const route of Object.keys(PRIVATE_API_ROUTES)) {
      const key = shape(...split(route));
      expect(have.has(key), route).toBe(true);
      expect(proxied.has(key), route).toBe(false);
    }
  });
});

function split(route: string): [string, string] {
  const [method = '', path = ''] = route.split(' ');
  return [method, path];
}
