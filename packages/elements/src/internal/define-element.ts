/**
 * Registers a tag's class, once: a page may load two copies of the library (the npm build and
 * the CDN one), and the second `define` of a tag would throw. Node without a DOM shim has no
 * registry at all, so there nothing is defined. Every registration file calls it; it sits in the
 * kit chunk that every page loads, so each entry carries one short call instead of the guard.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (globalThis.customElements && !customElements.get(tag)) customElements.define(tag, element);
}
