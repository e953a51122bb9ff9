import { LlaveError, type Verification } from '@llave-cdmx/core';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { LlaveContactVerifiedEvent } from '../events/contact-verified.js';
import { clock } from '../internal/clock.js';
import type { CodeChannel } from '../internal/code-channel.js';
import { installFakeClock } from '../internal/fake-clock.js';
import { helpOf } from '../internal/help/test-helpers.js';
import { apiError, type Handler, testApi } from '../registration-wizard/test-api.js';
import './llave-contact-verifier.js';
import { expectForcedColors, reflowProblems, sidebarPlaces } from '../internal/test-helpers.js';
import type { LlaveContactVerifier } from './contact-verifier.js';

const pending = (over: Partial<Verification> = {}): Verification => ({
  id: 'v-1',
  channel: 'email',
  destinationMasked: 'd***@example.com',
  // The verifier's clock: a test that installs a fake one gets times on it.
  expiresAt: new Date(clock.now() + 600_000).toISOString(),
  resendAvailableAt: new Date(clock.now() - 1000).toISOString(),
  attemptsLeft: 5,
  status: 'pending',
  ...over,
});

async function mount(verification: Verification, routes = {}, lang = 'es-MX') {
  const api = testApi(routes);
  const el = await fixture<LlaveContactVerifier>(
    html`<llave-contact-verifier lang=${lang} .client=${api.client} .verification=${verification}></llave-contact-verifier>`,
  );
  const $ = <E extends Element>(sel: string) => el.shadowRoot!.querySelector<E>(sel)!;
  return { el, api, $, input: $<HTMLInputElement>('#code') };
}

const status = (el: LlaveContactVerifier) =>
  el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

function paste(target: EventTarget, text: string) {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const ev = new ClipboardEvent('paste', {
    clipboardData: data,
    bubbles: true,
    composed: true,
    cancelable: true,
  });
  target.dispatchEvent(ev);
  return ev;
}

describe('<llave-contact-verifier>', () => {
  it('passes accessibility checks', async () => {
    const { el } = await mount(pending());
    await expect(el).to.be.accessible();
  });

  it('has the documented defaults: one labelled one-time-code input that says where the code went', async () => {
    const { el, input, $ } = await mount(pending());
    expect(input.getAttribute('autocomplete')).to.equal('one-time-code');
    expect(input.getAttribute('inputmode')).to.equal('numeric');
    expect(input.labels?.[0]?.textContent?.trim()).to.equal('Código de verificación');
    expect($('[part="intro"]').textContent).to.contain('d***@example.com');
    expect(el.shadowRoot!.querySelectorAll('input')).to.have.length(1);
  });

  describe('paste', () => {
    it('takes the code out of a pasted message, even when pasted on another control', async () => {
      const { el, $, input } = await mount(pending());
      const ev = paste($('[part="resend"]'), 'Tu código es 123456. Vence en 10 min.');
      await el.updateComplete;
      expect(ev.defaultPrevented).to.equal(true);
      expect(input.value).to.equal('123456');
      expect(el.shadowRoot!.activeElement).to.equal(input);
    });

    it('keeps only the digits typed or pasted into the input ("123 456" → 123456)', async () => {
      const { el, input } = await mount(pending());
      input.focus();
      await sendKeys({ type: '123 45x6' });
      await el.updateComplete;
      expect(input.value).to.equal('123456');
      expect(el.value).to.equal('123456');
    });
  });

  describe('keyboard', () => {
    it('checks the code with Enter, announces success, emits llave-contact-verified and moves focus to the result', async () => {
      const { el, api, input } = await mount(pending(), {
        'POST /v1/verifications/v-1/check': () => ({
          body: { verified: true, channel: 'email', level: 'verificada' },
        }),
      });
      input.focus();
      await sendKeys({ type: '123456' });
      const event = oneEvent(el, 'llave-contact-verified') as Promise<LlaveContactVerifiedEvent>;
      await sendKeys({ press: 'Enter' });
      const e = await event;
      expect(e.level).to.equal('verificada');
      expect(e.verificationId).to.equal('v-1');
      expect(e.bubbles && e.composed).to.equal(true);
      expect(api.calls.at(-1)!.body).to.deep.equal({ code: '123456' });
      expect(api.calls.at(-1)!.headers.get('X-CSRF')).to.equal('1');
      await el.updateComplete;
      expect(status(el)).to.equal('Listo, confirmamos tu correo.');
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('verified');
      expect(el.matches(':state(verified)')).to.equal(true);
    });
  });

  describe('errors', () => {
    it('does not call the API for an incomplete code and says what is wrong next to the input', async () => {
      const { el, api, input, $ } = await mount(pending());
      input.focus();
      await sendKeys({ type: '123' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(api.calls).to.have.length(0);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.contain('error');
      expect($('#error').textContent).to.contain('6 números');
    });

    it('says how many attempts are left after a wrong code, and does not emit', async () => {
      let emitted = false;
      const { el, input, $ } = await mount(pending({ attemptsLeft: 3 }), {
        'POST /v1/verifications/v-1/check': () => apiError(422, 'code_invalid'),
      });
      el.addEventListener('llave-contact-verified', () => {
        emitted = true;
      });
      input.focus();
      await sendKeys({ type: '000000' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $('#error').textContent!.trim() !== '');
      expect($('#error').textContent).to.contain('Te quedan 2 intentos');
      expect(emitted).to.equal(false);
      // The error speaks; the polite region no longer says "Revisando el código…".
      expect(status(el)).to.equal('');
    });

    for (const [code, text] of [
      ['code_expired', 'ya venció'],
      ['code_used', 'ya se usó'],
      ['too_many_attempts', 'demasiadas veces'],
    ] as const) {
      it(`explains ${code} in plain words`, async () => {
        const { input, $ } = await mount(pending(), {
          'POST /v1/verifications/v-1/check': () =>
            apiError(code === 'too_many_attempts' ? 429 : 422, code),
        });
        input.value = '123456';
        input.dispatchEvent(new Event('input'));
        ($('[part="submit"]') as HTMLButtonElement).click();
        await waitUntil(() => $('#error').textContent!.trim() !== '');
        expect($('#error').textContent).to.contain(text);
      });
    }

    it('locks the form after too many attempts until a new code is sent', async () => {
      const { el, api, input, $ } = await mount(pending(), {
        'POST /v1/verifications/v-1/check': () => apiError(429, 'too_many_attempts'),
        'POST /v1/verifications/v-1/resend': () => ({ body: pending({ attemptsLeft: 5 }) }),
      });
      input.value = '123456';
      input.dispatchEvent(new Event('input'));
      await el.check();
      expect($('[part="submit"]').getAttribute('aria-disabled')).to.equal('true');
      expect(el.matches(':state(locked)')).to.equal(true);
      await el.check();
      const checks = () => api.calls.filter((c) => c.path.endsWith('/check')).length;
      expect(checks()).to.equal(1);
      // A new code unlocks it: the next code is checked again.
      $<HTMLButtonElement>('[part="resend"]').click();
      await waitUntil(() => !el.matches(':state(locked)'), 'still locked after a new code');
      expect($('[part="submit"]').getAttribute('aria-disabled')).to.equal('false');
      input.value = '654321';
      input.dispatchEvent(new Event('input'));
      await el.check();
      expect(checks()).to.equal(2);
    });
  });

  describe('resend', () => {
    it('shows a countdown, announces only its start and end, then sends a new code', async () => {
      const fake = installFakeClock(Date.now());
      try {
        const soon = new Date(clock.now() + 1500).toISOString();
        const { el, api, $ } = await mount(pending({ resendAvailableAt: soon }), {
          'POST /v1/verifications/v-1/resend': () => ({
            body: pending({ resendAvailableAt: new Date(clock.now() + 60_000).toISOString() }),
          }),
        });
        const resend = $<HTMLButtonElement>('[part="resend"]');
        expect(resend.getAttribute('aria-disabled')).to.equal('true');
        expect(status(el)).to.match(/Podrás pedir otro código en 2 segundos/);
        expect($('#countdown').textContent).to.contain('0:02');
        resend.click();
        expect(api.calls).to.have.length(0);
        // Every second the visible text changes but the live region does not.
        fake.tick(1000);
        await el.updateComplete;
        expect($('#countdown').textContent).to.contain('0:01');
        expect(status(el)).to.match(/Podrás pedir otro código en 2 segundos/);
        fake.tick(500);
        await el.updateComplete;
        expect(status(el)).to.equal('Ya puedes pedir otro código.');
        expect($('#countdown').textContent!.trim()).to.equal('');
        expect(resend.getAttribute('aria-disabled')).to.equal('false');
        resend.click();
        await waitUntil(() => status(el).includes('Te enviamos un código nuevo'));
        expect(api.calls).to.have.length(1);
        expect(status(el)).to.contain('Podrás pedir otro código en 60 segundos');
        expect($('#countdown').textContent).to.contain('1:00');
      } finally {
        fake.uninstall();
      }
    });

    it('stops its timer when removed, and offers the resend when put back after the wait', async () => {
      const fake = installFakeClock(Date.now());
      try {
        const soon = new Date(clock.now() + 5000).toISOString();
        const { el, $ } = await mount(pending({ resendAvailableAt: soon }));
        const parent = el.parentElement!;
        el.remove();
        fake.tick(10_000);
        // Removed, it neither ended nor announced anything.
        expect(status(el)).to.not.contain('Ya puedes');
        parent.append(el);
        await el.updateComplete;
        expect($('[part="resend"]').getAttribute('aria-disabled')).to.equal('false');
        expect($('#countdown').textContent!.trim()).to.equal('');
      } finally {
        fake.uninstall();
      }
    });

    it('honours retryAfter when the server says it is too soon', async () => {
      const { $ } = await mount(pending(), {
        'POST /v1/verifications/v-1/resend': () =>
          apiError(429, 'resend_too_soon', { retryAfter: 30 }),
      });
      $<HTMLButtonElement>('[part="resend"]').click();
      await waitUntil(() => $('#error').textContent!.includes('30 segundos'));
      expect($('[part="resend"]').getAttribute('aria-disabled')).to.equal('true');
      expect($('#countdown').textContent).to.contain('0:30');
    });
  });

  describe('correcting the contact', () => {
    it('validates the new email before asking the API, then sends the code there', async () => {
      const { el, api, $ } = await mount(pending(), {
        'PUT /v1/verifications/v-1/destination': ({ body }: { body: unknown }) => ({
          body: pending({
            id: 'v-2',
            destinationMasked: `${(body as { destination: string }).destination[0]}***@example.org`,
          }),
        }),
      });
      const toggle = $<HTMLButtonElement>('[part="correct"]');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const dest = $<HTMLInputElement>('#destination');
      expect(dest.getAttribute('autocomplete')).to.equal('email');
      dest.focus();
      await sendKeys({ type: 'no-es-correo' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(api.calls).to.have.length(0);
      expect($('#destination-error').textContent).to.not.equal('');
      dest.value = '';
      await sendKeys({ type: 'nuevo@Example.ORG' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => api.calls.length === 1);
      expect(api.calls[0]!.body).to.deep.equal({ destination: 'nuevo@example.org' });
      // Typed here, so shown in full (a typo can be spotted), not masked.
      await waitUntil(() => status(el).includes('nuevo@example.org'));
      expect(el.verification?.id).to.equal('v-2');
      expect($('[part="intro"]').textContent).to.contain('nuevo@example.org');
    });

    it('moves focus to the new field when "No es correcto" opens it, above the countdown', async () => {
      const { el, $ } = await mount(pending());
      const toggle = $<HTMLButtonElement>('[part="correct"]');
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.id).to.equal('destination');
      const form = $('form.correct');
      const countdown = $('#countdown');
      expect(form.compareDocumentPosition(countdown) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    });

    it('shows the contact in full when the page typed it here, masked otherwise', async () => {
      const api = testApi({});
      const el = await fixture<LlaveContactVerifier>(
        html`<llave-contact-verifier .client=${api.client} .verification=${pending()} .destination=${'diana@example.com'}></llave-contact-verifier>`,
      );
      const intro = el.shadowRoot!.querySelector('[part="intro"]')!.textContent!;
      expect(intro).to.contain('diana@example.com').and.not.contain('d***');
      const { $ } = await mount(pending());
      expect($('[part="intro"]').textContent).to.contain('d***@example.com');
    });
  });

  describe('standalone', () => {
    it('reads the verification from its verification-id attribute', async () => {
      const api = testApi({
        'GET /v1/verifications/abc': () => ({
          body: pending({ id: 'abc', channel: 'sms', destinationMasked: '******1234' }),
        }),
      });
      const el = await fixture<LlaveContactVerifier>(
        html`<llave-contact-verifier verification-id="abc" .client=${api.client}></llave-contact-verifier>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('#code'));
      expect(el.shadowRoot!.querySelector('[part="intro"]')!.textContent).to.contain('******1234');
      await expect(el).to.be.accessible();
    });
  });

  describe('WebOTP', () => {
    it('asks for the SMS code and aborts that request when removed', async () => {
      const w = window as unknown as { OTPCredential?: unknown };
      const hadOtp = 'OTPCredential' in w;
      if (!hadOtp) w.OTPCredential = class {};
      const original = navigator.credentials.get.bind(navigator.credentials);
      let signal: AbortSignal | undefined;
      navigator.credentials.get = (opts?: CredentialRequestOptions) => {
        signal = opts?.signal ?? undefined;
        return new Promise(() => {});
      };
      try {
        const { el } = await mount(pending({ channel: 'sms', destinationMasked: '******1234' }));
        expect(signal, 'credentials.get called').to.exist;
        expect(signal!.aborted).to.equal(false);
        el.remove();
        expect(signal!.aborted).to.equal(true);
      } finally {
        navigator.credentials.get = original;
        if (!hadOtp) delete w.OTPCredential;
      }
    });
  });

  describe('i18n', () => {
    it('speaks English under lang="en"', async () => {
      const { el, input } = await mount(pending(), {}, 'en');
      await waitUntil(() => input.labels?.[0]?.textContent?.trim() === 'Verification code');
      expect(el.shadowRoot!.querySelector('[part="submit"]')!.textContent!.trim()).to.equal(
        'Confirm code',
      );
    });

    it('says what it already announced in the new language when the language changes (or loads late)', async () => {
      const soon = new Date(Date.now() + 30_000).toISOString();
      const { el } = await mount(pending({ resendAvailableAt: soon }));
      expect(status(el)).to.match(/Podrás pedir otro código en 30 segundos/);
      el.setAttribute('lang', 'en');
      await waitUntil(
        () => /You can ask for another code in 30 seconds/.test(status(el)),
        `live region still says "${status(el)}"`,
      );
      expect(status(el)).not.to.contain('Podrás');
    });

    it('shows the errors it already shows in the new language when the language changes', async () => {
      const { el, input, $ } = await mount(pending(), {
        'POST /v1/verifications/v-1/check': () => apiError(422, 'code_expired'),
        'PUT /v1/verifications/v-1/destination': () => apiError(409, 'email_registered'),
      });
      input.value = '123456';
      input.dispatchEvent(new Event('input'));
      $<HTMLButtonElement>('[part="submit"]').click();
      await waitUntil(() => $('#error').textContent!.includes('ya venció'));
      $<HTMLButtonElement>('[part="correct"]').click();
      await el.updateComplete;
      $<HTMLInputElement>('#destination').value = 'otra@example.org';
      $<HTMLButtonElement>('.correct [type="submit"]').click();
      await waitUntil(() => $('#destination-error').textContent!.includes('otra cuenta'));

      el.setAttribute('lang', 'en');
      await waitUntil(
        () => $('#error').textContent!.includes('This code has expired'),
        `code error still says "${$('#error').textContent!.trim()}"`,
      );
      await waitUntil(
        () =>
          $('#destination-error').textContent!.includes('registered to another Llave CDMX account'),
        `correction error still says "${$('#destination-error').textContent!.trim()}"`,
      );
    });
  });

  describe('with a code channel', () => {
    async function withChannel(channel: CodeChannel) {
      const { el, api, $ } = await mount(
        pending({ channel: 'sms', destinationMasked: '******2211' }),
      );
      el.codeChannel = channel;
      await el.updateComplete;
      return { el, api, $, input: $<HTMLInputElement>('#code') };
    }
    const type = async (el: LlaveContactVerifier, input: HTMLInputElement, code: string) => {
      input.value = code;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
    };

    it('checks and resends through the channel, never the verification API, and fires no contact event', async () => {
      const seen: string[] = [];
      const { el, api, $, input } = await withChannel({
        check: async (code) => {
          seen.push(`check ${code}`);
        },
        resend: async () => {
          seen.push('resend');
          return {
            resendAvailableAt: new Date(Date.now() + 30_000).toISOString(),
            attemptsLeft: 5,
          };
        },
      });
      let verified = false;
      el.addEventListener('llave-contact-verified', () => {
        verified = true;
      });
      expect($('[part=correct]')).to.equal(null);
      await type(el, input, '654321');
      await waitUntil(() => seen.includes('check 654321'), 'channel not asked');
      $<HTMLButtonElement>('[part=resend]').click();
      await waitUntil(() => seen.includes('resend'), 'resend not asked');
      expect(api.calls).to.deep.equal([]);
      expect(verified).to.equal(false);
    });

    it('offers the correction only when the channel has one, and sends it through the channel', async () => {
      const sent: string[] = [];
      const { el, api, $ } = await withChannel({
        check: async () => {},
        resend: async () => ({}),
        correct: async (destination) => {
          sent.push(destination);
          return pending({ id: 'v-9', channel: 'sms', destinationMasked: '******3344' });
        },
      });
      // "Escribí mal mi correo o celular" belongs with the correction it points to.
      expect(helpOf(el).textContent).to.contain('Escribí mal');
      $<HTMLButtonElement>('[part="correct"]').click();
      await el.updateComplete;
      $<HTMLInputElement>('#destination').value = '55 1234 3344';
      $<HTMLButtonElement>('.correct [type="submit"]').click();
      await waitUntil(() => sent.length === 1, 'correct not asked');
      expect(sent[0]).to.match(/5512343344$/);
      await waitUntil(() => el.verification?.id === 'v-9');
      expect(api.calls).to.deep.equal([]);
      expect($('form.correct')).to.equal(null);
    });

    it('without a correction, its help speaks of a contact one no longer has', async () => {
      const { el } = await withChannel({ check: async () => {}, resend: async () => ({}) });
      const help = helpOf(el).textContent!;
      expect(help).to.contain('Ya no tengo el correo').and.not.contain('Escribí mal');
    });

    it("words the channel's own error codes from core's messages", async () => {
      const { el, $, input } = await withChannel({
        check: async () => {
          throw new LlaveError('conflict', 'document_changed', 409);
        },
        resend: async () => ({}),
      });
      await type(el, input, '654321');
      await waitUntil(() => $('#error').textContent!.includes('El documento cambió'), 'not worded');
    });
  });

  describe('layout', () => {
    const email = 'maria.guadalupe.hernandez.rodriguez.villasenor@dependencia.cdmx.gob.mx';
    const phone = '+52 (55) 5658-1111 ext. 123456789';
    /** Every state that shows what the citizen typed or what the server said, long. */
    const states = async (lang: string, at: (el: LlaveContactVerifier) => Promise<void>) => {
      const run = async (
        v: Verification,
        routes: Record<string, Handler>,
        act: (el: LlaveContactVerifier, $: (s: string) => HTMLElement) => Promise<unknown>,
        destination?: string,
      ) => {
        const api = testApi(routes);
        const el = await fixture<LlaveContactVerifier>(
          html`<llave-contact-verifier lang=${lang} .client=${api.client} .verification=${v} .destination=${destination}></llave-contact-verifier>`,
        );
        await waitUntil(() => lang !== 'en' || !/Código|Listo/.test(el.shadowRoot!.textContent!));
        const $ = (sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
        await act(el, $);
        await el.updateComplete;
        $('summary')?.click();
        await el.updateComplete;
        await at(el);
      };
      const wrong = () => apiError(422, 'code_invalid');
      const waiting = { resendAvailableAt: new Date(clock.now() + 90_000).toISOString() };
      const typeCode = async (el: LlaveContactVerifier, $: (s: string) => HTMLElement) => {
        ($('#code') as HTMLInputElement).value = '000000';
        $('#code').dispatchEvent(new Event('input'));
        await el.check();
      };
      // The code form: the contact in full, a wrong code, the countdown.
      await run(pending(waiting), { 'POST /v1/verifications/v-1/check': wrong }, typeCode, email);
      await run(
        pending({ channel: 'sms', ...waiting }),
        { 'POST /v1/verifications/v-1/check': wrong },
        typeCode,
        phone,
      );
      // A masked destination as long as the server makes it.
      await run(
        pending({ destinationMasked: `m${'*'.repeat(40)}@dependencia.cdmx.gob.mx` }),
        {},
        async () => {},
      );
      // The correction form, open with its error and a long contact typed in it.
      await run(
        pending(),
        {},
        async (el, $) => {
          $('[part="correct"]').click();
          await el.updateComplete;
          ($('#destination') as HTMLInputElement).value = `${email}${email}`;
          $('form.correct [part="submit"]').click();
        },
        email,
      );
      // The server refuses the new contact.
      await run(
        pending(),
        { 'PUT /v1/verifications/v-1/destination': () => apiError(409, 'email_registered') },
        async (el, $) => {
          $('[part="correct"]').click();
          await el.updateComplete;
          ($('#destination') as HTMLInputElement).value = email;
          $('form.correct [part="submit"]').click();
          await waitUntil(() => $('#destination-error').textContent!.trim());
        },
        email,
      );
      // Done.
      await run(pending({ channel: 'sms', status: 'verified' }), {}, async () => {});
    };
    for (const [vw, sidebar] of sidebarPlaces)
      for (const lang of ['es-MX', 'en'])
        it(`keeps long contacts and errors inside at ${vw} px${sidebar ? ` in a ${sidebar} px sidebar` : ''}, ${lang}`, async () => {
          await setViewport({ width: vw, height: 640 });
          try {
            await states(lang, async (el) => {
              const wrap = el.parentElement!;
              if (sidebar) wrap.style.inlineSize = `${sidebar}px`;
              const what = el.shadowRoot!.textContent!.replace(/\s+/g, ' ').slice(0, 80);
              expect(reflowProblems(el, sidebar ? wrap : undefined), what).to.deep.equal([]);
              // Forced colours once per state: the desktop page, no sidebar.
              if (vw === 1024 && !sidebar) await expectForcedColors(el, what);
            });
          } finally {
            await setViewport({ width: 800, height: 600 });
          }
        });

    it('fits a 320 px wide screen without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const { el } = await mount(pending());
        expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });
});
