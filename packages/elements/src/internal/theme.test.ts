/**
 * The components on a page that loads core's theme.css, in the light and the dark theme: every
 * text/background pair they render must pass axe (WCAG 1.4.3, 4.5:1; 1.4.11, 3:1). Before the
 * token names were unified, muted text read an undeclared `--llave-color-text-muted` and came out
 * #545454 on the dark #161616 surface (2.4:1).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../contact-verifier/llave-contact-verifier.js';
import '../password-reset/llave-password-reset.js';
import '../registration-wizard/llave-registration-wizard.js';
import { testApi } from '../registration-wizard/test-api.js';
import '../tramite-tracker/llave-tramite-tracker.js';

const api = testApi({});
const verification = {
  id: 'ver-1',
  channel: 'email' as const,
  destinationMasked: 'j***@example.com',
  expiresAt: new Date(Date.now() + 6e5).toISOString(),
  resendAvailableAt: new Date(Date.now() + 6e4).toISOString(),
  attemptsLeft: 5,
  status: 'pending' as const,
};

const cases: Record<string, () => TemplateResult> = {
  'registration wizard (help, optional marks, fields)': () =>
    html`<llave-registration-wizard draft-key="theme" .client=${api.client}></llave-registration-wizard>`,
  'password reset': () => html`<llave-password-reset .client=${api.client}></llave-password-reset>`,
  'contact verifier': () =>
    html`<llave-contact-verifier .client=${api.client} .verification=${verification}></llave-contact-verifier>`,
  'trámite tracker (lookup help)': () =>
    html`<llave-tramite-tracker mode="lookup" .client=${api.client}></llave-tramite-tracker>`,
};

const muted = (el: Element): Element | null =>
  el.querySelector('.llave-rw-help, .llave-rw-optional') ??
  el.shadowRoot!.querySelector('.muted, .hint, [class*="help"]');

describe('theme.css with the components', () => {
  let sheet: HTMLStyleElement;
  before(async () => {
    // The file pages load, as it ships (served from the repository by the test runner).
    const text = await (await fetch('/packages/core/src/theme/theme.css')).text();
    expect(text).to.contain('--llave-color-muted');
    sheet = document.createElement('style');
    sheet.textContent = `${text}
      body { background: var(--llave-color-surface); color: var(--llave-color-text); }`;
    document.head.append(sheet);
  });
  after(async () => {
    sheet.remove();
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const scheme of ['light', 'dark'] as const) {
    describe(`${scheme} system preference`, () => {
      beforeEach(() => emulateMedia({ colorScheme: scheme }));

      for (const [name, template] of Object.entries(cases)) {
        it(`${name}: passes accessibility checks, colour contrast included`, async () => {
          const el = await fixture(template());
          await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          await expect(el).to.be.accessible();
        });
      }

      it('muted text takes the theme colour, not a fallback', async () => {
        const el = await fixture(template('registration wizard (help, optional marks, fields)'));
        const probe = muted(el);
        expect(probe, 'a muted text to measure').to.exist;
        const want = getComputedStyle(document.documentElement)
          .getPropertyValue('--llave-color-muted')
          .trim();
        expect(want).to.equal(scheme === 'dark' ? '#bdbdbd' : '#545454');
        const probeColour = document.createElement('span');
        probeColour.style.color = want;
        document.body.append(probeColour);
        try {
          expect(getComputedStyle(probe!).color).to.equal(getComputedStyle(probeColour).color);
        } finally {
          probeColour.remove();
        }
      });
    });
  }
});

function template(name: string): TemplateResult {
  return cases[name]!();
}
