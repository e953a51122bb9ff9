/**
 * The library builds (run by build.mjs, not by vitest):
 *
 * Both minify Lit template text (so a page the npm build rendered on the server hydrates with the
 * CDN build: hydration matches templates by a hash of their text) and write the theme tokens'
 * text into the `css` templates that read them.
 *
 * - `vite build --mode npm` → `dist/**`: one ES module per source module (preserveModules), with
 *   one entry per `src/<name>/llave-<name>.ts` registration file plus `src/index.ts`; lit, @lit/*
 *   and @llave-cdmx/core stay external so the app's bundler dedupes them.
 * - `vite build --mode cdn` → `dist/cdn/**`: everything bundled and minified for a plain
 *   `<script type="module">`; `llave.js` is the lazy loader, each tag's code is its own entry
 *   (`login-button/llave-login-button.js`) and shared code (lit, core) lands in `chunks/`: what
 *   the login button's page runs in one `kit` chunk (the loader's lazy definer with it, so the
 *   loader imports the kit statically), a few shared chunks that the same pages load anyway
 *   (`sharedChunks`), the rest split by which tags share it.
 *
 * Entries are globbed, so a new component needs no change here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, defineConfig, type Plugin, type UserConfig } from 'vite';
import { inlineTokens, readTokens } from './scripts/inline-tokens.js';
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

/**
 * Lit template text: the theme tokens written into the `css` templates that read them (see
 * scripts/inline-tokens.ts), then minified (scripts/minify-templates.ts for the rules).
 */
function litTemplates(): Plugin {
  const tokensFile = join(src, 'internal/tokens.ts');
  const tokens = readTokens(readFileSync(tokensFile, 'utf8'));
  return {
    name: 'llave:lit-templates',
    transform(code, id) {
      if (!id.startsWith(src) || !id.endsWith('.ts')) return null;
      const inlined = inlineTokens(code, id, tokensFile, tokens) ?? code;
      const out = minifyTemplates(inlined, id) ?? inlined;
      return out === code ? null : { code: out, map: null };
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

const conditions = ['source', 'browser', 'module', 'import', 'default'];
const define = { 'process.env.NODE_ENV': '"production"' };

/**
 * The CDN build's shared `kit` chunk: every module a page with only `<llave-login-button>`
 * runs, except the button's own folder (Lit, the i18n runtime and controller, the session store
 * and controller, the base styles). Rolldown's automatic splitting gives each set of entries
 * sharing a module its own chunk: the button's page downloaded seven of them, each paying its
 * own gzip window and import/export lines, 1.3 KB of its 15 KB (DESIGN.md §6), and every other
 * component loads the same ones. The set is read from a bundle of the button alone, so it
 * follows the button's imports (tree-shaken: a module it imports but does not use stays out).
 */
async function loginKit(): Promise<Set<string>> {
  const result = await build({
    configFile: false,
    root: here,
    logLevel: 'silent',
    plugins: [litTemplates()],
    resolve: { conditions },
    define,
    build: {
      write: false,
      minify: false,
      sourcemap: false,
      lib: { entry: join(src, 'login-button/llave-login-button.ts'), formats: ['es'] },
    },
  });
  const own = join(src, 'login-button') + sep;
  const output = [result].flat().flatMap((r) => ('output' in r ? r.output : []));
  const entry = output.find((c) => c.type === 'chunk' && c.isEntry);
  if (entry?.type !== 'chunk') throw new Error('no login-button bundle');
  return new Set(entry.moduleIds.filter((id) => !id.startsWith(own)));
}

const lazyDefineFile = join(src, 'internal/lazy-define.ts');
/**
 * The CDN build's other shared chunks, beside the kit. Left to itself, rolldown gives every set of
 * tags that shares a module its own chunk: nineteen of them, nine under 500 B gzip, each paying
 * its own gzip window, import/export lines and request. These groups merge the ones that the
 * same pages load anyway (measured with scripts/size.mjs: 1.5 KB less over all components, six
 * pages lighter by up to 0.5 KB, only the contact verifier's heavier, by 0.3 KB). Modules on
 * demand stay apart: the new-password stage, the contact verifier, English, the browser session.
 * Paths are matched at their end, from `src/` or core's `src/`.
 */
const sharedChunks: Array<{ name: string; modules: string[] }> = [
  // core's shared strings and API paths, the small types every form reads (result, enums), the
  // two-line loader of the contact verifier that four components open on demand, and the shared
  // end help (its strings, its styles, its render): every page that loads this chunk shows that
  // help too, so as a chunk of its own it only cost them a gzip window and an import line
  // (measured: all components 88.22 → 87.81 KB, those seven pages 0.35 KB lighter each; only the
  // help's own page, which had it alone, loads the rest too, 13.06 → 16.49 KB of its 30). And
  // the buttons, fields and dialogs the components draw alike (internal/control-styles.ts).
  {
    name: 'common',
    modules: [
      'elements/src/internal/control-styles.ts',
      'elements/src/internal/help/help.ts',
      'elements/src/internal/help/help.strings.ts',
      'elements/src/internal/help/locales/es-MX.ts',
      'elements/src/internal/load-verifier.ts',
      'elements/src/events/base-event.ts',
      'core/src/api-paths.ts',
      'core/src/enums.ts',
      'core/src/i18n/common.ts',
      'core/src/i18n/locales/es-MX/common.ts',
      'core/src/validators/result.ts',
    ],
  },
  // Contact and address validators: the verifier, reset, wizard and profile.
  {
    name: 'validators',
    modules: [
      'core/src/validators/curp-states.ts',
      'core/src/validators/email.ts',
      'core/src/validators/phone.ts',
      'core/src/validators/postal-code.ts',
    ],
  },
  // How records read: dates, sizes and lists (intl), document names, the record styles; the
  // connectivity controller of the two that load records from the API (the picker, the tracker)
  // and the staged first render of the two longest records (the picker, the profile): chunks of
  // their own (0.3 KB each) cost more in gzip overhead than they saved the others.
  {
    name: 'records',
    modules: [
      'elements/src/internal/connectivity-controller.ts',
      'elements/src/internal/stages-controller.ts',
      'elements/src/internal/documents-format.ts',
      'elements/src/internal/intl.ts',
      'elements/src/internal/record-styles.ts',
    ],
  },
  // Lit's directive base and `live`, which the form components' inputs use
  // (before the light form: a group takes its modules' imports along unless an earlier one has them).
  {
    name: 'directives',
    modules: [
      'lit-html/directive.js',
      'lit-html/directive-helpers.js',
      'lit-html/directives/live.js',
      // lit's re-export of it, or it is a chunk of one import line that every user loads.
      'lit/directives/live.js',
    ],
  },
  // The light-DOM form and the CURP checks the reset's and the wizard's first steps run.
  {
    name: 'light-form',
    modules: [
      'elements/src/internal/form/fields.ts',
      // Its re-exports, the profile's import() on first use: no chunk of one export line.
      'elements/src/internal/form/form-kit.ts',
      'elements/src/internal/form/form-styles.ts',
      'elements/src/internal/form/light-form.ts',
      'elements/src/internal/form/load-password-stage.ts',
      'core/src/validators/curp.ts',
      'core/src/validators/curp-forbidden-words.ts',
      'core/src/validators/date.ts',
      'lit-html/directives/if-defined.js',
      'lit/directives/if-defined.js',
    ],
  },
];
const endsWith = (modules: string[]) => (id: string) => {
  const path = id.split(sep).join('/');
  return modules.some((m) => path.endsWith(`/${m}`));
};

export default defineConfig(async ({ mode }): Promise<UserConfig> => {
  const cdn = mode === 'cdn';
  const kit = cdn ? await loginKit() : new Set<string>();
  return {
    root: here,
    base: './',
    logLevel: 'warn',
    // Both builds: a page rendered on the server with the npm build (@lit-labs/ssr) may be
    // hydrated by the CDN build, and hydration matches templates by a hash of their text.
    plugins: [litTemplates()],
    resolve: { conditions },
    // Lit's dev mode warnings are for development; the builds ship the production code paths.
    define,
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
              // The CDN files are the end of the line (bundlers take the npm build): `@__PURE__`
              // annotations, there for a later tree-shaker, are bytes no browser uses (0.17 KB of
              // the all-components total, DESIGN.md §6). Legal and JSDoc comments stay out, as the
              // minifier already had them.
              comments: { legal: false, annotation: false, jsdoc: false },
              // The loader's own lazy definer too: llave.js then imports the kit statically, so
              // the kit downloads with the loader and is evaluated in the loader's task, not in
              // the first tag's (issue 18: kit evaluation plus the first upgrade made one 40–70
              // ms task on a 4× slower phone). Every tag needs the kit, so nothing extra loads.
              codeSplitting: {
                groups: [
                  { name: 'kit', test: (id) => kit.has(id) || id === lazyDefineFile },
                  ...sharedChunks.map(({ name, modules }) => ({ name, test: endsWith(modules) })),
                ],
              },
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
              // Modules keep their source paths; helpers from node_modules (none since the
              // components stopped using decorators; their runtime was one) go to `_helpers/`
              // so no path escapes dist/.
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
