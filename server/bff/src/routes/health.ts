import { Hono } from 'hono';
import type { BffContext } from '../context.js';

/**
 * `GET /health`: whether the IdP answers and the session store works. 200 when both do, 503
 * otherwise, so a load balancer takes an instance without its store out of rotation.
 */
export function healthApp({ adapter, store }: BffContext): Hono {
  const app = new Hono();
  app.get('/health', async (c) => {
    const [idp, storeOk] = await Promise.all([
      adapter.health(),
      store.ping().then(
        () => true,
        () => false,
      ),
    ]);
    const ok = idp && storeOk;
    return c.json(
      {
        status: ok ? 'ok' : 'degraded',
        adapter: adapter.kind,
        idp: idp ? 'up' : 'down',
        store: { kind: store.kind, status: storeOk ? 'up' : 'down' },
      },
      ok ? 200 : 503,
    );
  });
  return app;
}
