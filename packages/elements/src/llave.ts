/**
 * The single-script CDN build: `<script type="module" src=".../llave.js">` makes every
 * `<llave-*>` tag work, and each tag's code is downloaded only when the tag appears.
 *
 * The tag list is built from the registration files themselves (`src/<name>/llave-<name>.ts`
 * defines `<llave-<name>>`), so a new component is picked up with no change here. This file is
 * built by Vite only (import.meta.glob); npm users import the `llave-*.js` files they need.
 */
import { lazyDefine, type TagLoaders } from './internal/lazy-define.js';

interface GlobImportMeta {
  glob(patterns: string | string[]): Record<string, () => Promise<unknown>>;
}

const modules = (import.meta as ImportMeta & GlobImportMeta).glob([
  './*/llave-*.ts',
  '!./**/*.test.ts',
]);

const loaders: TagLoaders = {};
for (const [path, load] of Object.entries(modules)) {
  const tag = /\/(llave-[a-z0-9-]+)\.ts$/.exec(path)?.[1];
  if (tag) loaders[tag] = load;
}

// Tags rendered on the server (@lit-labs/ssr) render again over the server's markup unless the
// page loads Lit's hydration support: see internal/base-element.ts.
export const llave = lazyDefine(loaders);
