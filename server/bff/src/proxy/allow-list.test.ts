import { describe, expect, it } from 'vitest';
import { isSafeApiPath, matchRoute, PROXY_ROUTES } from './allow-list.js';

describe('proxy allow-list', () => {
  it('matches the documented routes with typed access and level', () => {
    expect(matchRoute('GET', '/v1/catalogs/postal-codes/06700')).toMatchObject({
      route: { access: 'public' },
      params: { cp: '06700' },
    });
    expect(matchRoute('GET', '/v1/me')?.route).toMatchObject({
      access: 'session',
      level: 'basica',
    });
    expect(matchRoute('GET', '/v1/me/documents')?.route.level).toBe('verificada');
    expect(matchRoute('POST', '/v1/verifications/abc_123/check')?.params).toEqual({
      id: 'abc_123',
    });
    expect(matchRoute('GET', '/v1/tramites/ABCDEFGHIJ0123456789')?.route.access).toBe('public');
  });

  it('has a session requirement for every /v1/me route and only there', () => {
    for (const route of PROXY_ROUTES) {
      if (route.path.startsWith('/v1/me')) expect(route.access, route.path).toBe('session');
    }
  });

  it('does not match other methods, extra segments or look-alikes', () => {
    expect(matchRoute('DELETE', '/v1/me')).toBeUndefined();
    expect(matchRoute('GET', '/v1/me/extra')).toBeUndefined();
    expect(matchRoute('GET', '/v1/catalogs/postal-codes/06700/x')).toBeUndefined();
    expect(matchRoute('GET', '/v1/catalogs/postal-codes/a.b')).toBeUndefined();
    expect(matchRoute('GET', '/v1/mee')).toBeUndefined();
  });

  it.each([
    '/v1/../admin',
    '/v1/me/%2e%2e/x',
    '/v1/me%2Fdocuments',
    '/v1/me%5cdocuments',
    '/v1//evil',
    '/v1/me\\x',
    '/v1/./me',
    '/v1/x/..',
    'http://evil/v1/me',
    '//evil/v1/me',
    '/v2/me',
    '/v1/me/documents/a%00',
    '/v1/user@evil',
    '/v1/me documents',
  ])('refuses the path %j', (path) => {
    expect(isSafeApiPath(path)).toBe(false);
  });
});
