import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';

/**
 * llave.css reserves each block component's box before it upgrades; the component keeps the same
 * height as a floor once defined, so upgrading never pulls the page up (CLS 0, issue 14). The two
 * live in different files (a page stylesheet and each component's styles): this checks they say
 * the same, on a phone and on a desktop, and that a page's custom property moves both.
 */
const reserved = [
  'llave-password-reset',
  'llave-document-picker',
  'llave-tramite-tracker',
  'llave-document-signer',
];

const css = document.createElement('link');
css.rel = 'stylesheet';
css.href = new URL('./llave.css', import.meta.url).href;
document.head.append(css);
await new Promise((r) => css.addEventListener('load', r, { once: true }));

/**
 * Each tag's min-block-size before its code is loaded (in a frame of `width` px that has the
 * stylesheet and no script: the tags stay undefined there) and after (here, where each
 * registration file defines its tag), with `style` set on their parent in both.
 */
async function minHeights(width: number, style = '') {
  const markup = `<div style="${style}">${reserved.map((t) => `<${t}></${t}>`).join('')}</div>`;
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 800px; border: 0`;
  frame.srcdoc = `<!doctype html><link rel="stylesheet" href="${css.href}">${markup}`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const height = (el: Element) => getComputedStyle(el).minBlockSize;
  const inFrame = frame.contentDocument!.querySelector('div')!;
  const undefinedThere = [...inFrame.children].every((el) => !el.matches(':defined'));
  const before = Object.fromEntries([...inFrame.children].map((el) => [el.localName, height(el)]));
  frame.remove();

  await setViewport({ width, height: 800 });
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  await import('./password-reset/llave-password-reset.js');
  await import('./document-picker/llave-document-picker.js');
  await import('./tramite-tracker/llave-tramite-tracker.js');
  await import('./document-signer/llave-document-signer.js');
  const here = host.firstElementChild!;
  const definedHere = [...here.children].every((el) => el.matches(':defined'));
  const after = Object.fromEntries([...here.children].map((el) => [el.localName, height(el)]));
  host.remove();
  return { before, after, defined: undefinedThere && definedHere };
}

describe('llave.css (the page stylesheet that reserves each element before upgrade)', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('passes accessibility checks', async () => {
    const el = document.createElement('llave-tramite-tracker');
    document.body.append(el);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('reserves the wizard a screen and more before it is defined, and nothing else', () => {
    // A tag nobody defines stays inline: the rules are per tag, not a catch-all.
    const other = document.createElement('llave-not-a-component');
    const wizard = document.createElement('llave-registration-wizard');
    document.body.append(other, wizard);
    expect(getComputedStyle(other).display).to.equal('inline');
    expect(getComputedStyle(wizard).display).to.equal('block');
    expect(Number.parseFloat(getComputedStyle(wizard).minBlockSize)).to.be.greaterThan(800);
    other.remove();
    wizard.remove();
  });

  for (const width of [360, 1280]) {
    it(`keeps the reserved height once each component is defined (${width} px wide)`, async () => {
      const { before, after, defined } = await minHeights(width);
      expect(defined).to.equal(true);
      for (const tag of reserved) {
        expect(Number.parseFloat(before[tag]!), tag).to.be.greaterThan(100);
      }
      expect(after).to.deep.equal(before);
    });
  }

  it('lets a page change a reservation with one custom property for both', async () => {
    const { before, after } = await minHeights(
      1280,
      '--llave-document-picker-reserved-height: 31rem',
    );
    expect(before['llave-document-picker']).to.equal('496px');
    expect(after['llave-document-picker']).to.equal('496px');
  });
});
