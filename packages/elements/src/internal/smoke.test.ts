import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';

class SmokeGreeting extends LitElement {
  @property() name = 'mundo';
  override render() {
    return html`<p>Hola, ${this.name}</p>`;
  }
}
customElements.define('smoke-greeting', SmokeGreeting);

describe('browser test harness', () => {
  it('renders a Lit element with decorators in Chromium', async () => {
    const el = await fixture<SmokeGreeting>(html`<smoke-greeting name="Llave"></smoke-greeting>`);
    expect(el.shadowRoot!.textContent).to.contain('Hola, Llave');
    expect(navigator.userAgent).to.contain('Chrome');
  });
  it('passes accessibility checks', async () => {
    const el = await fixture(html`<smoke-greeting></smoke-greeting>`);
    await expect(el).to.be.accessible();
  });
});
