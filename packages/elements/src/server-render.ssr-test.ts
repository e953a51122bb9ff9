/**
 * Every component renders on the server with @lit-labs/ssr (what Next, Nuxt, Astro or a plain
 * Node page use): nothing may touch the DOM before the element is connected in a browser.
 * Runs in Node (vitest), with no `document`; the tags are the registration files themselves,
 * so a new component is covered with no change here. Hydration in the browser is checked by
 * the packaging step's SSR consumer (packaging/consumers/ssr).
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { describe, expect, it } from 'vitest';

interface GlobImportMeta {
  glob(patterns: string[]): Record<string, () => Promise<unknown>>;
}
const modules = (import.meta as ImportMeta & GlobImportMeta).glob([
  './*/llave-*.ts',
  '!./**/*.test.ts',
]);
const tags = Object.entries(modules).map(([path, load]) => ({
  tag: /\/(llave-[a-z0-9-]+)\.ts$/.exec(path)?.[1] ?? path,
  load,
}));

async function renderToString(tag: string, inner = ''): Promise<string> {
  const name = unsafeStatic(tag);
  return collectResult(render(html`<${name}>${unsafeStatic(inner)}</${name}>`));
}

/** The declarative shadow root's markup, without its styles. */
const shadowOf = (markup: string) =>
  (
    /<template shadowroot="open" shadowrootmode="open"[^>]*>([\s\S]*?)<\/template>/.exec(
      markup,
    )?.[1] ?? ''
  ).replace(/<style>[\s\S]*?<\/style>/g, '');

describe('server-side rendering (@lit-labs/ssr, no DOM)', () => {
  it('runs without a DOM and finds every component', () => {
    expect(typeof document).toBe('undefined');
    expect(tags.map((t) => t.tag)).toContain('llave-login-button');
    expect(tags.length).toBeGreaterThanOrEqual(7);
  });

  for (const { tag, load } of tags) {
    it(`<${tag}> renders a declarative shadow root and keeps its light DOM`, async () => {
      await load();
      const out = await renderToString(tag, '<p id="fallback">Contenido sin JavaScript</p>');
      expect(out).toMatch(/<template shadowroot="open" shadowrootmode="open"/);
      expect(shadowOf(out).trim()).not.toBe('');
      expect(out).toContain('<p id="fallback">Contenido sin JavaScript</p>');
    });
  }

  it('<llave-login-button> shows the fallback link while the session is unknown', async () => {
    await tags.find((t) => t.tag === 'llave-login-button')?.load();
    const out = await renderToString(
      'llave-login-button',
      '<a href="/llave/login?returnTo=%2Ftramite">Iniciar sesión con Llave CDMX</a>',
    );
    // Without JavaScript the shadow root must slot the link, or the page has no way to sign in.
    expect(shadowOf(out)).toContain('<slot></slot>');
    expect(out).toContain('<a href="/llave/login?returnTo=%2Ftramite">');
  });
});
