import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasMarkers, renderPage } from './pages.js';
import { createDemoApp } from './server.js';

const publicDir = join(dirname(fileURLToPath(import.meta.url)), 'public');
const pages = readdirSync(publicDir).filter((f) => f.endsWith('.html'));
const render = (file: string) =>
  renderPage(readFileSync(join(publicDir, file), 'utf8'), file === 'index.html' ? '/' : `/${file}`);
const nav = (html: string) =>
  [...html.matchAll(/<a href="([a-z]+\.html)"( aria-current="page")?/g)].map(
    ([, href = '', current]) => (current ? `${href}*` : href),
  );

describe('the demo pages’ shared head and header', () => {
  it('fills every page: one head, one header, the same navigation everywhere', () => {
    expect(pages.length).toBeGreaterThan(5);
    const navs = new Set<string>();
    for (const file of pages) {
      const html = render(file);
      expect(hasMarkers(readFileSync(join(publicDir, file), 'utf8')), file).toBe(true);
      expect(html, file).not.toMatch(/demo:head|demo:header|demo:footer|\{\{/);
      expect(html.match(/<meta charset="utf-8" \/>/g), file).toHaveLength(1);
      expect(html.match(/<header class="site-header">/g), file).toHaveLength(1);
      // The page's title comes after the charset, as the parser needs.
      expect(html.indexOf('<meta charset'), file).toBeLessThan(html.indexOf('<title>'));
      navs.add(
        nav(html)
          .map((h) => h.replace('*', ''))
          .join(' '),
      );
      // Nothing inline: the pages run under `script-src 'self'; style-src 'self'`.
      expect(html, file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|\sstyle=|\son[a-z]+=/i);
    }
    expect([...navs]).toEqual([
      'index.html registro.html recuperar.html tramite.html permiso.html',
    ]);
  });

  it('gives the pages that had it the same footer', () => {
    for (const file of ['index.html', 'registro.html', 'recuperar.html']) {
      expect(render(file).match(/<footer class="site-footer">/g), file).toHaveLength(1);
      expect(render(file), file).toContain('No es un sitio oficial del Gobierno');
    }
  });

  it('marks the page’s own link aria-current="page", and only it', () => {
    expect(nav(render('tramite.html')).filter((h) => h.endsWith('*'))).toEqual(['tramite.html*']);
    expect(nav(render('index.html')).filter((h) => h.endsWith('*'))).toEqual(['index.html*']);
    // A page the navigation does not list has no current link.
    expect(nav(render('perfil.html')).filter((h) => h.endsWith('*'))).toEqual([]);
  });

  it('signs in back to the page, with the level the page needs from the IdP', () => {
    expect(render('tramite.html')).toContain('href="/llave/login?returnTo=%2Ftramite.html"');
    expect(render('index.html')).toContain('href="/llave/login?returnTo=%2F"');
    const permiso = render('permiso.html');
    expect(permiso).toContain('returnTo=%2Fpermiso.html&amp;level=firma"');
    expect(permiso).toContain('profile-href="tramite.html" level="firma"');
    expect(permiso).toContain('Secretaría de Desarrollo Urbano y Vivienda · Sitio de demostración');
    // Verificar offers its own way up: the IdP is not asked for the level.
    const verificar = render('verificar.html');
    expect(verificar).toContain('level="verificada" verify-href="verificar.html"');
    expect(verificar).toContain('href="/llave/login?returnTo=%2Fverificar.html"');
  });

  it('sends the page in the language the toggle chose, Spanish otherwise', () => {
    const page = readFileSync(join(publicDir, 'tramite.html'), 'utf8');
    expect(renderPage(page, '/tramite.html', 'en')).toContain('<html lang="en">');
    for (const lang of [undefined, 'es-MX', 'fr', '"><script>']) {
      const sent = renderPage(page, '/tramite.html', lang);
      expect(sent, String(lang)).toContain('<html lang="es-MX">');
      expect(sent, String(lang)).not.toContain('<script>');
    }
  });

  it('escapes what it puts in attributes, and refuses what it does not know', () => {
    const page = '<head><!-- demo:head --></head><!-- demo:header profile-href="a&quot;b" -->';
    expect(renderPage(page, '/x"<y>.html')).toContain('returnTo=%2Fx%22%3Cy%3E.html"');
    expect(() => renderPage('<!-- demo:header onclick="x" -->', '/a.html')).toThrow(/onclick/);
    expect(() => renderPage('<!-- demo:header agency="nadie" -->', '/a.html')).toThrow(/agency/);
  });
});

describe('the demo server', () => {
  it('sends each page filled in and whole (no stale Content-Length), under the strict CSP', async () => {
    // The elements' build is not needed to serve a page: an empty loader stands in for it.
    const elementsDir = mkdtempSync(join(tmpdir(), 'demo-elements-'));
    writeFileSync(join(elementsDir, 'llave.js'), '');
    const { app, bff } = createDemoApp({ publicOrigin: 'http://localhost:3000', elementsDir });
    try {
      for (const path of ['/', '/tramite.html', '/permiso.html']) {
        const res = await app.request(path);
        expect(res.status, path).toBe(200);
        const length = res.headers.get('Content-Length');
        const body = await res.text();
        if (length) expect(Number(length), path).toBe(Buffer.byteLength(body));
        expect(body, path).toContain('</html>');
        expect(body, path).toContain('aria-current="page"');
        expect(body, path).not.toContain('demo:header');
        expect(res.headers.get('Content-Security-Policy'), path).toContain("script-src 'self'");
        expect(res.headers.get('Vary'), path).toContain('Cookie');
        expect(body, path).toContain('<html lang="es-MX">');
        const english = await app.request(path, { headers: { Cookie: 'llave-demo-lang=en' } });
        expect(await english.text(), path).toContain('<html lang="en">');
      }
    } finally {
      await bff.close();
    }
  });
});
