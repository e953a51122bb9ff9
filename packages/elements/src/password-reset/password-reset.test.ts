import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { installFakeClock } from '../internal/fake-clock.js';
import { expectHelpAtEnd, helpOf, helpTopics } from '../internal/help/test-helpers.js';
import { apiError, type Handler, testApi } from '../registration-wizard/test-api.js';
import './llave-password-reset.js';
import { expectForcedColors, reflowProblems, sidebarPlaces } from '../internal/test-helpers.js';
import type { LlavePasswordReset } from './password-reset.js';

const CURP = 'PEGJ900115HDFRRN03';
const NEW = 'cometa lluvia tortuga 8';
const started = {
  resetId: 'r-1',
  channel: 'email',
  destinationMasked: 'j***@example.com',
  expiresAt: new Date(Date.now() + 6e5).toISOString(),
  resendAvailableAt: new Date(Date.now() + 6e4).toISOString(),
};
const routes = (over: Record<string, Handler> = {}) => ({
  'POST /v1/password-resets': () => ({ status: 202, body: started }),
  'POST /v1/password-resets/r-1/check': () => ({ body: { resetToken: 'tok-1' } }),
  'PUT /v1/password-resets/r-1/password': () => ({ status: 204 }),
  ...over,
});

async function mount(over: Record<string, Handler> = {}, lang = 'es-MX') {
  const api = testApi(routes(over));
  const el = await fixture<LlavePasswordReset>(
    html`<llave-password-reset lang=${lang} .client=${api.client}></llave-password-reset>`,
  );
  return { el, api };
}
const field = (el: Element, name: string) =>
  el.querySelector<HTMLInputElement>(`form [name="${name}"]`)!;
async function type(el: LlavePasswordReset, name: string, text: string) {
  field(el, name).focus();
  await sendKeys({ type: text });
}
const verifier = (el: LlavePasswordReset) =>
  el.shadowRoot!.querySelector('llave-contact-verifier')!;

async function toCode(el: LlavePasswordReset) {
  await type(el, 'curp', CURP);
  await type(el, 'contact', 'juan@example.com');
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => verifier(el), 'code stage');
  await verifier(el).updateComplete;
}

/** The code goes through the verifier and the reset's own channel, as the citizen's would. */
async function acceptCode(el: LlavePasswordReset) {
  const input = verifier(el).shadowRoot!.querySelector<HTMLInputElement>('#code')!;
  input.value = '123456';
  input.dispatchEvent(new Event('input'));
  await verifier(el).check();
}

describe('<llave-password-reset>', () => {
  it('passes accessibility checks', async () => {
    const { el } = await mount();
    await expect(el).to.be.accessible();
  });

  it('has the documented defaults: CURP and contact in a light-DOM form, contact as username', async () => {
    const { el } = await mount();
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain('Recupera tu contraseña');
    expect(field(el, 'contact').autocomplete).to.equal('username');
    expect(field(el, 'curp').form).to.equal(el.querySelector('form'));
  });

  it('does not send with errors and points at each field', async () => {
    const { el, api } = await mount();
    await type(el, 'contact', 'no es nada');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(api.calls).to.have.length(0);
    expect(el.shadowRoot!.activeElement?.className).to.equal('summary');
    expect(field(el, 'contact').getAttribute('aria-invalid')).to.equal('true');
  });

  it('completes with the keyboard using no-enumeration wording, and emits llave-password-reset', async () => {
    const { el, api } = await mount();
    await toCode(el);
    expect(api.calls[0]!.body).to.deep.equal({ curp: CURP, contact: 'juan@example.com' });
    expect(el.shadowRoot!.textContent).to.contain(
      'Si los datos coinciden con una cuenta, te enviamos un código',
    );
    await expect(el).to.be.accessible();
    verifier(el).shadowRoot!.querySelector<HTMLInputElement>('#code')!.focus();
    await sendKeys({ type: '123456' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => field(el, 'password'), 'password stage');
    // The new-password block in the reset's own words.
    expect(field(el, 'password').labels![0]!.textContent!.trim()).to.equal('Nueva contraseña');
    expect(field(el, 'passwordConfirm').labels![0]!.textContent!.trim()).to.equal(
      'Escribe otra vez la nueva contraseña',
    );
    const inputs = [...document.querySelectorAll<HTMLInputElement>('input[autocomplete]')];
    expect(inputs.find((i) => i.autocomplete === 'username')!.value).to.equal('juan@example.com');
    expect(inputs.filter((i) => i.autocomplete === 'new-password')).to.have.length(2);
    await type(el, 'password', NEW);
    await type(el, 'passwordConfirm', NEW);
    const done = oneEvent(el, 'llave-password-reset');
    await sendKeys({ press: 'Enter' });
    await done;
    const put = api.calls.find((c) => c.method === 'PUT')!;
    expect(put.body).to.deep.equal({ resetToken: 'tok-1', password: NEW });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain(
      'nueva contraseña',
    );
    expect(el.querySelector('input')).to.equal(null);
  });

  it("checks and resends the code on the reset's endpoints, and offers no contact correction", async () => {
    const { el, api } = await mount({
      'POST /v1/password-resets': () => ({
        status: 202,
        body: { ...started, resendAvailableAt: new Date(Date.now() - 1000).toISOString() },
      }),
      'POST /v1/password-resets/r-1/resend': () => ({
        body: { resendAvailableAt: new Date(Date.now() + 6e4).toISOString(), attemptsLeft: 5 },
      }),
    });
    await toCode(el);
    const v = verifier(el).shadowRoot!;
    // A reset code cannot go to another contact: no "No es correcto", and the help says so.
    expect(v.querySelector('[part="correct"]')).to.equal(null);
    expect(helpOf(verifier(el)).textContent).to.contain('Ya no tengo el correo');
    v.querySelector<HTMLButtonElement>('[part="resend"]')!.click();
    await waitUntil(() => api.calls.some((c) => c.path === '/v1/password-resets/r-1/resend'));
    await waitUntil(
      () => v.querySelector('[part="resend"]')!.getAttribute('aria-disabled') === 'true',
    );
    await acceptCode(el);
    await waitUntil(() => field(el, 'password'), 'password stage');
    const paths = api.calls.map((c) => `${c.method} ${c.path}`);
    expect(paths).to.include('POST /v1/password-resets/r-1/check');
    expect(paths.filter((p) => p.includes('/v1/verifications'))).to.deep.equal([]);
  });

  it('refuses a mismatched confirmation without calling the API', async () => {
    const { el, api } = await mount();
    await toCode(el);
    await verifier(el).updateComplete;
    await acceptCode(el);
    await waitUntil(() => field(el, 'password'));
    await type(el, 'password', NEW);
    await type(el, 'passwordConfirm', `${NEW}x`);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(api.calls.some((c) => c.method === 'PUT')).to.equal(false);
    expect(el.querySelector(`#${field(el, 'passwordConfirm').id}-error`)!.textContent).to.contain(
      'no coinciden',
    );
  });

  it('starts over, keeping CURP and contact, when the reset permission expired', async () => {
    const { el } = await mount({
      'PUT /v1/password-resets/r-1/password': () => apiError(422, 'code_expired'),
    });
    await toCode(el);
    await acceptCode(el);
    await waitUntil(() => field(el, 'password'));
    await type(el, 'password', NEW);
    await type(el, 'passwordConfirm', NEW);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('.alert'));
    expect(field(el, 'curp').value).to.equal(CURP);
    expect(el.shadowRoot!.querySelector('.alert')!.textContent).to.contain('venció');
  });

  /** The password stage, with the announcer's pause on a fake clock (ended by `tick`). */
  async function toPassword() {
    const { el } = await mount();
    await toCode(el);
    await acceptCode(el);
    await waitUntil(() => field(el, 'password'));
    return el;
  }
  const announced = (el: LlavePasswordReset) =>
    el.querySelector('form [role=status]')?.textContent?.trim() ?? '';

  it('says the strength to screen readers once typing pauses (0.9 s), not on every keystroke', async () => {
    const el = await toPassword();
    const fake = installFakeClock();
    try {
      await type(el, 'password', 'cometa');
      await el.updateComplete;
      fake.tick(899);
      await el.updateComplete;
      expect(announced(el)).to.equal('');
      // Another keystroke within the pause starts it again.
      await type(el, 'password', ' lluvia tortuga 8');
      fake.tick(899);
      await el.updateComplete;
      expect(announced(el)).to.equal('');
      fake.tick(1);
      await el.updateComplete;
      expect(announced(el)).to.contain('Seguridad');
    } finally {
      fake.uninstall();
    }
  });

  it('shows the strength meter once, under the new password, not again under the confirmation (issue 14, item 5)', async () => {
    const el = await toPassword();
    const fake = installFakeClock();
    try {
      await type(el, 'password', NEW);
      await type(el, 'passwordConfirm', NEW);
      fake.tick(900);
    } finally {
      fake.uninstall();
    }
    await el.updateComplete;
    // The screen-reader announcement has been made (its live region is filled) ...
    expect(announced(el)).to.contain('Seguridad');
    // ... yet a sighted citizen sees the sentence and the meter once, above the confirmation.
    const visible = [...el.querySelectorAll<HTMLElement>('form *')].filter(
      (n) =>
        n.childElementCount === 0 &&
        n.textContent!.includes('Seguridad de la contraseña') &&
        n.checkVisibility() &&
        n.getBoundingClientRect().width > 1,
    );
    const meters = [...el.querySelectorAll<HTMLElement>('.llave-rw-meter')].filter((m) =>
      m.checkVisibility(),
    );
    expect(visible.length + meters.length, 'strength shown more than once').to.equal(2);
    const confirmTop = field(el, 'passwordConfirm').getBoundingClientRect().top;
    for (const n of [...visible, ...meters])
      expect(n.getBoundingClientRect().bottom).to.be.at.most(confirmTop);
  });

  describe('help at the end (issue 14, item 2)', () => {
    const help = helpOf;
    const topics = helpTopics;

    it('ends with the same help as every component, forgotten contacts first, and the agency page', async () => {
      const api = testApi(routes());
      const el = await fixture<LlavePasswordReset>(
        html`<llave-password-reset .client=${api.client} help-href="/ayuda"></llave-password-reset>`,
      );
      await el.updateComplete;
      expect(topics(el)[0]).to.equal('Ya no tengo el correo o el celular de mi cuenta');
      // The last thing in the component, after the form; LOCATEL and the agency page.
      await expectHelpAtEnd(el, el.shadowRoot!, '/ayuda');
      // On the code stage the verifier's own help is the one help, with the agency page too.
      await toCode(el);
      expect(help(el) === null, 'two helps on the code stage').to.equal(true);
      expect(help(verifier(el)).querySelector('a[href="/ayuda"]')).to.exist;
    });

    it('leads with "the page does not load" after a connection error', async () => {
      const { el } = await mount({
        'POST /v1/password-resets': () => {
          throw new TypeError('Failed to fetch');
        },
      });
      await type(el, 'curp', CURP);
      await type(el, 'contact', 'juan@example.com');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.querySelector('.alert'));
      await el.updateComplete;
      expect(help(el), 'no help').to.exist;
      expect(topics(el)[0]).to.equal('La página no carga');
    });
  });

  describe('long content in every stage, at 320 px and in a 260 px sidebar (WCAG 1.4.10)', () => {
    const email = 'maria.guadalupe.hernandez.rodriguez.villasenor@dependencia.cdmx.gob.mx';
    const masked = `m${'*'.repeat(45)}@dependencia.cdmx.gob.mx`;
    const set = (el: Element, name: string, value: string) => {
      const input = field(el, name);
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    const submit = (el: Element) => el.querySelector('form')!.requestSubmit();
    /** Runs `check` on each stage and state that shows what the citizen typed or the server said. */
    async function stages(
      lang: string,
      wrap: HTMLElement,
      check: (el: LlavePasswordReset) => void | Promise<void>,
    ) {
      const at = async (
        over: Record<string, Handler>,
        steps: (el: LlavePasswordReset) => Promise<unknown>,
      ) => {
        const api = testApi(
          routes({
            'POST /v1/password-resets': () => ({
              status: 202,
              body: { ...started, destinationMasked: masked },
            }),
            ...over,
          }),
        );
        const el = document.createElement('llave-password-reset') as LlavePasswordReset;
        el.lang = lang;
        el.client = api.client;
        wrap.replaceChildren(el);
        await el.updateComplete;
        await waitUntil(() => lang !== 'en' || el.shadowRoot!.textContent!.includes('Need help?'));
        await steps(el);
        await el.updateComplete;
        for (const summary of el.shadowRoot!.querySelectorAll('summary')) summary.click();
        await el.updateComplete;
        await check(el);
      };
      // Errors: a CURP that is not one and a contact that is neither, long; the summary.
      await at({}, async (el) => {
        set(el, 'curp', 'HERNANDEZRODRIGUEZVILLASENOR');
        set(el, 'contact', `${email}${email}`);
        submit(el);
        await waitUntil(() => el.shadowRoot!.querySelector('.summary'));
      });
      // The server could not be reached: the alert.
      await at(
        {
          'POST /v1/password-resets': () => {
            throw new TypeError('Failed to fetch');
          },
        },
        async (el) => {
          set(el, 'curp', CURP);
          set(el, 'contact', email);
          submit(el);
          await waitUntil(() => el.shadowRoot!.querySelector('.alert'));
        },
      );
      // The code stage: the masked contact, in the reset and in the verifier.
      const toCodeLong = async (el: LlavePasswordReset) => {
        set(el, 'curp', CURP);
        set(el, 'contact', email);
        submit(el);
        await waitUntil(() => verifier(el));
        await verifier(el).updateComplete;
      };
      await at({}, toCodeLong);
      // The password stage: the long email as the username, a mismatched confirmation.
      const toPasswordLong = async (el: LlavePasswordReset) => {
        await toCodeLong(el);
        await acceptCode(el);
        await waitUntil(() => field(el, 'password'));
      };
      await at({}, async (el) => {
        await toPasswordLong(el);
        set(el, 'password', 'contraseñamuylargasinespaciosniguionesparaningunlado');
        set(el, 'passwordConfirm', 'otra');
        submit(el);
        await waitUntil(() => el.shadowRoot!.querySelector('.summary'));
      });
      // The permission expired: back at the start with the alert.
      await at(
        { 'PUT /v1/password-resets/r-1/password': () => apiError(422, 'code_expired') },
        async (el) => {
          await toPasswordLong(el);
          set(el, 'password', NEW);
          set(el, 'passwordConfirm', NEW);
          submit(el);
          await waitUntil(() => el.shadowRoot!.querySelector('.alert'));
        },
      );
      // Done.
      await at({}, async (el) => {
        await toPasswordLong(el);
        set(el, 'password', NEW);
        set(el, 'passwordConfirm', NEW);
        submit(el);
        await waitUntil(() => el.shadowRoot!.querySelector('.done'));
      });
    }
    for (const [vw, sidebar] of sidebarPlaces)
      for (const lang of ['es-MX', 'en'])
        it(`nothing leaves it at ${vw} px${sidebar ? ` in a ${sidebar} px sidebar` : ''}, ${lang}`, async () => {
          await setViewport({ width: vw, height: 640 });
          const wrap = await fixture<HTMLDivElement>(
            html`<div style=${sidebar ? `inline-size:${sidebar}px` : ''}></div>`,
          );
          try {
            await stages(lang, wrap, async (el) => {
              const what = `${el.shadowRoot!.querySelector('h2')!.textContent}: ${el.shadowRoot!.querySelector('.summary, .alert')?.textContent ?? ''}`;
              expect(reflowProblems(el, sidebar ? wrap : undefined), what).to.deep.equal([]);
              // Forced colours once per stage: the desktop page, no sidebar.
              if (vw === 1024 && !sidebar) await expectForcedColors(el, what);
            });
          } finally {
            await setViewport({ width: 800, height: 600 });
          }
        });
  });

  it('speaks English and fits 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { el } = await mount({}, 'en');
      await waitUntil(() =>
        el.shadowRoot!.querySelector('h2')!.textContent!.includes('Recover your password'),
      );
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      // Even when it fails: the next tests (and suites) measure at the default size.
      await setViewport({ width: 800, height: 600 });
    }
  });
});
