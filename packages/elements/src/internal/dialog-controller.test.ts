import { expect, fixture, html as fixtureHtml, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, LitElement, nothing } from 'lit';
import { DialogController } from './dialog-controller.js';

/** Two rows, each with a button that asks about it, and the dialog that asks. */
class DialogProbe extends LitElement {
  static override properties = { rows: { attribute: false } };
  declare rows: string[];
  readonly dialog = new DialogController<string>(this, () =>
    this.renderRoot.querySelector<HTMLElement>('h2'),
  );
  constructor() {
    super();
    this.rows = ['a', 'b'];
  }
  override render() {
    return html`<h2 tabindex="-1">Rows</h2>
      ${this.rows.map(
        (r) =>
          html`<button id=${r} @click=${(e: Event) => this.dialog.open(r, e.currentTarget as HTMLElement)}>${r}</button>`,
      )}
      <dialog @close=${this.dialog.onClose}>
        ${this.dialog.value ? html`<p>About ${this.dialog.value}</p><button autofocus id="no" @click=${() => this.dialog.close()}>No</button>` : nothing}
      </dialog>`;
  }
}
customElements.define('dialog-probe', DialogProbe);

const $ = (el: DialogProbe, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
const focused = (el: DialogProbe) => {
  const active = el.shadowRoot!.activeElement;
  return active?.id || active?.localName;
};

describe('DialogController', () => {
  it('opens its dialog modally about a value, focus on the dialog, and closes without reopening', async () => {
    const el = await fixture<DialogProbe>(fixtureHtml`<dialog-probe></dialog-probe>`);
    $(el, '#b').click();
    await el.updateComplete;
    const dialog = $(el, 'dialog') as HTMLDialogElement;
    expect(dialog.matches(':modal'), 'not modal').to.equal(true);
    expect(dialog.textContent).to.contain('About b');
    expect(focused(el)).to.equal('no');
    $(el, '#no').click();
    await waitUntil(() => el.dialog.value === undefined, 'value kept after close');
    // Renders after closing do not bring it back.
    el.requestUpdate();
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
  });

  it('gives focus back to the button that opened it when Escape closes it', async () => {
    const el = await fixture<DialogProbe>(fixtureHtml`<dialog-probe></dialog-probe>`);
    $(el, '#a').focus();
    $(el, '#a').click();
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => focused(el) === 'a', `focus on ${focused(el)}`);
    expect(($(el, 'dialog') as HTMLDialogElement).open).to.equal(false);
  });

  it('puts focus on the fallback when the opener is gone', async () => {
    const el = await fixture<DialogProbe>(fixtureHtml`<dialog-probe></dialog-probe>`);
    $(el, '#b').click();
    await el.updateComplete;
    el.rows = ['a']; // the row it asked about went away meanwhile
    await el.updateComplete;
    const dialog = $(el, 'dialog') as HTMLDialogElement;
    const closed = oneEvent(dialog, 'close');
    el.dialog.close();
    await closed;
    await el.updateComplete;
    expect([dialog.open, el.dialog.value, focused(el)]).to.deep.equal([false, undefined, 'h2']);
  });
});
