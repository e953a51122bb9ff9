/**
 * The library builds (run by build.mjs, not by vitest):
 *
 * Both minify Lit template text (so a page the npm build rendered on the server hydrates with the
 * CDN build: hydration matches templates by a hash of their text).
 *
 * - `vite build --mode npm` → `dist/**`: one ES module per source module (preserveModules), with
 *   one entry per `src/<name>/llave-<name>.ts` registration file plus `src/index.ts`; lit, @lit/*
 *   and @llave-cdmx/core stay external so the app's bundler dedupes them.
 * - `vite build --mode cdn` → `dist/cdn/**`: everything bundled and minified for a plain
 *   `<script type="module">`; `llave.js` is the lazy loader, each tag's code is its own entry
 *   (`login-button/llave-login-button.js`) and shared code (lit, core) lands in `chunks/`.
 *
 * Entries are globbed, so a new component needs no change here.
 */
import { readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.js';

const here = dirname(fileURLToPath(import.meta.url));
const src = join(here, 'src');

/** `login-button/llave-login-button` → absolute path, for every registration file. */
function registrationEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const dir of readdirSync(src, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const file of readdirSync(join(src, dir.name))) {
      if (/^llave-[a-z0-9-]+\.ts$/.test(file)) {
        entries[`${dir.name}/${file.replace(/\.ts$/, '')}`] = join(src, dir.name, file);
      }
    }
  }
  return entries;
}

/** Lit template text minified (see scripts/minify-templates.ts for the rules). */
function minifyLitTemplates(): Plugin {
  return {
    name: 'llave:minify-lit-templates',
    transform(code, id) {
      if (!id.startsWith(src) || !id.endsWith('.ts')) return null;
      const out = minifyTemplates(code, id);
      return out === null ? null : { code: out, map: null };
    },
  };
}

/**
 * Source maps ship in the package (with their sources' text inside), so every source they name
 * must stay inside the package too: a debugger or an error tracker that resolves `../../lit-html`
 * from a CDN URL leaves the package. Code bundled from node_modules and from @llave-cdmx/core
 * (a workspace folder here) is named where a consumer's install would have it:
 * `node_modules/lit-html/…`, `node_modules/@llave-cdmx/core/src/…`, relative to the package.
 */
const coreRoot = resolve(here, '../core');
function sourcemapPathTransform(source: string, mapPath: string): string {
  const file = resolve(dirname(mapPath), source);
  if (!relative(here, file).startsWith('..')) return source;
  const nodeModules = `${sep}node_modules${sep}`;
  const at = file.lastIndexOf(nodeModules);
  const inPackage =
    at >= 0
      ? join(here, 'node_modules', file.slice(at + nodeModules.length))
      : file.startsWith(coreRoot + sep)
        ? join(here, 'node_modules/@llave-cdmx/core', relative(coreRoot, file))
        : join(here, 'node_modules/.external', relative(resolve(here, '../..'), file));
  return relative(dirname(mapPath), inPackage).split(sep).join('/');
}

// oidc-client-ts too: only `<llave-session mode="browser">` imports it (dynamically), and the
// app's bundler resolves the package the app installed.
const external = (id: string) =>
  id === 'lit' ||
  id.startsWith('lit/') ||
  id.startsWith('@lit/') ||
  id.startsWith('@llave-cdmx/') ||
  id === 'oidc-client-ts';

export default defineConfig(({ mode }) => {
  const cdn = mode === 'cdn';
  return {
    root: here,
    base: './',
    logLevel: 'warn',
    // Both builds: a page rendered on the server with the npm build (@lit-labs/ssr) may be
    // hydrated by the CDN build, and hydration matches templates by a hash of their text.
    plugins: [minifyLitTemplates()],
    resolve: { conditions: ['source', 'browser', 'module', 'import', 'default'] },
    // Lit's dev mode warnings are for development; the builds ship the production code paths.
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: cdn ? 'dist/cdn' : 'dist',
      // The npm build shares dist/ with tsc's declarations; the CDN build owns dist/cdn.
      emptyOutDir: cdn,
      target: 'es2022',
      minify: cdn,
      // The CDN files are loaded from any origin and path: no preload helper that resolves
      // chunk URLs against the page (each chunk imports its own dependencies relatively).
      modulePreload: false,
      sourcemap: true,
      reportCompressedSize: false,
      // Library mode for both: no preload helper around dynamic imports (the CDN files load from
      // any origin and path). Lib mode never strips whitespace from ES output, so the CDN build
      // asks rolldown's own minifier for it (output.minify below).
      lib: {
        entry: cdn
          ? { llave: join(src, 'llave.ts'), ...registrationEntries() }
          : { index: join(src, 'index.ts'), ...registrationEntries() },
        formats: ['es'],
      },
      rolldownOptions: {
        external: cdn ? [] : external,
        output: cdn
          ? {
              sourcemapPathTransform,
              minify: true,
              entryFileNames: '[name].js',
              // English strings (components' `locales/en.ts` and core's `locales/en/*`) load only
              // when a page asks for English; name them so the size check can tell them apart.
              chunkFileNames: (chunk) =>
                /[/\\]locales[/\\]en([/\\.])/.test(chunk.facadeModuleId ?? '')
                  ? `chunks/en-${chunk.name === 'en' ? '' : `${chunk.name}-`}[hash].js`
                  : 'chunks/[name]-[hash].js',
            }
          : {
              sourcemapPathTransform,
              preserveModules: true,
              preserveModulesRoot: 'src',
              // Modules keep their source paths; helpers from node_modules (the decorator
              // runtime) go to `_helpers/` so no path escapes dist/.
              entryFileNames: (chunk) => {
                const id = chunk.facadeModuleId ?? '';
                return id.startsWith(src) && !id.includes('node_modules')
                  ? `${relative(src, id).replace(/\.ts$/, '')}.js`
                  : `_helpers/${chunk.name.replace(/^.*\//, '').replace(/\.js$/, '')}.js`;
              },
            },
      },
    },
  };
});
