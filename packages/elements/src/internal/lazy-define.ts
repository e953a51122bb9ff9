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
  /** Tags waiting for an idle moment, loaded one per idle callback. */
  const queued = new Set<string>();
  /** Elements watched for visibility, by tag: a load of the tag, whatever started it, ends it. */
  const watched = new Map<string, Set<Element>>();
  /**
   * Elements the IntersectionObserver has not reported on yet (it reports each once, in or out of
   * view, at the next rendering): until then nothing is known to be out of view.
   */
  const unreported = new Set<Element>();
  let reported: (() => void) | undefined;
  /** Loads started because an element was visible: the idle ones wait for these. */
  const urgent = new Set<Promise<void>>();
  let draining = false;
  let gaveUp = false;
  let stopped = false;

  const known = (tag: string) => tag in loaders && !customElements.get(tag);

  const load = (tag: string): Promise<void> => {
    const name = tag.toLowerCase();
    const loader = loaders[name];
    if (!loader || customElements.get(name)) return Promise.resolve();
    queued.delete(name);
    for (const el of watched.get(name) ?? []) {
      visibility?.unobserve(el);
      unreported.delete(el);
    }
    watched.delete(name);
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

  const loadVisible = (tag: string) => {
    if (!known(tag) || pending.has(tag)) return;
    const job = load(tag);
    urgent.add(job);
    void job.finally(() => urgent.delete(job));
  };

  /** One queued tag per idle moment, once what is visible has loaded. */
  const drain = async (): Promise<void> => {
    if (draining) return;
    draining = true;
    try {
      while (queued.size && !stopped) {
        if (urgent.size) {
          await Promise.all(urgent);
          continue;
        }
        if (unreported.size && !gaveUp) {
          // A hidden page renders nothing, so the observer may never report: not forever.
          gaveUp = !(await Promise.race([
            new Promise<boolean>((resolve) => {
              reported = () => resolve(true);
            }),
            new Promise<boolean>((resolve) => setTimeout(resolve, idleTimeout, false)),
          ]));
          continue;
        }
        await whenIdle(idleTimeout);
        // Something came into view meanwhile: it goes first.
        if (urgent.size) continue;
        const [tag] = queued;
        if (tag === undefined || stopped) break;
        await load(tag);
      }
    } finally {
      draining = false;
    }
  };

  const visibility =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(
          (entries) => {
            for (const entry of entries) {
              if (entry.isIntersecting) loadVisible(entry.target.localName);
              unreported.delete(entry.target);
            }
            if (!unreported.size) reported?.();
          },
          { rootMargin },
        )
      : undefined;

  const defer = (el: Element): void => {
    const tag = el.localName;
    if (!visibility) {
      loadVisible(tag);
      return;
    }
    visibility.observe(el);
    unreported.add(el);
    watched.set(tag, (watched.get(tag) ?? new Set()).add(el));
    queued.add(tag);
    void drain();
  };

  const visit = (el: Element, jobs: Promise<void>[] | undefined): void => {
    const tag = el.localName;
    if (known(tag)) {
      if (jobs) jobs.push(load(tag));
      else defer(el);
    }
    // Open shadow roots that exist already (the page's own components) are watched too.
    if (el.shadowRoot) walk(el.shadowRoot, jobs);
  };

  /** Visits `node` and everything under it: loads now with `jobs`, else when visible or idle. */
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
      stopped = true;
      observer.disconnect();
      visibility?.disconnect();
    },
  };
}
