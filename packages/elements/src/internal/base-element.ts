import { isServer, LitElement } from 'lit';

/**
 * The base of every Llave element. An element that upgrades (it was in the page before its tag
 * was defined) renders first in a task of its own, after the task that evaluated its module and
 * upgraded it, and after the first renders of the elements that upgraded before it: on a slow
 * phone, a page's elements then never render in one long task while it loads (issue 18; a task
 * over 50 ms delays the answer to a tap).
 *
 * Until that render its shadow root shows the element's light-DOM fallback through a placeholder
 * slot, so the fallback stays visible and usable; the element keeps the box llave.css reserved
 * (its `:host` styles, or its placeholder's, set the same), and the placeholder goes
 * in the same task as the first render: nothing flashes or moves. An element created by script,
 * one inside another element's shadow root and one rendered on the server render as Lit renders
 * them (at once), so code that awaits a parent's update finds its children rendered.
 */
export class LlaveElement extends LitElement {
  // Read in the constructor: only an upgrade constructs an element that is already in the page.
  // Not inside another element's shadow root: that element decides when its parts render (and
  // may move focus into one right after its own update).
  #deferred = !isServer && this.getRootNode() === document && !this.shadowRoot;

  /*
   * Rendered on the server (@lit-labs/ssr): a declarative shadow root is there already. Without
   * Lit's hydration support (`@lit-labs/ssr-client/lit-element-hydrate-support.js`, which npm
   * users load first; it weighs 2.5 KB and the CDN build leaves it out), Lit would render a
   * second copy beside the server's markup, so the element renders afresh instead: the server's
   * markup goes just before its first render, in the same task (nothing flashes).
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!(globalThis as { litElementHydrateSupport?: unknown }).litElementHydrateSupport)
      this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  // biome-ignore lint/suspicious/noConfusingVoidType: Lit's own signature, overridden
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || !this.#deferred) return super.scheduleUpdate();
    // Still in the task that upgraded it (nothing was painted since): the placeholder shows the
    // fallback until the first render, which comes in a task of its own, after those already
    // waiting (timers of one delay run in the order they were set, HTML §8.6).
    const root = this.renderRoot;
    root.append(document.createElement('slot'));
    return new Promise((resolve) => setTimeout(resolve)).then(() => {
      root.replaceChildren();
      return super.scheduleUpdate();
    });
  }
}
