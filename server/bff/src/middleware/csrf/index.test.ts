import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { csrf } from './index.js';

function app() {
  const a = new Hono();
  a.use('*', csrf());
  a.all('*', (c) => c.text('reached'));
  return a;
}

describe('csrf()', () => {
  it('lets a same-origin script call through with X-CSRF: 1', async () => {
    const res = await app().request('/x', { method: 'POST', headers: { 'X-CSRF': '1' } });
    expect(await res.text()).toBe('reached');
  });

  it.each([
    ['GET without the header', { method: 'GET' }],
    ['POST without a body', { method: 'POST' }],
    ['text/plain form', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'a=b' }],
    [
      'urlencoded form',
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'a=b',
      },
    ],
    ['another value', { method: 'POST', headers: { 'x-csrf': '0' } }],
    [
      'cross-site fetch',
      { method: 'POST', headers: { 'x-csrf': '1', 'sec-fetch-site': 'cross-site' } },
    ],
  ])('refuses a %s with 403 csrf_required', async (_name, init) => {
    const res = await app().request('/x', init as RequestInit);
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: 'csrf_required' } });
  });
});
