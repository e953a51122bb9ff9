import {
  i18n,
  type KeyPath,
  type Language,
  type Namespace,
  type Resources,
  resolveLanguage,
  type TranslateOptions,
} from '@llave-cdmx/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders its host when the language changes and loads the host's namespaces first.
 *
 * The language comes from the nearest `lang` attribute (the element's own, an ancestor's, or
 * `<html lang>`), so a page can show one component in English inside a Spanish page. Watching
 * `<html lang>` keeps every component in step with a page-level language switch.
 *
 * @example
 * #i18n = new I18nController(this, [loginStrings]);
 * render() { return html`${this.#i18n.t(loginStrings, 'signIn')}`; }
 */
export class I18nController implements ReactiveController {
  #unsubscribe?: () => void;
  #observer?: MutationObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    // Only `load` is needed here; typed structurally so any `Namespace<R>` fits (a
    // `Namespace<Resources>` parameter would reject them: `t`'s key type is contravariant).
    private readonly namespaces: ReadonlyArray<Pick<Namespace<Resources>, 'name' | 'load'>>,
  ) {
    host.addController(this);
  }

  /** The language this host renders in. */
  get language(): Language {
    const tag = this.host.closest('[lang]')?.getAttribute('lang');
    return tag ? resolveLanguage(tag) : i18n.language;
  }

  /** Translates in this host's language (see `language`). */
  t<R extends Resources>(
    ns: Namespace<R>,
    key: KeyPath<R>,
    options: TranslateOptions = {},
  ): string {
    return ns.t(key, { ...options, lng: this.language });
  }

  hostConnected(): void {
    this.#unsubscribe = i18n.onLanguageChanged(() => this.host.requestUpdate());
    // `lang` set on the element itself or on <html> after upgrade (a language toggle).
    this.#observer = new MutationObserver(() => void this.#sync());
    this.#observer.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    this.#observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
    });
    void this.#sync();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  async #sync(): Promise<void> {
    const lng = this.language;
    // Render at once (es-MX is bundled, so never keys), then again when the language arrives.
    this.host.requestUpdate();
    await Promise.all(this.namespaces.map((ns) => ns.load(lng)));
    this.host.requestUpdate();
  }
}
