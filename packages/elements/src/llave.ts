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

interface LitHook {
  litElementHydrateSupport?: (lit: { LitElement: { prototype: LitElementLike } }) => void;
}
interface LitElementLike {
  shadowRoot: ShadowRoot | null;
  createRenderRoot(): Element | ShadowRoot;
}

/*
 * Tags that already hold a declarative shadow root were rendered on the server (@lit-labs/ssr).
 * Without Lit's hydration support, Lit would render a second copy beside the server's markup;
 * that support weighs 2.5 KB and splits Lit out of the shared chunk, so this build renders
 * such tags again instead: through the hook Lit calls when it loads, each one empties the
 * server's shadow root just before its first render (in the same task: nothing flashes).
 * Pages without server-rendered tags change nothing. npm users hydrate with
 * `@lit-labs/ssr-client/lit-element-hydrate-support.js` (see README).
 */
const hook = globalThis as LitHook;
if (
  !hook.litElementHydrateSupport &&
  [...document.querySelectorAll(Object.keys(loaders).join(','))].some((el) => el.shadowRoot)
) {
  hook.litElementHydrateSupport = ({ LitElement }) => {
    const createRenderRoot = LitElement.prototype.createRenderRoot;
    LitElement.prototype.createRenderRoot = function (this: LitElementLike) {
      this.shadowRoot?.replaceChildren();
      return createRenderRoot.call(this);
    };
  };
}

export const llave = lazyDefine(loaders);
