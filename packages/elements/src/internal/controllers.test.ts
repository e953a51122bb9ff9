import { BffClient } from '@llave-cdmx/core';
import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { ConnectivityController } from './connectivity-controller.js';
import { SessionController } from './session-controller.js';
import { StatesController } from './states-controller.js';

class KitProbe extends LitElement {
  static override properties = { busy: { type: Boolean } };
  declare busy: boolean;
  readonly internals = this.attachInternals();
  backOnline = 0;
  readonly states = new StatesController(this, this.internals, () => ({ busy: this.busy }));
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
