import { common, defineNamespace, i18n } from '@llave-cdmx/core';
import { expect, fixture, html as fixtureHtml, waitUntil } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { I18nController, langOwner } from './i18n-controller.js';

const demo = defineNamespace(
  'i18n-controller-test',
  { hello: 'Hola', nested: { bye: 'Adiós {{name}}' } },
  { en: async () => ({ hello: 'Hello', nested: { bye: 'Bye {{name}}' } }) },
);

class I18nProbe extends LitElement {
  readonly i18n = new I18nController(this, [demo, common]);
  renders = 0;
  override render() {
    this.renders++;
    return html`<p>${this.i18n.t('hello')}</p>`;
  }
}
customElements.define('i18n-probe', I18nProbe);

/** An element that renders a probe inside its own shadow root (like the verifier in the wizard). */
class I18nOuter extends LitElement {
  override render() {
    return html`<i18n-probe></i18n-probe>`;
  }
}
customElements.define('i18n-outer', I18nOuter);

/** A second namespace whose English arrives only when the test says so. */
let releaseLate: () => void = () => {};
const late = defineNamespace(
  'i18n-controller-test-late',
  { word: 'Cuenta' },
  {
    en: () =>
      new Promise((resolve) => {
        releaseLate = () => resolve({ word: 'Account' });
      }),
  },
);
class I18nPair extends LitElement {
  readonly i18n = new I18nController(this, [demo, late]);
  override render() {
    return html`<p>${this.i18n.t('hello')} ${this.i18n.t('i18n-controller-test-late:word')}</p>`;
  }
}
customElements.define('i18n-pair', I18nPair);

const text = (probe: I18nProbe) => probe.shadowRoot!.querySelector('p')!.textContent;
/**
 * Waits for the probe to show `want` (the observer, the namespace load, then a re-render). The
 * bound (under the 10 s test timeout) only stops a hang: on a busy shared machine the English
 * chunk took over 3 s to arrive.
 */
const shows = (probe: I18nProbe, want: string) =>
  waitUntil(() => text(probe) === want, `expected "${want}", shows "${text(probe)}"`, {
    timeout: 8000,
  });

describe('I18nController', () => {
  it('types t over the namespaces the component declared', () => {
    const probe = document.createElement('i18n-probe') as I18nProbe;
    // Runs only for the type checker: each line must fail tsc.
    if (probe.renders < 0) {
      // @ts-expect-error a key typo in the component's own namespace
      probe.i18n.t('helo');
      // @ts-expect-error a key typo in another declared namespace
      probe.i18n.t('common:errors.not_a_code');
      // @ts-expect-error a namespace the component did not declare (would not load in English)
      probe.i18n.t('login-button:signIn');
    }
    expect(probe.i18n.t('nested.bye', { name: 'Ana' })).to.equal('Adiós Ana');
    expect(probe.i18n.t('common:errors.network_error')).to.equal(
      common.t('errors.network_error', { lng: 'es-MX' }),
    );
  });

  it('finds the lang across shadow roots: a component inside another speaks the page language', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      fixtureHtml`<div lang="en"><i18n-outer></i18n-outer></div>`,
    );
    const outer = wrapper.querySelector('i18n-outer') as I18nOuter;
    await outer.updateComplete;
    const probe = outer.shadowRoot!.querySelector('i18n-probe') as I18nProbe;
    expect(langOwner(probe)).to.equal(wrapper);
    await shows(probe, 'Hello');
  });

  it('follows a lang changed live on the nearest ancestor that carries it, not only <html>', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      fixtureHtml`<section lang="es-MX"><div><i18n-probe></i18n-probe></div></section>`,
    );
    const probe = wrapper.querySelector('i18n-probe') as I18nProbe;
    await shows(probe, 'Hola');
    wrapper.setAttribute('lang', 'en');
    await shows(probe, 'Hello');
    // A closer ancestor gaining a lang wins over the farther one.
    wrapper.querySelector('div')!.setAttribute('lang', 'es-MX');
    await shows(probe, 'Hola');
  });

  it('keeps the language shown until every namespace has arrived in the new one: never a mix', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      fixtureHtml`<div lang="es-MX"><i18n-pair></i18n-pair></div>`,
    );
    const pair = wrapper.querySelector('i18n-pair') as I18nPair;
    const shown = () => pair.shadowRoot!.querySelector('p')!.textContent;
    await pair.updateComplete;
    expect(shown()).to.equal('Hola Cuenta');
    wrapper.lang = 'en';
    // The first namespace's English has arrived, the second's not.
    await demo.load('en');
    await pair.updateComplete;
    expect(shown()).to.equal('Hola Cuenta');
    expect(pair.i18n.language).to.equal('es-MX');
    releaseLate();
    await waitUntil(() => shown() === 'Hello Account', `shows "${shown()}"`, { timeout: 8000 });
    expect(pair.i18n.language).to.equal('en');
  });

  it('follows a lang changed above a shadow root', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      fixtureHtml`<div lang="es-MX"><i18n-outer></i18n-outer></div>`,
    );
    const outer = wrapper.querySelector('i18n-outer') as I18nOuter;
    await outer.updateComplete;
    const probe = outer.shadowRoot!.querySelector('i18n-probe') as I18nProbe;
    await shows(probe, 'Hola');
    wrapper.lang = 'en';
    await shows(probe, 'Hello');
  });

  it('without any lang, follows the shared i18n language', async () => {
    const html = document.documentElement;
    const saved = html.getAttribute('lang');
    html.removeAttribute('lang');
    try {
      const probe = await fixture<I18nProbe>(fixtureHtml`<i18n-probe></i18n-probe>`);
      await shows(probe, 'Hola');
      await i18n.changeLanguage('en');
      await shows(probe, 'Hello');
    } finally {
      await i18n.changeLanguage('es-MX');
      if (saved !== null) html.setAttribute('lang', saved);
    }
  });

  it('stops following once disconnected', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      fixtureHtml`<div lang="es-MX"><i18n-probe></i18n-probe></div>`,
    );
    const probe = wrapper.querySelector('i18n-probe') as I18nProbe;
    await shows(probe, 'Hola');
    probe.remove();
    const before = probe.renders;
    wrapper.lang = 'en';
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    expect(probe.renders).to.equal(before);
  });

  it('touches no DOM before it is connected (server rendering constructs elements)', () => {
    const probe = document.createElement('i18n-probe') as I18nProbe;
    probe.setAttribute('lang', 'en');
    // Not connected: the host's own lang, without walking or observing anything.
    expect(probe.i18n.language).to.equal('en');
    expect(document.createElement('i18n-probe') as I18nProbe).to.have.property('renders', 0);
  });

  it('words an error code from the component first, then core, then the code itself', () => {
    const probe = document.createElement('i18n-probe') as I18nProbe;
    expect(probe.i18n.error('network_error')).to.equal(
      common.t('errors.network_error', { lng: 'es-MX' }),
    );
    expect(probe.i18n.error('no_such_code')).to.equal('no_such_code');
  });
});
