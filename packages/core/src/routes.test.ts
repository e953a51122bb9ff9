import { describe, expect, it } from 'vitest';
import { apiPaths } from './api-paths.js';
import { apiRoutes } from './routes.js';

const API_ROUTES = apiRoutes();

describe('apiRoutes() (the one route table)', () => {
  it('has each method and path once', () => {
    const keys = API_ROUTES.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives each apiPaths name one path, however many methods share it', () => {
    const byName = new Map<string, Set<string>>();
    for (const r of API_ROUTES) byName.set(r.name, (byName.get(r.name) ?? new Set()).add(r.path));
    for (const [name, paths] of byName) expect(paths.size, name).toBe(1);
    expect(Object.keys(apiPaths).sort()).toEqual([...byName.keys()].sort());
  });

  it('derives apiPaths from the table: plain paths stay strings, parameters are filled and encoded', () => {
    expect(apiPaths.me).toBe('/v1/me');
    expect(apiPaths.documents).toBe('/v1/me/documents');
    expect(apiPaths.postalCode('06700')).toBe('/v1/catalogs/postal-codes/06700');
    // A value cannot add a segment or climb out of its place.
    expect(apiPaths.verificationCheck('a/../b')).toBe('/v1/verifications/a%2F..%2Fb/check');
    expect(apiPaths.tramite('X?y#z')).toBe('/v1/tramites/X%3Fy%23z');
  });

  it('puts a level on every session route and none on a public one', () => {
    for (const r of API_ROUTES) {
      const level = 'level' in r ? r.level : undefined;
      if (r.access === 'session') expect(level, r.path).toBeDefined();
      else expect(level, r.path).toBeUndefined();
    }
  });

  it('rate-limits every route that sends or checks a code or sets a password', () => {
    for (const r of API_ROUTES) {
      if (/\/(check|resend|confirm|destination|password)$|password-resets$/.test(r.path))
        expect('rateLimit' in r && r.rateLimit, `${r.method} ${r.path}`).toBeTruthy();
    }
  });
});
