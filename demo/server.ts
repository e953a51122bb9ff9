/**
 * The demo agency site (SEMOVI licence renewal) on its own origin: static pages from
 * `demo/public`, the elements' CDN build at `/elements/*`, and the Llave BFF at `/llave`.
 *
 * Every page is served under a strict Content-Security-Policy (`script-src 'self'`, no inline
 * scripts or styles) to prove the components need neither (DESIGN.md §6).
 *
 * @example
 * const demo = await startDemo({ port: 3000, simUrl: 'http://localhost:4010' });
 * // … later
 * await demo.close();
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import {
  createLlaveBff,
  DEFAULT_DRAIN_MS,
  drainable,
  type LlaveBff,
  type LlaveBffOptions,
  serverOptions,
} from '@llave-cdmx/bff';
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { strictCsp } from './csp.js';
import { hasMarkers, LANG_COOKIE, renderPage } from './pages.js';

const here = dirname(fileURLToPath(import.meta.url));

export interface DemoOptions {
  /** Port to listen on; 0 picks a free one. */
  port?: number;
  /** Interface to bind (loopback by default: this is a development site). */
  host?: string;
  /** Origin the browser uses for the demo (must match the redirect registered at the IdP). */
  publicOrigin?: string;
  /** Browser-facing simulator URL (hosted login page). */
  simUrl?: string;
  /** Server-side simulator URL for the BFF's calls (defaults to `simUrl`). */
  simInternalUrl?: string;
  /** Overrides for the BFF (adapter, client credentials, Redis, timeouts…). */
  bff?: Partial<LlaveBffOptions>;
  /** Folder of the built CDN elements (default packages/elements/dist/cdn). */
  elementsDir?: string;
  /** Folder of the static pages (default demo/public). */
  publicDir?: string;
  /** How long `close()` waits for requests in flight (default 10 s). */
  drainMs?: number;
}

export interface DemoHandle {
  url: string;
  port: number;
  app: Hono;
  close(): Promise<void>;
}

/** The CSP of the demo pages: nothing inline, scripts and styles only from this origin. */
export function contentSecurityPolicy(simUrl: string): string {
  // A no-JavaScript sign-out form may be redirected to the IdP's logout page.
  return strictCsp({ formAction: [new URL(simUrl).origin] });
}

/** Builds the demo app (no socket): pages, elements and the BFF under one origin. */
export function createDemoApp(options: DemoOptions & { publicOrigin: string }): {
  app: Hono;
  bff: LlaveBff;
} {
  const simUrl = (options.simUrl ?? 'http://localhost:4010').replace(/\/+$/, '');
  const internal = (options.simInternalUrl ?? simUrl).replace(/\/+$/, '');
  const elementsDir = options.elementsDir ?? join(here, '../packages/elements/dist/cdn');
  const publicDir = options.publicDir ?? join(here, 'public');
  if (!existsSync(join(elementsDir, 'llave.js'))) {
    throw new Error(
      `The elements are not built (${elementsDir}/llave.js is missing): run \`npm run build\``,
    );
  }

  const bff = createLlaveBff({
    publicOrigin: options.publicOrigin,
    adapter: 'llave',
    // The browser is sent here (authorize), so it must be the browser-facing URL.
    llaveBaseUrl: simUrl,
    oidcIssuer: `${internal}/oidc`,
    apiBase: `${internal}/api`,
    clientId: 'demo-agency',
    clientSecret: 'demo-agency-secret',
    logLevel: 'warn',
    ...options.bff,
  });

  const csp = contentSecurityPolicy(simUrl);
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    // The BFF sets its own headers on /llave/*; the demo pages and assets get these.
    if (c.req.path.startsWith('/llave/') || c.req.path === '/llave') return;
    c.header('Content-Security-Policy', csp);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
    c.header('X-Frame-Options', 'DENY');
    if (c.req.path.startsWith('/elements/')) c.header('Cache-Control', 'no-cache');
  });
  app.route('/', bff);
  app.use(
    '/elements/*',
    serveStatic({ root: elementsDir, rewriteRequestPath: (p) => p.replace(/^\/elements/, '') }),
  );
  // The pages' shared head and header (demo/partials), filled in as the page is sent.
  app.use('/*', async (c, next) => {
    await next();
    if (!c.res.headers.get('Content-Type')?.startsWith('text/html')) return;
    const html = await c.res.text();
    if (!hasMarkers(html)) {
      c.res = new Response(html, c.res);
      return;
    }
    const { status, headers } = c.res;
    const filled = new Headers(headers);
    filled.delete('Content-Length');
    // Hono merges the old response's headers into a new one: drop it first, or its length stays.
    c.res = undefined;
    filled.append('Vary', 'Cookie');
    const lang = getCookie(c, LANG_COOKIE);
    c.res = new Response(renderPage(html, c.req.path, lang), { status, headers: filled });
  });
  app.use('/*', serveStatic({ root: publicDir, index: 'index.html' }));
  app.notFound((c) => c.text('No encontramos esta página / Page not found', 404));
  return { app, bff };
}

/** Starts the demo on `host:port` and resolves once it is listening. */
export async function startDemo(options: DemoOptions = {}): Promise<DemoHandle> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 3000;
  const publicOrigin = options.publicOrigin ?? `http://localhost:${port}`;
  const { app, bff } = createDemoApp({ ...options, publicOrigin });
  await bff.ready();
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, port, hostname: host, serverOptions: serverOptions() },
      (info: AddressInfo) => {
        resolve({
          url: publicOrigin,
          port: info.port,
          app,
          // Stops accepting, lets requests in flight finish, closes idle keep-alive sockets.
          close: async () => {
            await drain(options.drainMs ?? DEFAULT_DRAIN_MS);
            await bff.close();
          },
        });
      },
    );
    const drain = drainable(server as Server);
    server.once('error', reject);
  });
}
