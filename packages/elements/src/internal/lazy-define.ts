/**
 * Defines custom elements on demand: a tag's code is imported only when the tag first appears in
 * the document (or in an open shadow root inside it), so a page with one `<llave-login-button>`
 * downloads the button and nothing else. Used by the single-script CDN build (`src/llave.ts`).
 *
 * What the citizen can see comes first: a tag is loaded when one of its elements comes near the
 * viewport, and the others (below the fold, hidden) when the page is next idle after those have
 * loaded. On a slow phone the work of upgrading the elements then lands in separate, smaller
 * tasks instead of one long task while the page loads (issue 18), and the fallback content
 * (llave.css reserves each element's box) stays usable until then.
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

export interface LazyDefineOptions {
  /**
   * How far outside the viewport an element counts as visible (an IntersectionObserver root
   * margin): close enough that it is ready when scrolled to.
   */
  rootMargin?: string;
  /** The longest an element out of view waits for an idle moment, in ms. */
  idleTimeout?: number;
}

type IdleWindow = typeof globalThis & {
  requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => number;
};

/** The next idle moment (a short timer where the browser has no idle callbacks). */
function whenIdle(timeout: number): Promise<void> {
  const w = globalThis as IdleWindow;
  return new Promise((resolve) => {
    if (w.requestIdleCallback) w.requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, Math.min(timeout, 200));
  });
}

export function lazyDefine(
  loaders: TagLoaders,
  root: Document = document,
  { rootMargin = '50%', idleTimeout = 3_000 }: LazyDefineOptions = {},
): LazyDefiner {
  const pending = new Map<string, Promise<void>>();
  const observed = new WeakSet<Node>();
  /** Tags known to be out of view, loaded one per idle moment. */
  const later = new Set<string>();
  /** Loads started because an element is in view: the idle ones wait for these. */
  const urgent = new Set<Promise<void>>();
  let draining = false;

  const load = (tag: string): Promise<void> => {
    const name = tag.toLowerCase();
    const loader = loaders[name];
    later.delete(name);
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

  const drain = async (): Promise<void> => {
    if (draining) return;
    draining = true;
    while (later.size) {
      if (urgent.size) await Promise.all(urgent);
      else {
        await whenIdle(idleTimeout);
        // Something that came into view meanwhile goes first.
        const [tag] = later;
        if (!urgent.size && tag) await load(tag);
      }
    }
    draining = false;
  };

  // Each observed element is reported once at the next rendering, in view or not; only then is
  // it known to be out of view. A hidden page never renders: its tags load after `idleTimeout`.
  const visibility = new IntersectionObserver(
    (entries) => {
      for (const { target, isIntersecting } of entries) {
        const tag = target.localName;
        if (customElements.get(tag)) visibility.unobserve(target);
        else if (!isIntersecting) later.add(tag);
        else if (!pending.has(tag)) {
          visibility.unobserve(target);
          const job = load(tag);
          urgent.add(job);
          void job.finally(() => urgent.delete(job));
        }
      }
      void drain();
    },
    { rootMargin },
  );

  const visit = (el: Element, jobs: Promise<void>[] | undefined): void => {
    const tag = el.localName;
    if (tag in loaders && !customElements.get(tag)) {
      if (jobs) jobs.push(load(tag));
      else {
        visibility.observe(el);
        setTimeout(() => {
          if (!customElements.get(tag)) later.add(tag);
          void drain();
        }, idleTimeout);
      }
    }
    // Open shadow roots that exist already (the page's own components) are watched too.
    if (el.shadowRoot) walk(el.shadowRoot, jobs);
  };

  /** Visits `node` and everything under it: loads now into `jobs`, else when visible or idle. */
  const walk = (node: ParentNode, jobs?: Promise<void>[]): void => {
    watch(node);
    if (node instanceof Element) visit(node, jobs);
    for (const el of node.querySelectorAll('*')) visit(el, jobs);
  };

  const scan = (node: ParentNode): Promise<void> => {
    const jobs: Promise<void>[] = [];
    walk(node, jobs);
    return Promise.all(jobs).then(() => undefined);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) walk(node);
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

  walk(root);
  return {
    scan,
    load,
    disconnect: () => {
      observer.disconnect();
      visibility.disconnect();
      later.clear();
    },
  };
}
