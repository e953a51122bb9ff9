/**
 * The shared measures themselves: each finds what it says it finds, so a component suite that
 * passes them passes for the right reason.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { forcedColorsProblems } from './test-helpers.js';

/** A shadow root holding `markup`, styled by `css`. */
async function shadowed(css: string, markup: string): Promise<HTMLElement> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<style>${css}</style>${markup}`;
  return host;
}

describe('forcedColorsProblems', () => {
  before(() => emulateMedia({ forcedColors: 'active' }));
  after(() => emulateMedia({ forcedColors: 'none' }));

  it('finds a filled button whose label the Canvas backplate hides', async () => {
    // The bug the shared controls sheet had: system colours inverted, the backplate left on.
    const host = await shadowed(
      'button { border: 2px solid ButtonText; background: ButtonText; color: ButtonFace }',
      '<button>Continuar</button>',
    );
    const problems = forcedColorsProblems(host);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.contain('"Continuar"');
  });

  it('passes the same button drawn in its own colours (forced-color-adjust: none)', async () => {
    const host = await shadowed(
      'button { forced-color-adjust: none; border: 2px solid ButtonText; background: ButtonText; color: ButtonFace }',
      '<button>Continuar</button>',
    );
    expect(forcedColorsProblems(host)).to.deep.equal([]);
  });

  it('finds a button with no border, which forced colours leave as bare text', async () => {
    const host = await shadowed(
      'button { border: 0; background: #9f2241; color: white }',
      '<button>Entrar</button>',
    );
    expect(forcedColorsProblems(host)).to.deep.equal([
      '<button> has no boundary that shows in forced colours',
    ]);
  });

  it('lets a button drawn as a link go without a border, and skips disabled ones', async () => {
    const host = await shadowed(
      'button { border: 0; background: none; text-decoration: underline } .off { border: 0 }',
      '<button>Reenviar código</button><button class="off" disabled>Enviar</button>',
    );
    expect(forcedColorsProblems(host)).to.deep.equal([]);
  });

  it('finds text in its own colours too close to its background, in the light DOM too', async () => {
    const host = await shadowed('p { margin: 0 }', '<slot></slot>');
    host.innerHTML =
      '<p style="forced-color-adjust: none; background: #ffffff; color: #dddddd">Aviso</p>';
    const problems = forcedColorsProblems(host);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.contain('"Aviso"');
  });
});
