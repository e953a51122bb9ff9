/**
 * A site with no server of its own, as an agency hosts on a CMS or a storage bucket: a plain
 * file server for `demo/static` and the elements' CDN build at `/elements/*`. No BFF, no
 * cookies, no routes: the page signs in from the browser with `<llave-session mode="browser">`.
 *
 * The one thing it does besides sending files is what a static site's build step does: HTML
 * files get the simulator's URL and their own origin filled in (`%SIM_URL%`, `%SITE_URL%`).
 *
 * Its headers are what such a site needs (RFC 10017 §6.3.1: tokens in the page make XSS the
 * whole game): a strict CSP that only lets the page talk to itself and the IdP/API origin, no
 * inline script or style, no framing, and `Referrer-Policy: no-referrer` so the authorization
 * code in the callback URL never leaks in a Referer.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strictCsp } from './csp.js';

const here = dirname(fileURLToPath(import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface StaticSiteOptions {
  port?: number;
  host?: string;
  /** The origin browsers use for this site (its redirect URI at the IdP). */
  publicOrigin?: string;
  /** Browser-facing simulator URL (issuer `${simUrl}/oidc`, API `${simUrl}/api`). */
  simUrl?: string;
  /** Folder of the pages (default demo/static) and of the CDN elements (default dist/cdn). */
  root?: string;
  elementsDir?: string;
}

export interface StaticSiteHandle {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** The CSP of a browser-only site: itself, plus the IdP and API origin for fetch. */
export function staticSiteCsp(simUrl: string): string {
  return strictCsp({ connectSrc: [new URL(simUrl).origin] });
}

/** `request path` → a file under `dir`, or undefined (no `..`, no encoded separators). */
function resolveFile(dir: string, path: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const file = normalize(join(dir, decoded.endsWith('/') ? `${decoded}index.html` : decoded));
  if (!file.startsWith(dir + sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

export async function startStaticSite(options: StaticSiteOptions = {}): Promise<StaticSiteHandle> {
  const port = options.port ?? 3001;
  const host = options.host ?? '127.0.0.1';
  const origin = options.publicOrigin ?? `http://localhost:${port}`;
  const simUrl = (options.simUrl ?? 'http://localhost:4010').replace(/\/+$/, '');
  const root = options.root ?? join(here, 'static');
  const elements = options.elementsDir ?? join(here, '../packages/elements/dist/cdn');
  const csp = staticSiteCsp(simUrl);

  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = path.startsWith('/elements/')
      ? resolveFile(elements, path.slice('/elements'.length))
      : resolveFile(root, path);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('No encontramos esta página / Page not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (extname(file) === '.html') {
      const html = readFileSync(file, 'utf8')
        .replaceAll('%SIM_URL%', simUrl)
        .replaceAll('%SITE_URL%', origin);
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Security-Policy': csp,
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : html);
      return;
    }
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return {
    url: origin,
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
