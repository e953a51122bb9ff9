import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from './index.js';

describe('securityHeaders()', () => {
  it('sets CSP with frame-ancestors none, nosniff, no-store, and keeps a route’s own Referrer-Policy', async () => {
    const app = new Hono();
    app.use('*', securityHeaders({ hsts: true }));
    app.get('/a', (c) => c.json({}));
    app.get('/callback', (c) => {
      c.header('Referrer-Policy', 'no-referrer');
      return c.html('<p>ok</p>');
    });
    const a = await app.request('/a');
    expect(a.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(a.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(a.headers.get('x-content-type-options')).toBe('nosniff');
    expect(a.headers.get('x-frame-options')).toBe('DENY');
    expect(a.headers.get('cache-control')).toBe('no-store');
    expect(a.headers.get('strict-transport-security')).toMatch(/max-age=/);
    expect(a.headers.get('referrer-policy')).toBe('same-origin');
    const cb = await app.request('/callback');
    expect(cb.headers.get('referrer-policy')).toBe('no-referrer');
  });
});
