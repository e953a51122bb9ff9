import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { LlaveElement } from './base-element.js';

/**
 * The base of every element (issue 18): an element that upgrades renders first in a task of its
 * own, after the task that defined it, with its light-DOM fallback shown until then.
 */
let unique = 0;
function defineTag() {
  const tag = `paced-${++unique}`;
  class Paced extends LlaveElement {
    static override properties = { label: {} };
    label = 'listo';
    renders = 0;
    override render() {
      this.renders++;
      return html`<p>${this.label}</p>`;
    }
  }
  customElements.define(tag, Paced);
  return tag;
}
type PacedEl = LlaveElement & { label: string; renders: number };

/** Lets every pending microtask run, without giving the event loop another task. */
async function drainMicrotasks() {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

describe('LlaveElement (paced rendering)', () => {
  let host: HTMLElement;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => host.remove());

  it('passes accessibility checks', async () => {
    const tag = defineTag();
    host.innerHTML = `<${tag}><a href="/llave/login">Iniciar sesión</a></${tag}>`;
    await expect(host).to.be.accessible();
    await (host.firstElementChild as PacedEl).updateComplete;
    await expect(host).to.be.accessible();
  });

  it('renders an upgraded element first in a task after the one that upgraded it, showing its fallback until then', async () => {
    const tag = defineTag();
    host.innerHTML = `<${tag}><a href="/llave/login">Iniciar sesión</a></${tag}>`;
    const el = host.firstElementChild as PacedEl;
    const fallback = el.querySelector('a')!;
    let clicked = false;
    fallback.addEventListener('click', (e) => {
      e.preventDefault();
      clicked = true;
    });
    await drainMicrotasks();
    expect(el.hasUpdated).to.equal(false);
    // Shown through the placeholder slot, and usable.
    expect(fallback.assignedSlot).to.not.equal(null);
    expect(fallback.checkVisibility()).to.equal(true);
    fallback.click();
    expect(clicked).to.equal(true);
    await el.updateComplete;
    expect(el.renders).to.equal(1);
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(fallback.checkVisibility()).to.equal(false);
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('listo');
  });

  it('gives each element its own task for its first render', async () => {
    const tag = defineTag();
    host.innerHTML = `<${tag}></${tag}><${tag}></${tag}><${tag}></${tag}>`;
    const [a, b, c] = [...host.children] as PacedEl[];
    await a!.updateComplete;
    // Still in the task that rendered `a`: the others wait for tasks of their own.
    expect([a!.hasUpdated, b!.hasUpdated, c!.hasUpdated]).to.deep.equal([true, false, false]);
    await b!.updateComplete;
    expect(c!.hasUpdated).to.equal(false);
    await c!.updateComplete;
    expect(c!.renders).to.equal(1);
  });

  it('renders an element created by script as Lit does, without waiting for a task', async () => {
    const tag = defineTag();
    // Created after its tag was defined: another element's template, or the page's own script.
    const el = document.createElement(tag) as PacedEl;
    host.append(el);
    await drainMicrotasks();
    expect(el.hasUpdated).to.equal(true);
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
  });

  it('renders a server-rendered element at once, over the server markup (no hydration support here)', async () => {
    const tag = `paced-ssr-${++unique}`;
    const el = document.createElement(tag);
    el.attachShadow({ mode: 'open' }).innerHTML = '<p>del servidor</p>';
    host.append(el);
    customElements.define(
      tag,
      class extends LlaveElement {
        override render() {
          return html`<p>hola</p>`;
        }
      },
    );
    await drainMicrotasks();
    expect((el as LlaveElement).hasUpdated).to.equal(true);
    // One copy, the browser's: not a second one beside the server's.
    expect(el.shadowRoot!.querySelectorAll('p').length).to.equal(1);
    expect(el.shadowRoot!.textContent).to.equal('hola');
  });
});
