import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../contract.js';
import { BffClient, LlaveError, parseAnswer } from './client.js';

/** A small BFF stand-in: real routing, real Request objects, real bodies. */
function createApp() {
  const app = new Hono().basePath('/llave');
  const error = (
    status: number,
    body: ApiErrorBody['error'],
    headers: Record<string, string> = {},
  ) =>
    new Response(JSON.stringify({ error: body }), {
      status,
      headers: { 'Content-Type': 'application/json', ...headers },
    });

  app.get('/session', (c) =>
    c.json({
      authenticated: true,
      user: { sub: 'u1', name: 'Ana', level: 'basica' },
      expiresAt: '2030-01-01T00:00:00Z',
    }),
  );
  app.post('/session/refresh', (c) =>
    c.req.header('x-csrf') === '1'
      ? c.json({
          authenticated: true,
          user: { sub: 'u1', name: 'Ana', level: 'verificada' },
          expiresAt: '2030-01-01T00:00:00Z',
          levelUp: { firma: 'unavailable' },
        })
      : error(403, { code: 'csrf_required', message: 'X-CSRF' }),
  );
  app.post('/logout', (c) =>
    c.req.header('x-csrf') === '1' ? c.body(null, 204) : c.json({}, 403),
  );
  app.get('/api/bytes', (c) =>
    c.req.header('x-csrf') === '1'
      ? c.body(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]), 200, {
          'Content-Type': 'application/pdf',
        })
      : c.json({}, 403),
  );
  app.get('/api/bytes-missing', () => error(404, { code: 'not_found', message: 'no' }));
  app.all('/api/echo', async (c) => {
    const raw = c.req.raw;
    const contentType = c.req.header('content-type') ?? '';
    let body: unknown = null;
    if (contentType.startsWith('multipart/form-data')) {
      const form = await c.req.formData();
      const file = form.get('file') as File;
      body = {
        type: form.get('type'),
        fileName: file.name,
        fileSize: file.size,
        fileText: await file.text(),
      };
    } else if (raw.body) {
      body = await c.req.text();
    }
    return c.json({
      method: c.req.method,
      path: new URL(c.req.url).pathname,
      query: c.req.query('q') ?? null,
      csrf: c.req.header('x-csrf') ?? null,
      accept: c.req.header('accept') ?? null,
      contentType: contentType || null,
      extra: c.req.header('x-extra') ?? null,
      credentials: raw.credentials,
      body,
    });
  });
  app.get('/api/empty', (c) => c.body(null, 204));
  app.get('/api/empty-200', (c) => c.body('', 200));
  app.get('/api/401', () => error(401, { code: 'unauthorized', message: 'Inicia sesión' }));
  app.get('/api/403-level', () =>
    error(403, { code: 'level_required', message: 'Nivel', requiredLevel: 'verificada' }),
  );
  app.get('/api/403', () => error(403, { code: 'forbidden', message: 'No' }));
  app.get('/api/404', () => error(404, { code: 'not_found', message: 'No existe' }));
  app.post('/api/409', () =>
    error(409, {
      code: 'curp_registered',
      message: 'Ya existe',
      helpUrl: 'https://locatel.cdmx.gob.mx',
    }),
  );
  app.post('/api/422', () =>
    error(422, {
      code: 'validation_failed',
      message: 'Revisa',
      fields: { 'personal.curp': 'curp_check_digit', 'contact.email': 'email_format' },
    }),
  );
  app.post('/api/429-header', () =>
    error(429, { code: 'rate_limited', message: 'Espera' }, { 'Retry-After': '42' }),
  );
  app.post('/api/429-body', () =>
    error(
      429,
      { code: 'resend_too_soon', message: 'Espera', retryAfter: 30 },
      { 'Retry-After': '99' },
    ),
  );
  app.post('/api/429-date', () =>
    error(
      429,
      { code: 'too_many_attempts', message: 'Espera' },
      {
        'Retry-After': new Date(Date.now() + 120_000).toUTCString(),
      },
    ),
  );
  app.get('/api/500', () => error(500, { code: 'internal_error', message: 'Falla' }));
  app.get('/api/503', () => error(503, { code: 'session_store_unavailable', message: 'Redis' }));
  app.get('/api/throws', () => {
    throw new Error('boom');
  });
  // Hono's default handler answers the same plain-text 500 but also logs to the console.
  app.onError((_err, c) => c.text('Internal Server Error', 500));
  app.get('/api/html-502', (c) => c.html('<html><body>Bad Gateway</body></html>', 502));
  app.get('/api/html-404', (c) => c.html('<html><body>Not Found</body></html>', 404));
  app.get('/api/garbage-400', (c) => c.text('{"error":', 400));
  app.get('/api/odd-error', (c) => c.json({ error: { code: 42, fields: 'nope' } }, 422));
  app.get('/api/plain-text-ok', (c) => c.text('not json'));
  return app;
}

const app = createApp();
const client = new BffClient({ fetch: (input, init) => app.request(input, init) });

async function failure(promise: Promise<unknown>): Promise<LlaveError> {
  const err = await promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(LlaveError);
  return err as LlaveError;
}

describe('BffClient against a real Hono app', () => {
  describe('requests', () => {
    it('sends X-CSRF: 1, Accept JSON and same-origin credentials on a plain GET', async () => {
      const echo = await client.api<Record<string, unknown>>('/echo');
      expect(echo).toMatchObject({
        method: 'GET',
        path: '/llave/api/echo',
        csrf: '1',
        accept: 'application/json',
        credentials: 'same-origin',
        contentType: null,
        body: null,
      });
    });

    it("answers a document's bytes as a Blob with `as: 'blob'`, and its errors as LlaveError", async () => {
      const blob = await client.api<Blob>('/bytes', { as: 'blob' });
      expect(blob).toBeInstanceOf(Blob);
      expect(blob.type).toBe('application/pdf');
      expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([
        0x25, 0x50, 0x44, 0x46, 0x00, 0xff,
      ]);
      await expect(client.api('/bytes-missing', { as: 'blob' })).rejects.toMatchObject({
        kind: 'not-found',
        code: 'not_found',
      });
    });

    it('serialises an object body as JSON and defaults to POST', async () => {
      const echo = await client.api<Record<string, unknown>>('/echo', {
        body: { curp: 'PEGJ900115HDFRRN03', n: 1 },
      });
      expect(echo.method).toBe('POST');
      expect(echo.contentType).toBe('application/json');
      expect(JSON.parse(echo.body as string)).toEqual({ curp: 'PEGJ900115HDFRRN03', n: 1 });
      expect(echo.csrf).toBe('1');
    });

    it('sends FormData as multipart with its boundary, never as JSON', async () => {
      const form = new FormData();
      form.set('type', 'identificacion');
      form.set('file', new File(['%PDF-1.7 hola'], 'ine.pdf', { type: 'application/pdf' }));
      const echo = await client.api<Record<string, unknown>>('/echo', {
        method: 'PUT',
        body: form,
      });
      expect(echo.method).toBe('PUT');
      expect(echo.contentType).toMatch(/^multipart\/form-data; boundary=/);
      expect(echo.body).toEqual({
        type: 'identificacion',
        fileName: 'ine.pdf',
        fileSize: 13,
        fileText: '%PDF-1.7 hola',
      });
    });

    it('sends a string body as is, and lets the caller add headers', async () => {
      const echo = await client.api<Record<string, unknown>>('/echo', {
        method: 'PATCH',
        body: 'texto',
        headers: { 'X-Extra': 'sí' },
      });
      expect(echo).toMatchObject({ method: 'PATCH', body: 'texto', extra: 'sí', csrf: '1' });
      expect(echo.contentType).toMatch(/^text\/plain/);
    });

    it('reads the session', async () => {
      await expect(client.session()).resolves.toMatchObject({
        authenticated: true,
        user: { name: 'Ana' },
      });
    });

    it('refreshes the session from the IdP with a POST carrying X-CSRF', async () => {
      const info = await client.refreshSession();
      expect(info.user?.level).toBe('verificada');
      // The stand-in answers only a POST with X-CSRF (anything else is a 404 or a 403).
      expect(info.levelUp).toEqual({ firma: 'unavailable' });
    });

    it('resolves undefined for 204 and for an empty 200', async () => {
      await expect(client.api('/empty')).resolves.toBeUndefined();
      await expect(client.api('/empty-200')).resolves.toBeUndefined();
      await expect(client.logout()).resolves.toBeUndefined();
    });

    it('honours a custom prefix, with or without a trailing slash', async () => {
      const other = new Hono()
        .basePath('/auth')
        .get('/session', (c) => c.json({ authenticated: false }));
      for (const prefix of ['/auth', '/auth/']) {
        const c = new BffClient({ prefix, fetch: (input, init) => other.request(input, init) });
        await expect(c.session()).resolves.toEqual({ authenticated: false });
      }
    });

    it('builds login URLs with returnTo and level', () => {
      expect(client.loginUrl()).toBe('/llave/login');
      expect(client.loginUrl('/tramites?id=1&x=2', 'verificada')).toBe(
        '/llave/login?returnTo=%2Ftramites%3Fid%3D1%26x%3D2&level=verificada',
      );
    });
  });

  describe('errors', () => {
    it('reads the answer of another transport (an upload by XMLHttpRequest) as api() does', () => {
      const fails = (status: number, text: string, retryAfter?: string) => {
        try {
          parseAnswer(status, text, retryAfter);
        } catch (error) {
          return error as LlaveError;
        }
        throw new Error(`${status} did not fail`);
      };
      expect(parseAnswer(201, '{"id":"d1"}')).toEqual({ id: 'd1' });
      expect(parseAnswer(204, '')).toBeUndefined();
      // A proxy's HTML 413 page: no body to read, the status still names the problem.
      expect(fails(413, '<html>Request Entity Too Large</html>')).toMatchObject({
        kind: 'validation',
        code: 'payload_too_large',
        status: 413,
      });
      expect(
        fails(403, '{"error":{"code":"level_required","requiredLevel":"firma"}}'),
      ).toMatchObject({ kind: 'needs-level', code: 'level_required', requiredLevel: 'firma' });
      expect(fails(429, '', '7')).toMatchObject({
        kind: 'rate-limited',
        code: 'rate_limited',
        retryAfter: 7,
      });
      expect(fails(503, 'not json')).toMatchObject({
        kind: 'server',
        code: 'upstream_unavailable',
      });
    });

    it('401 means the person must sign in', async () => {
      const err = await failure(client.api('/401'));
      expect(err).toMatchObject({ kind: 'needs-login', code: 'unauthorized', status: 401 });
    });

    it('403 level_required says which level is needed', async () => {
      const err = await failure(client.api('/403-level'));
      expect(err).toMatchObject({
        kind: 'needs-level',
        code: 'level_required',
        status: 403,
        requiredLevel: 'verificada',
      });
    });

    it('other 403s are forbidden', async () => {
      expect(await failure(client.api('/403'))).toMatchObject({
        kind: 'forbidden',
        code: 'forbidden',
      });
    });

    it('404 is not-found', async () => {
      expect(await failure(client.api('/404'))).toMatchObject({
        kind: 'not-found',
        code: 'not_found',
        status: 404,
      });
    });

    it('409 is a conflict and carries the help link', async () => {
      const err = await failure(client.api('/409', { body: {} }));
      expect(err).toMatchObject({
        kind: 'conflict',
        code: 'curp_registered',
        helpUrl: 'https://locatel.cdmx.gob.mx',
      });
    });

    it('422 carries the field codes', async () => {
      const err = await failure(client.api('/422', { body: {} }));
      expect(err.kind).toBe('validation');
      expect(err.fields).toEqual({
        'personal.curp': 'curp_check_digit',
        'contact.email': 'email_format',
      });
    });

    it('429 takes retryAfter from the Retry-After header', async () => {
      const err = await failure(client.api('/429-header', { body: {} }));
      expect(err).toMatchObject({ kind: 'rate-limited', code: 'rate_limited', retryAfter: 42 });
    });

    it('429 prefers retryAfter from the body over the header', async () => {
      const err = await failure(client.api('/429-body', { body: {} }));
      expect(err).toMatchObject({ kind: 'rate-limited', code: 'resend_too_soon', retryAfter: 30 });
    });

    it('429 understands a Retry-After HTTP date', async () => {
      const err = await failure(client.api('/429-date', { body: {} }));
      expect(err.retryAfter).toBeGreaterThanOrEqual(118);
      expect(err.retryAfter).toBeLessThanOrEqual(120);
    });

    it('5xx are server errors with their code', async () => {
      expect(await failure(client.api('/500'))).toMatchObject({
        kind: 'server',
        code: 'internal_error',
        status: 500,
      });
      expect(await failure(client.api('/503'))).toMatchObject({
        kind: 'server',
        code: 'session_store_unavailable',
      });
    });

    it('an exception in the server becomes a 500 server error', async () => {
      expect(await failure(client.api('/throws'))).toMatchObject({
        kind: 'server',
        code: 'internal_error',
        status: 500,
      });
    });

    it('a non-JSON error body still gets a translatable code from its status', async () => {
      expect(await failure(client.api('/html-502'))).toMatchObject({
        kind: 'server',
        code: 'upstream_unavailable',
        status: 502,
      });
      expect(await failure(client.api('/html-404'))).toMatchObject({
        kind: 'not-found',
        code: 'not_found',
      });
      expect(await failure(client.api('/garbage-400'))).toMatchObject({
        kind: 'validation',
        code: 'bad_request',
      });
    });

    it('ignores error fields of the wrong type instead of passing them on', async () => {
      const err = await failure(client.api('/odd-error'));
      expect(err).toMatchObject({ kind: 'validation', code: 'validation_failed', fields: {} });
    });

    it('a 2xx that is not JSON resolves undefined rather than throwing a parse error', async () => {
      await expect(client.api('/plain-text-ok')).resolves.toBeUndefined();
    });

    it('unknown paths answer a typed 404', async () => {
      expect(await failure(client.api('/nope'))).toMatchObject({ kind: 'not-found', status: 404 });
    });
  });

  describe('over a real socket', () => {
    let server: ServerType;
    let base: string;
    let arrived: () => void;
    let arrival: Promise<void>;

    beforeAll(async () => {
      const slow = new Hono();
      slow.get('/llave/api/slow', async (c) => {
        arrived();
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 10_000);
          c.req.raw.signal.addEventListener('abort', () => {
            clearTimeout(timer);
            resolve();
          });
        });
        return c.json({ late: true });
      });
      await new Promise<void>((resolve) => {
        server = serve({ fetch: slow.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
      });
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      (server as import('node:http').Server).closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    });

    function reset() {
      arrival = new Promise((resolve) => {
        arrived = resolve;
      });
    }

    it('rethrows an abort the caller asked for as is, not as a LlaveError', async () => {
      reset();
      const c = new BffClient({ prefix: `${base}/llave` });
      const controller = new AbortController();
      const reason = new DOMException('component disconnected', 'AbortError');
      const call = c.api('/slow', { signal: controller.signal });
      await arrival;
      controller.abort(reason);
      const err = await call.catch((e: unknown) => e);
      expect(err).toBe(reason);
      expect(err).not.toBeInstanceOf(LlaveError);
    });

    it('reports a timeout signal as a network error the person can be told about', async () => {
      reset();
      const c = new BffClient({ prefix: `${base}/llave` });
      const err = await failure(c.api('/slow', { signal: AbortSignal.timeout(50) }));
      expect(err).toMatchObject({ kind: 'network', code: 'network_error', status: 0 });
      expect((err.cause as DOMException).name).toBe('TimeoutError');
    });

    it('reports a refused connection as a network error with the cause attached', async () => {
      // Take a free port and close it again: nothing listens there.
      const probe = serve({ fetch: () => new Response(), port: 0, hostname: '127.0.0.1' });
      await new Promise((resolve) => probe.once('listening', resolve));
      const port = (probe.address() as AddressInfo).port;
      await new Promise((resolve) => probe.close(resolve));
      const c = new BffClient({ prefix: `http://127.0.0.1:${port}/llave` });
      const err = await failure(c.session());
      expect(err).toMatchObject({ kind: 'network', code: 'network_error', status: 0 });
      expect(err.cause).toBeInstanceOf(TypeError);
    });
  });
});
