import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { LlaveElement } from './base-element.js';
import { type LazyDefiner, lazyDefine, type TagLoaders } from './lazy-define.js';

/**
 * The lazy loader of the CDN build (llave.ts) with fake tags: each loader records when it was
 * asked for and defines a trivial element, so the order and the moment of loading can be seen.
 */
let unique = 0;
function fakeTags(...names: string[]) {
  const suffix = `${++unique}`;
  const tags = names.map((n) => `lazy-${n}-${suffix}`);
  const requested: string[] = [];
  const loaders: TagLoaders = {};
  for (const tag of tags) {
    loaders[tag] = async () => {
      requested.push(tag);
      customElements.define(tag, class extends HTMLElement {});
    };
  }
  return { tags, requested, loaders };
}

describe('lazyDefine (the CDN loader)', () => {
  let definer: LazyDefiner | undefined;
  let host: HTMLElement;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    definer?.disconnect();
    definer = undefined;
    host.remove();
  });

  it('passes accessibility checks', async () => {
    // A loader has no UI of its own; the fallback content it leaves in place must be fine.
    const { tags, loaders } = fakeTags('a11y');
    host.innerHTML = `<${tags[0]}><a href="/llave/login">Iniciar sesión</a></${tags[0]}>`;
    definer = lazyDefine(loaders);
    await expect(host).to.be.accessible();
  });

  it('loads a tag in view at once, and one below the fold only after it, when the page is idle', async () => {
    const { tags, requested, loaders } = fakeTags('top', 'below');
    const [top, below] = tags as [string, string];
    // First in the document but far below the fold: document order would load it first.
    host.innerHTML = `<${below} style="position: absolute; top: 300vh">abajo</${below}><${top}>arriba</${top}>`;
    definer = lazyDefine(loaders, document, { rootMargin: '0px' });
    await customElements.whenDefined(top);
    await customElements.whenDefined(below);
    expect(requested).to.deep.equal([top, below]);
  });

  it('loads a tag when it is scrolled into view', async () => {
    const { tags, requested, loaders } = fakeTags('scrolled');
    const [tag] = tags as [string];
    // Far below, and a long idle wait: only coming into view loads it.
    host.innerHTML = `<div style="height: 300vh"></div><${tag}>abajo</${tag}>`;
    definer = lazyDefine(loaders, document, { rootMargin: '0px', idleTimeout: 60_000 });
    try {
      host.querySelector(tag)!.scrollIntoView();
      await customElements.whenDefined(tag);
      expect(requested).to.deep.equal([tag]);
    } finally {
      // Even when it fails: the next tests measure "in view" from the top of the page.
      window.scrollTo(0, 0);
    }
  });

  it('leaves a fallback below the fold usable until its element is scrolled to, defined and rendered', async () => {
    const tag = `lazy-fallback-${++unique}`;
    let rendered = false;
    const loaders: TagLoaders = {
      [tag]: async () => {
        // A real element: its first render comes in a task after the upgrade (base-element.ts).
        customElements.define(
          tag,
          class extends LlaveElement {
            override render() {
              rendered = true;
              return html`<button>listo</button>`;
            }
          },
        );
      },
    };
    host.innerHTML = `<div style="height: 300vh"></div><${tag}><a href="#abajo">Iniciar sesión</a></${tag}>`;
    definer = lazyDefine(loaders, document, { rootMargin: '0px', idleTimeout: 60_000 });
    const link = host.querySelector('a')!;
    let clicks = 0;
    link.addEventListener('click', (e) => {
      e.preventDefault();
      clicks++;
    });
    // Not loaded while out of view, and the citizen can still reach and use the plain link.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(customElements.get(tag)).to.equal(undefined);
    link.focus();
    expect(document.activeElement).to.equal(link);
    link.click();
    expect(clicks).to.equal(1);

    link.scrollIntoView();
    await customElements.whenDefined(tag);
    const el = host.querySelector(tag) as LlaveElement;
    // Defined, and after the upgrade's microtasks still not rendered: the link shows and works.
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(rendered).to.equal(false);
    expect(link.checkVisibility()).to.equal(true);
    link.click();
    expect(clicks).to.equal(2);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button')!.textContent).to.equal('listo');
    expect(link.checkVisibility()).to.equal(false);
    window.scrollTo(0, 0);
  });

  it('loads hidden elements and ones added later, each tag once', async () => {
    const { tags, requested, loaders } = fakeTags('hidden', 'added');
    const [hidden, added] = tags as [string, string];
    host.innerHTML = `<${hidden} hidden></${hidden}><${hidden}></${hidden}>`;
    definer = lazyDefine(loaders);
    const later = document.createElement(added);
    host.append(later, document.createElement(added));
    await waitUntil(() => customElements.get(hidden) && customElements.get(added));
    expect([...requested].sort()).to.deep.equal([added, hidden].sort());
  });

  it('finds tags in open shadow roots that exist already', async () => {
    const { tags, requested, loaders } = fakeTags('shadowed');
    const [tag] = tags as [string];
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<${tag}></${tag}>`;
    definer = lazyDefine(loaders);
    await customElements.whenDefined(tag);
    expect(requested).to.deep.equal([tag]);
    expect(shadow.querySelector(tag)!.matches(':defined')).to.equal(true);
  });

  it('tries a failed download again the next time the tag appears', async () => {
    const tag = `lazy-flaky-${++unique}`;
    let attempts = 0;
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      definer = lazyDefine({
        [tag]: async () => {
          attempts++;
          if (attempts === 1) throw new Error('offline');
          customElements.define(tag, class extends HTMLElement {});
        },
      });
      const first = document.createElement(tag);
      first.textContent = 'primero';
      host.append(first);
      await waitUntil(() => attempts === 1 && errors.length === 1, 'the first attempt', {
        timeout: 5_000,
      });
      const second = document.createElement(tag);
      second.textContent = 'segundo';
      host.append(second);
      await customElements.whenDefined(tag);
      expect(attempts).to.equal(2);
    } finally {
      console.error = original;
    }
  });

  it('scan() loads every known tag under a root now, visible or not', async () => {
    const { tags, loaders } = fakeTags('scanned');
    const [tag] = tags as [string];
    const detached = document.createElement('div');
    detached.innerHTML = `<${tag}></${tag}>`;
    definer = lazyDefine(loaders, document, { idleTimeout: 60_000 });
    await definer.scan(detached);
    expect(customElements.get(tag)).to.not.equal(undefined);
  });
});
