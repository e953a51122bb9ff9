import {
  type CommonResources,
  i18n,
  type KeyPath,
  type Language,
  type Namespace,
  type Resources,
  resolveLanguage,
  type TranslateOptions,
} from '@llave-cdmx/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the controller needs of a namespace; any `defineNamespace` result fits. */
export interface NamespaceLike {
  readonly name: string;
  readonly source: Resources;
  load(lng?: Language): Promise<void>;
}

type Keys<N> = N extends { source: infer R } ? KeyPath<R> : never;
type NameOf<N> = N extends { name: infer X extends string } ? X : never;

/**
 * The keys a component may translate: its own namespace's (the first) bare, and every
 * namespace's as `name:key`. A typo is a type error, and so is a key of a namespace the component
 * did not declare (it would not be loaded in English).
 */
export type KeyOf<N extends readonly NamespaceLike[]> =
  | Keys<N[0]>
  | { [I in keyof N]: `${NameOf<N[I]>}:${Keys<N[I]>}` }[number];

/** A typed `t` to hand to templates that render for the component. */
export type Translator<N extends readonly NamespaceLike[]> = (
  key: KeyOf<N>,
  options?: TranslateOptions,
) => string;

/** A translator of core's shared words: every component's translator is one. */
export type CommonTranslator = (
  key: `common:${KeyPath<CommonResources>}`,
  options?: TranslateOptions,
) => string;

/**
 * The element carrying the `lang` that applies to `el`: the nearest ancestor with the attribute,
 * crossing shadow roots through their hosts (`closest()` stops at a shadow root, so a verifier
 * inside the wizard's shadow DOM would otherwise miss the page's `lang`).
 */
export function langOwner(el: Element): Element | null {
  for (let node: Element | null = el; node; ) {
    const found = node.closest('[lang]');
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/**
 * Translates for its host in the page's language and re-renders the host when it changes.
 *
 * The language is the nearest `lang` attribute (the element's own, an ancestor's across shadow
 * roots, or `<html lang>`; WCAG 3.1.2), else the shared i18n language. A `lang` added, changed or
 * removed on any of those ancestors is followed live: every root between the host and the
 * document is observed, because the nearest carrier may change too (a container gains `lang`).
 *
 * SSR-safe: nothing touches the DOM before `hostConnected` (server rendering uses the host's own
 * `lang` attribute or the shared language).
 *
 * @example
 * #i18n = new I18nController(this, [loginStrings, common]);
 * render() { return html`${this.#i18n.t('signIn')} ${this.#i18n.t('common:actions.retry')}`; }
 */
export class I18nController<const N extends readonly [NamespaceLike, ...NamespaceLike[]]>
  implements ReactiveController
{
  #unsubscribe?: () => void;
  #observer?: MutationObserver;
  /** The language of the nearest `lang` carrier, or null when none has one (once connected). */
  #lang?: Language | null;
  /**
   * The language rendered: after a change, the previous one until every namespace has loaded in
   * the new one, so the host never shows a mix (its own strings in English, core's still in
   * Spanish) while a chunk is on its way.
   */
  #shown?: Language;
  /** Which change is the latest: a slower load of an earlier language must not win. */
  #change = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly namespaces: N,
  ) {
    host.addController(this);
  }

  /** The language this host renders in. */
  get language(): Language {
    return this.#shown ?? this.#wanted();
  }

  /** The language the page asks for: the nearest `lang`, else the shared language. */
  #wanted(): Language {
    if (this.#lang !== undefined) return this.#lang ?? i18n.language;
    const own = this.host.getAttribute?.('lang');
    return own ? resolveLanguage(own) : i18n.language;
  }

  /**
   * Translates in this host's language: `t('key')` in the component's own namespace,
   * `t('common:key')` in another it declared; `t(ns, 'key')` is the same as `t('ns:key')`.
   */
  t(key: KeyOf<N>, options?: TranslateOptions): string;
  t<R extends Resources>(
    ns: Namespace<R> & N[number],
    key: KeyPath<R>,
    options?: TranslateOptions,
  ): string;
  t(a: string | NamespaceLike, b?: string | TranslateOptions, c?: TranslateOptions): string {
    if (typeof a === 'string') return this.#translate(a, b as TranslateOptions | undefined);
    return this.#translate(`${a.name}:${b as string}`, c);
  }

  /** `t` bound to this host, for templates that render for it. */
  readonly translator: Translator<N> = (key, options) => this.#translate(key, options);

  /**
   * An error code in words (codes come from validators and the server at run time): the
   * component's own `errors.<code>` first (worded for its context), then each other namespace's,
   * then `fallback` or the code itself.
   */
  error(code: string, options: TranslateOptions = {}): string {
    for (const ns of this.namespaces) {
      const text = this.#translate(`${ns.name}:errors.${code}`, { ...options, defaultValue: '' });
      if (text) return text;
    }
    return options.defaultValue ?? code;
  }

  /**
   * A key computed at run time that may not exist (an enum value the server added later):
   * `fallback` when it is missing. Prefer `t`, which the type checker verifies.
   */
  lookup(key: string, fallback: string, options: TranslateOptions = {}): string {
    return this.#translate(key, { ...options, defaultValue: fallback });
  }

  #translate(key: string, options: TranslateOptions = {}): string {
    const full = key.includes(':') ? key : `${this.namespaces[0].name}:${key}`;
    return i18n.t(full, { ...options, lng: this.language });
  }

  hostConnected(): void {
    // The shared language matters only where no `lang` applies; load the namespaces in it then.
    this.#unsubscribe = i18n.onLanguageChanged(() => this.#sync(this.#lang === null));
    this.#observer = new MutationObserver(() => this.#sync());
    this.#observeRoots();
    this.#sync(true);
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#observer?.disconnect();
    this.#observer = undefined;
    // Read again on reconnection: the element may have moved under another `lang`.
    this.#lang = undefined;
  }

  /** Every root from the host's up to the document, watched for `lang` anywhere inside. */
  #observeRoots(): void {
    for (let node: Node | null = this.host; node; ) {
      const root: Node = node.getRootNode();
      this.#observer!.observe(root instanceof Document ? root.documentElement : root, {
        attributes: true,
        attributeFilter: ['lang'],
        subtree: true,
      });
      node = root instanceof ShadowRoot ? root.host : null;
    }
  }

  #sync(force = false): void {
    const owner = langOwner(this.host);
    const tag = owner?.getAttribute('lang');
    const own = tag ? resolveLanguage(tag) : null;
    if (own === this.#lang && !force) return;
    this.#lang = own;
    const lng = this.#wanted();
    const change = ++this.#change;
    // The first time, render at once (es-MX is bundled, so never keys) and again when the
    // language arrives; after that, keep the language shown until the new one is complete.
    this.#shown ??= lng;
    this.host.requestUpdate();
    void Promise.all(this.namespaces.map((ns) => ns.load(lng))).then(() => {
      if (change !== this.#change) return;
      this.#shown = lng;
      this.host.requestUpdate();
    });
  }
}
