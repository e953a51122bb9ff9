import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './llave-help.js';
import type { LlaveHelp } from './help.js';

const root = (el: LlaveHelp) => el.shadowRoot!;
const text = (el: LlaveHelp) => root(el).textContent!.replace(/\s+/g, ' ');

describe('<llave-help>', () => {
  it('passes accessibility checks', async () => {
    const el = await fixture<LlaveHelp>(html`<llave-help open help-href="/ayuda"></llave-help>`);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('has the documented defaults: closed, the general answers, LOCATEL', async () => {
    const el = await fixture<LlaveHelp>(html`<llave-help></llave-help>`);
    const details = root(el).querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent).to.equal('¿Necesitas ayuda?');
    expect(text(el)).to.contain('La página no carga').and.contain('¿Dónde hago mi trámite?');
    expect(root(el).querySelector('a[href="tel:+525556581111"]')).to.exist;
    expect(root(el).querySelector('a:not([href^="tel:"])')).to.equal(null);
  });

  it('shows the topics asked for, in that order, and the agency help page', async () => {
    const el = await fixture<LlaveHelp>(
      html`<llave-help open topics="code nonsense contactTypo" help-href="/ayuda"></llave-help>`,
    );
    const titles = [...root(el).querySelectorAll('h3')].map((h) => h.textContent);
    expect(titles).to.deep.equal(['El código no funciona', 'Escribí mal mi correo o celular']);
    expect(root(el).querySelector<HTMLAnchorElement>('a[href="/ayuda"]')!.textContent).to.equal(
      'Más ayuda',
    );
  });

  it('the CURP answer says what the guide says: módulo, documents, LOCATEL', async () => {
    const el = await fixture<LlaveHelp>(
      html`<llave-help topics="curpRegistered" open></llave-help>`,
    );
    expect(text(el))
      .to.contain('módulo de atención')
      .and.contain('identificación oficial, un comprobante de domicilio y una fotografía')
      .and.contain('LOCATEL');
  });

  it('speaks English on an English page', async () => {
    const wrapper = await fixture(html`<div lang="en"><llave-help></llave-help></div>`);
    const el = wrapper.querySelector('llave-help')!;
    await waitUntil(() => root(el).querySelector('summary')?.textContent === 'Need help?');
    expect(text(el)).to.contain('The page does not load');
  });
});
