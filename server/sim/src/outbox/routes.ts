/** `/dev/outbox` (HTML for people) and `/dev/outbox.json?to=` (for tests). */
import { Hono } from 'hono';
import type { Outbox } from '../types.js';
import { pickLang, renderOutboxPage } from './page.js';

export function outboxRoutes(outbox: Outbox): Hono {
  const app = new Hono();

  app.get('/outbox', async (c) => {
    const lang = pickLang(c.req.query('lang'), c.req.header('accept-language'));
    const html = renderOutboxPage(await outbox.list(), lang, c.req.query('refresh') === '5');
    // The page shows live codes: never cache it anywhere.
    c.header('Cache-Control', 'no-store');
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    return c.html(html);
  });

  app.get('/outbox.json', async (c) => {
    const to = c.req.query('to');
    c.header('Cache-Control', 'no-store');
    return c.json({ items: await outbox.list(to ? { to } : {}) });
  });

  return app;
}
