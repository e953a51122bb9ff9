/**
 * The components on pages whose global CSS was written without them in mind (issue 13 item 6):
 * a type reset that reaches every element, and a form reset that unsets every input.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../login-button/llave-login-button.js';
import '../registration-wizard/llave-registration-wizard.js';
import { testApi } from '../registration-wizard/test-api.js';

const api = testApi({});

function hostileCss(text: string): () => void {
  const style = document.createElement('style');
  style.textContent = text;
  document.head.append(style);
  return () => style.remove();
}

const rootSize = () => Number.parseFloat(getComputedStyle(document.documentElement).fontSize);

describe('on a page with * { font: 10px serif }', () => {
  let restore: () => void;
  beforeEach(() => {
    restore = hostileCss('* { font: 10px serif; letter-spacing: 3px; text-transform: uppercase }');
  });
  afterEach(() => restore());

  it("the login button's label keeps its size and typeface", async () => {
    const el = await fixture(html`<llave-login-button></llave-login-button>`);
    const label = el.shadowRoot!.querySelector('.label')!;
    expect(label, 'a label to measure').to.exist;
    const style = getComputedStyle(label);
    expect(Number.parseFloat(style.fontSize)).to.equal(rootSize());
    expect(style.fontFamily).not.to.equal('serif');
    expect(style.fontFamily).to.contain('sans-serif');
    expect(style.letterSpacing).to.equal('normal');
    expect(style.textTransform).to.equal('none');
  });

  it("the wizard's headings and light-DOM fields keep theirs", async () => {
    const el = await fixture(
      html`<llave-registration-wizard draft-key="hostile-font" .client=${api.client}></llave-registration-wizard>`,
    );
    const heading = el.shadowRoot!.querySelector('h2')!;
    expect(Number.parseFloat(getComputedStyle(heading).fontSize)).to.be.greaterThan(rootSize());
    for (const node of el.querySelectorAll('form label, form input, form .llave-rw-help')) {
      const style = getComputedStyle(node);
      expect(Number.parseFloat(style.fontSize), node.outerHTML).to.equal(rootSize());
      expect(style.fontFamily, node.outerHTML).not.to.equal('serif');
    }
  });
});

describe('on a page with input { all: unset }', () => {
  let restore: () => void;
  beforeEach(() => {
    restore = hostileCss('input, select, button { all: unset }');
  });
  afterEach(() => restore());

  it('the "No tengo CURP" checkbox stays a visible 24 px checkbox', async () => {
    const el = await fixture(
      html`<llave-registration-wizard draft-key="hostile-unset" .client=${api.client}></llave-registration-wizard>`,
    );
    const box = el.querySelector<HTMLInputElement>('form [name="noCurp"]')!;
    const style = getComputedStyle(box);
    expect(style.appearance).to.equal('auto');
    expect(style.visibility).to.equal('visible');
    const rect = box.getBoundingClientRect();
    expect(rect.width).to.be.at.least(24);
    expect(rect.height).to.be.at.least(24);
    // Still the same control for assistive technology and for a click.
    box.click();
    expect(box.checked).to.equal(true);
  });

  it('text fields keep a visible border, the target size and an autocomplete token', async () => {
    const el = await fixture(
      html`<llave-registration-wizard draft-key="hostile-unset-2" .client=${api.client}></llave-registration-wizard>`,
    );
    const input = el.querySelector<HTMLInputElement>('form [name="curp"]')!;
    const style = getComputedStyle(input);
    expect(Number.parseFloat(style.borderTopWidth)).to.be.at.least(1);
    expect(style.borderTopStyle).to.equal('solid');
    expect(input.getBoundingClientRect().height).to.be.at.least(44);
    expect(style.display).to.equal('block');
    const submit = el.querySelector<HTMLButtonElement>('form button[type="submit"]')!;
    expect(submit.getBoundingClientRect().height).to.be.at.least(44);
    expect(Number.parseFloat(getComputedStyle(submit).borderTopWidth)).to.be.at.least(1);
    await expect(el).to.be.accessible();
  });
});
