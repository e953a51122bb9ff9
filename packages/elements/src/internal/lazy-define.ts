/**
 * Defines custom elements on demand: a tag's code is imported only when the tag first appears in
 * the document (or in an open shadow root inside it), so a page with one `<llave-login-button>`
 * downloads the button and nothing else. Used by the single-script CDN build (`src/llave.ts`).
 */

/** Tag name → loader of the module that defines it (its `llave-*.js` registration file). */
export type TagLoaders = Record<string, () => Promise<unknown>>;

export interface LazyDefiner {
  /** Loads the definitions of every known undefined tag under `root` now. */
  scan(root: ParentNode): Promise<void>;
  /** Stops watching (for tests and for pages that tear down). */
  disconnect(): void;
  /** Resolves when `tag` is defined (loading it if it is known and not loaded yet). */
  load(tag: string): Promise<void>;
}

export function lazyDefine(loaders: TagLoaders, root: Document = document): LazyDefiner {
  const pending = new Map<string, Promise<void>>();
  const observed = new WeakSet<Node>();

  const load = (tag: string): Promise<void> => {
    const name = tag.toLowerCase();
    const loader = loaders[name];
    if (!loader || customElements.get(name)) return Promise.resolve();
    let job = pending.get(name);
    if (!job) {
      job = loader().then(
        () => undefined,
        (error: unknown) => {
          // A failed download (offline, CDN hiccup) may succeed later: forget it so the next
          // appearance of the tag tries again. The light-DOM fallback stays usable meanwhile.
          pending.delete(name);
          console.error(`[llave] could not load <${name}>`, error);
        },
      );
      pending.set(name, job);
    }
    return job;
  };

  const visit = (el: Element, jobs: Promise<void>[]): void => {
    const tag = el.localName;
    if (tag in loaders && !customElements.get(tag)) jobs.push(load(tag));
    // Open shadow roots that exist already (the page's own components) are watched too.
    if (el.shadowRoot) jobs.push(scan(el.shadowRoot));
  };

  const scan = (node: ParentNode): Promise<void> => {
    watch(node);
    const jobs: Promise<void>[] = [];
    if (node instanceof Element) visit(node, jobs);
    for (const el of node.querySelectorAll('*')) visit(el, jobs);
    return Promise.all(jobs).then(() => undefined);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) void scan(node);
      }
    }
  });

  function watch(node: ParentNode): void {
    // Observing the document (or a shadow root) with `subtree` covers everything below it.
    const target = node instanceof Document || node instanceof ShadowRoot ? node : undefined;
    if (!target || observed.has(target)) return;
    observed.add(target);
    observer.observe(target, { childList: true, subtree: true });
  }

  void scan(root);
  return { scan, load, disconnect: () => observer.disconnect() };
}
