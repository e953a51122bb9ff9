import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../session/memory-store.js';
import { rateLimit } from './index.js';

describe('rateLimit()', () => {
  it('answers 429 rate_limited with retryAfter past the limit, per key', async () => {
    const store = new MemoryStore();
    const app = new Hono();
    app.use(
      '*',
      rateLimit({
        store,
        name: 't',
        rule: { limit: 2, windowSeconds: 30 },
        key: (c) => c.req.header('x-key'),
      }),
    );
    app.get('/', (c) => c.text('ok'));
    const hit = (key?: string) => app.request('/', { headers: key ? { 'x-key': key } : {} });
    expect((await hit('a')).status).toBe(200);
    expect((await hit('a')).status).toBe(200);
    const third = await hit('a');
    expect(third.status).toBe(429);
    const body = await third.json();
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.retryAfter).toBeGreaterThan(0);
    expect(body.error.retryAfter).toBeLessThanOrEqual(30);
    expect((await hit('b')).status).toBe(200);
    // No key: not counted.
    for (let i = 0; i < 5; i++) expect((await hit()).status).toBe(200);
    await store.close();
  });
});
