// Bench reference: a bare Hono app doing the least a session endpoint can do (cookie → Map
// lookup → the same JSON the BFF answered), on the same Node server adapter the BFF uses. The
// bench gates the BFF as a ratio of this, measured side by side on the same pinned core, so the
// gate follows the machine instead of an absolute figure (CI machines are shared and noisy).
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';

const cookieName = process.env.BENCH_COOKIE_NAME ?? 'llave_sid';
const sessions = new Map<string, unknown>([
  [process.env.BENCH_SID ?? '', JSON.parse(process.env.BENCH_SESSION_JSON ?? '{}')],
]);
const app = new Hono();
app.get('/llave/session', (c) => {
  const sid = getCookie(c, cookieName);
  return c.json((sid && sessions.get(sid)) || { authenticated: false });
});
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(`READY http://127.0.0.1:${info.port}\n`);
});
