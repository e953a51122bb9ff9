import { BffClient } from '@llave-cdmx/core';
import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { ConnectivityController } from './connectivity-controller.js';
import { SessionController } from './session-controller.js';
import { StagesController } from './stages-controller.js';
import { StatesController } from './states-controller.js';

class KitProbe extends LitElement {
  static override properties = { busy: { type: Boolean } };
  declare busy: boolean;
  readonly internals = this.attachInternals();
  backOnline = 0;
  readonly states = new StatesController(this, () => ({ busy: this.busy }), this.internals);
  readonly net = new ConnectivityController(this, () => {
    this.backOnline++;
  });
  readonly session = new SessionController(this);
  constructor() {
    super();
    this.busy = false;
  }
  override render() {
    return html`<p>${this.net.online ? 'online' : 'offline'}</p>`;
  }
}
customElements.define('kit-probe', KitProbe);

describe('StatesController', () => {
  it('keeps the custom states equal to what the host computes, before each render', async () => {
    const el = await fixture<KitProbe>(fixtureHtml`<kit-probe></kit-probe>`);
    expect(el.matches(':state(busy)')).to.equal(false);
    el.busy = true;
    await el.updateComplete;
    expect(el.matches(':state(busy)')).to.equal(true);
    el.busy = false;
    await el.updateComplete;
    expect(el.matches(':state(busy)')).to.equal(false);
  });
});

class StagedProbe extends LitElement {
  static override properties = { items: { attribute: false } };
  declare items?: string[];
  readonly stages = new StagesController(this, 3);
  /** What each update rendered, by its `<section>`s. */
  readonly rendered: string[][] = [];
  override render() {
    if (!this.items) return html`<p>…</p>`;
    const stage = (n: number, name: string) =>
      this.stages.shows(n) ? html`<section>${name}</section>` : '';
    return html`${stage(1, 'a')}${stage(2, 'b')}${stage(3, this.items.join())}`;
  }
  override updated() {
    this.rendered.push([...this.renderRoot.querySelectorAll('section')].map((s) => s.textContent!));
  }
  protected override getUpdateComplete(): Promise<boolean> {
    return this.stages.complete(() => super.getUpdateComplete());
  }
}
customElements.define('staged-probe', StagedProbe);

describe('StagesController', () => {
  const nextTask = () => new Promise((r) => setTimeout(r));

  it('renders the first showing of the data one stage per task, in order, then whole', async () => {
    const el = await fixture<StagedProbe>(fixtureHtml`<staged-probe></staged-probe>`);
    expect(el.rendered).to.deep.equal([[]]);
    el.items = ['x'];
    // The update that first shows the data renders stage 1 only; microtasks do not bring the
    // next stage (it waits for a task of its own).
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(el.rendered).to.deep.equal([[], ['a']]);
    // Each stage's timer was set before this test's, so one task later that stage has rendered.
    await nextTask();
    expect(el.rendered.at(-1)).to.deep.equal(['a', 'b']);
    await nextTask();
    expect(el.rendered.at(-1)).to.deep.equal(['a', 'b', 'x']);
    // Once every stage has rendered, a change renders whole in its own update.
    const before = el.rendered.length;
    el.items = ['y'];
    await Promise.resolve();
    await Promise.resolve();
    expect(el.rendered.slice(before)).to.deep.equal([['a', 'b', 'y']]);
  });

  it("makes the host's updateComplete wait for every stage", async () => {
    const el = await fixture<StagedProbe>(fixtureHtml`<staged-probe></staged-probe>`);
    el.items = ['x'];
    await el.updateComplete;
    expect(el.rendered.at(-1)).to.deep.equal(['a', 'b', 'x']);
    expect(el.rendered.length).to.equal(4);
  });

  it('still renders its stages after the host leaves the page, so updateComplete resolves', async () => {
    const el = await fixture<StagedProbe>(fixtureHtml`<staged-probe></staged-probe>`);
    el.items = ['x'];
    await Promise.resolve();
    el.remove();
    await el.updateComplete;
    expect(el.rendered.at(-1)).to.deep.equal(['a', 'b', 'x']);
  });
});

describe('ConnectivityController', () => {
  it('follows online/offline and calls back when the connection returns', async () => {
    const el = await fixture<KitProbe>(fixtureHtml`<kit-probe></kit-probe>`);
    expect(el.shadowRoot!.textContent).to.contain('online');
    const real = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    try {
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      window.dispatchEvent(new Event('offline'));
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('offline');
      expect(el.backOnline).to.equal(0);
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true });
      window.dispatchEvent(new Event('online'));
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('online');
      expect(el.backOnline).to.equal(1);
      // Removed: it stops listening.
      el.remove();
      window.dispatchEvent(new Event('online'));
      expect(el.backOnline).to.equal(1);
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
      Object.defineProperty(Navigator.prototype, 'onLine', real);
    }
  });
});

describe('SessionController.client', () => {
  it("uses the component's own client when the page set one, else the session's", async () => {
    const el = await fixture<KitProbe>(fixtureHtml`<kit-probe></kit-probe>`);
    const own = new BffClient({ fetch: async () => new Response('{}') });
    expect(el.session.client(own)).to.equal(own);
    expect(el.session.client(undefined)).to.equal(el.session.store.client);
  });
});
