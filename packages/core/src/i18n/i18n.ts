/**
 * Translation runtime.
 *
 * Resources use the i18next JSON v4 format (nested keys, `{{name}}` interpolation, plural keys
 * with `_zero`/`_one`/`_other` suffixes chosen by `Intl.PluralRules`, `$t(other.key)` nesting is
 * not supported), so translators and tooling that speak i18next work on them unchanged, and
 * `i18n.test.ts` checks that real i18next gives the same output for every key.
 *
 * Why not i18next itself in the browser: it weighs ~15.8 KB gzip, more than the whole 15 KB
 * budget of a page with only `<llave-login-button>` (DESIGN.md §6), and Lit is ~6 KB of that.
 * This runtime is well under 1 KB and loads each language's namespaces lazily.
 *
 * es-MX is the source language: every key exists there, and a missing key in another language
 * falls back to es-MX, then to the key itself.
 */

export const SOURCE_LANGUAGE = 'es-MX';
export const SUPPORTED_LANGUAGES = ['es-MX', 'en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

/** A namespace's resources: nested objects of strings. */
export interface Resources {
  [key: string]: string | Resources;
}

/** Loads one namespace of one language, e.g. `() => import('./locales/en/login.js')`. */
export type ResourceLoader = () => Promise<{ default: Resources } | Resources>;

export type TranslateOptions = Record<string, unknown> & {
  count?: number;
  /** Returned when the key is missing everywhere. */
  defaultValue?: string;
  lng?: Language;
};

type Listener = (lng: Language) => void;

/** Picks the supported language for a BCP 47 tag: `es`, `es-ES`, `es-MX` → es-MX; `en-*` → en. */
export function resolveLanguage(tag: string | null | undefined): Language {
  const lower = (tag ?? '').toLowerCase();
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  return SOURCE_LANGUAGE;
}

function lookup(res: Resources | undefined, key: string): string | undefined {
  let node: string | Resources | undefined = res;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(lng: Language, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lng);
  if (!rules) {
    rules = new Intl.PluralRules(lng);
    pluralRules.set(lng, rules);
  }
  return rules.select(count);
}

/**
 * One instance per page holds the current language, the loaded resources and the listeners.
 * Components share the default `i18n` below; tests may create their own.
 */
export class I18n {
  #language: Language = SOURCE_LANGUAGE;
  #resources = new Map<string, Resources>(); // `${lng}|${ns}` → resources
  #loaders = new Map<string, ResourceLoader>();
  #pending = new Map<string, Promise<void>>();
  #listeners = new Set<Listener>();

  get language(): Language {
    return this.#language;
  }

  /** Registers a lazy loader for a namespace in a language (does not load it). */
  registerLoader(lng: Language, ns: string, loader: ResourceLoader): void {
    this.#loaders.set(`${lng}|${ns}`, loader);
  }

  /** Adds resources directly (merging over what a namespace already has). */
  addResources(lng: Language, ns: string, resources: Resources): void {
    const key = `${lng}|${ns}`;
    this.#resources.set(key, { ...(this.#resources.get(key) ?? {}), ...resources });
  }

  hasNamespace(ns: string, lng: Language = this.#language): boolean {
    return this.#resources.has(`${lng}|${ns}`);
  }

  /**
   * Loads namespaces for a language (and es-MX, the fallback), once each. Resolves when they are
   * usable; a loader that fails leaves the fallback in place rather than breaking the page.
   */
  async load(namespaces: readonly string[], lng: Language = this.#language): Promise<void> {
    const wanted = new Set<Language>([lng, SOURCE_LANGUAGE]);
    const jobs: Promise<void>[] = [];
    for (const l of wanted) {
      for (const ns of namespaces) {
        const key = `${l}|${ns}`;
        if (this.#resources.has(key)) continue;
        const loader = this.#loaders.get(key);
        if (!loader) continue;
        let job = this.#pending.get(key);
        if (!job) {
          job = loader()
            .then((mod) => {
              const res = (
                'default' in mod && typeof mod.default === 'object' ? mod.default : mod
              ) as Resources;
              this.addResources(l, ns, res);
            })
            .catch(() => {
              // Keep the page usable: the es-MX fallback (or the key) is shown instead.
            })
            .finally(() => this.#pending.delete(key));
          this.#pending.set(key, job);
        }
        jobs.push(job);
      }
    }
    await Promise.all(jobs);
  }

  /** Changes the language and tells every listener; unknown tags resolve to es-MX. */
  async changeLanguage(tag: string, namespaces: readonly string[] = []): Promise<void> {
    const lng = resolveLanguage(tag);
    await this.load(namespaces, lng);
    if (lng === this.#language) return;
    this.#language = lng;
    for (const listener of [...this.#listeners]) listener(lng);
  }

  /**
   * Subscribes to language changes; returns the function that removes exactly this listener
   * (a bare `off(event)` would remove every other component's listener too).
   */
  onLanguageChanged(listener: Listener): () => void {
    // A wrapper per subscription: two components sharing one handler function are still two
    // subscriptions, and removing one must not silently remove the other (a Set would).
    const subscription: Listener = (lng) => listener(lng);
    this.#listeners.add(subscription);
    return () => {
      this.#listeners.delete(subscription);
    };
  }

  /**
   * Translates `ns:key.path` (or `key.path` in the `common` namespace).
   * `{{name}}` is replaced by `options.name`; with `count`, the plural form for the language is
   * chosen (`key_one`, `key_other`, and `key_zero` for an exact 0 when present, like i18next).
   * Values are inserted as text; Lit escapes them when rendered.
   */
  t(fullKey: string, options: TranslateOptions = {}): string {
    const sep = fullKey.indexOf(':');
    const ns = sep === -1 ? 'common' : fullKey.slice(0, sep);
    const key = sep === -1 ? fullKey : fullKey.slice(sep + 1);
    const languages: Language[] = [options.lng ?? this.#language];
    if (languages[0] !== SOURCE_LANGUAGE) languages.push(SOURCE_LANGUAGE);

    let template: string | undefined;
    for (const lng of languages) {
      const res = this.#resources.get(`${lng}|${ns}`);
      if (typeof options.count === 'number') {
        if (options.count === 0) template = lookup(res, `${key}_zero`);
        template ??= lookup(res, `${key}_${pluralCategory(lng, options.count)}`);
        template ??= lookup(res, `${key}_other`);
      }
      template ??= lookup(res, key);
      if (template !== undefined) break;
    }
    if (template === undefined) return options.defaultValue ?? key;
    return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (match, name: string) => {
      const value = options[name];
      return value === undefined || value === null ? match : String(value);
    });
  }
}

/** The page's shared instance. */
export const i18n = new I18n();

/** Dotted paths of a resource object, with plural suffixes folded (`items_one` → `items`). */
export type KeyPath<R> = {
  [K in keyof R & string]: R[K] extends string
    ? K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}`
      ? Base
      : K
    : `${K}.${KeyPath<R[K]>}`;
}[keyof R & string];

/** A namespace whose keys are typed from its es-MX source. */
export interface Namespace<R extends Resources, N extends string = string> {
  readonly name: N;
  /** The es-MX source (bundled anyway); also what lets types read the namespace's keys. */
  readonly source: R;
  t(key: KeyPath<R>, options?: TranslateOptions): string;
  /** Loads this namespace in the given (or current) language. */
  load(lng?: Language): Promise<void>;
}

/**
 * Declares a namespace: its es-MX source is bundled (the default language and the fallback, so
 * the first paint never shows keys) and the other languages load on demand.
 *
 * @example
 * import es from './locales/es-MX.js';
 * export const loginStrings = defineNamespace('login', es, { en: () => import('./locales/en.js') });
 * loginStrings.t('signIn');
 */
export function defineNamespace<R extends Resources, const N extends string = string>(
  name: N,
  source: R,
  others: Partial<Record<Exclude<Language, typeof SOURCE_LANGUAGE>, ResourceLoader>>,
  instance: I18n = i18n,
): Namespace<R, N> {
  instance.addResources(SOURCE_LANGUAGE, name, source);
  for (const [lng, loader] of Object.entries(others)) {
    if (loader) instance.registerLoader(lng as Language, name, loader);
  }
  return {
    name,
    source,
    t: (key, options) => instance.t(`${name}:${key}`, options),
    load: (lng = instance.language) => instance.load([name], lng),
  };
}
