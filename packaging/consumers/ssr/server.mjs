// An agency's Node server: the BFF mounted as a Hono app, pages rendered with @lit-labs/ssr.
//   GET /      every component server-rendered, hydrated by the bundled client (dist/client.js)
//   GET /cdn   the same markup upgraded by the CDN build (it renders server-rendered tags afresh)
// Configured by the BFF's environment variables; PORT is this server's port.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { serve } from '@hono/node-server';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { configFromEnv, createLlaveBff } from '@llave-cdmx/bff';
import { Hono } from 'hono';
import { html } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { definitions, manifestPath } from './definitions.js';

const cdnDir = join(dirname(manifestPath), 'dist/cdn');
for (const { specifier } of definitions) await import(specifier);
const bff = createLlaveBff(configFromEnv(process.env));

/** What a page puts in some components; the others render empty. `?tag=` renders one alone. */
const content = {
  'llave-login-button': html`<a href="/llave/login?returnTo=%2F">Iniciar sesión con Llave CDMX</a>`,
};
const attributes = {
  'llave-login-button': 'return-to="/"',
  'llave-document-picker': 'name="documentos"',
};
const components = Object.fromEntries(
  definitions
    .filter(({ tag }) => tag !== 'llave-session')
    .map(({ tag }) => {
      const name = unsafeStatic(tag);
      const attrs = unsafeStatic(attributes[tag] ?? '');
      return [tag, staticHtml`<${name} ${attrs}>${content[tag] ?? ''}</${name}>`];
    }),
);
const body = (only) => html`<main>
  <h1>Trámites (SSR)</h1>
  <llave-session>
    ${Object.entries(components)
      .filter(([tag]) => !only || tag === only)
      .map(([, template]) => template)}
  </llave-session>
</main>`;

async function page(head, only) {
  const markup = await collectResult(render(body(only)));
  return `<!doctype html><html lang="es-MX"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trámites (SSR)</title>${head}</head><body>${markup}</body></html>`;
}

const types = { '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };
const file = (dir, name) => {
  if (name.includes('..')) return null;
  try {
    return new Response(readFileSync(join(dir, name)), {
      headers: {
        'content-type': types[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream',
      },
    });
  } catch {
    return null;
  }
};

const app = new Hono();
app.route('/', bff);
app.get('/', async (c) =>
  c.html(
    await page(
      '<link rel="stylesheet" href="/cdn/llave.css"><script type="module" src="/client.js"></script>',
      c.req.query('tag'),
    ),
  ),
);
app.get('/cdn', async (c) =>
  c.html(
    await page(
      '<link rel="stylesheet" href="/cdn/llave.css"><script type="module" src="/cdn/llave.js"></script>',
      c.req.query('tag'),
    ),
  ),
);
// The browser bundle and the chunks it loads on demand.
app.get(
  '/:name{[\\w.-]+\\.js}',
  (c) => file(join(import.meta.dirname, 'dist'), c.req.param('name')) ?? c.notFound(),
);
app.get('/cdn/*', (c) => file(cdnDir, c.req.path.slice('/cdn/'.length)) ?? c.notFound());

const server = serve(
  { fetch: app.fetch, port: Number(process.env.PORT ?? 3002), hostname: '127.0.0.1' },
  (info) => console.log(`SSR_READY http://127.0.0.1:${info.port}`),
);
const stop = () => server.close(() => bff.close().finally(() => process.exit(0)));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
