import type { SignatureReceipt } from '@llave-cdmx/core';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { LlaveContactVerifier } from '../contact-verifier/contact-verifier.js';
import type { LlaveDocumentSignedEvent } from '../events/document-signed.js';
import { installFakeClock } from '../internal/fake-clock.js';
import { expectHelpAtEnd, helpOf, helpOffset, helpTopics } from '../internal/help/test-helpers.js';
import { json } from '../internal/test-api.js';
import type { LlaveDocumentSigner } from './document-signer.js';
import { sha256Hex } from './fingerprint.js';
import './llave-document-signer.js';
import { expectLayout } from '../internal/test-helpers.js';
import {
  apiError,
  CODE,
  createSignerApi,
  DOC_ID,
  expediente,
  holdSession,
  pdf,
  provideSession,
  type SignerApi,
} from './test-api.js';

async function mount(api: SignerApi, attrs = `document-id="${DOC_ID}"`, lang = 'es-MX') {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  provideSession(wrapper, api);
  wrapper.innerHTML = `<llave-document-signer ${attrs}></llave-document-signer>`;
  const el = wrapper.querySelector('llave-document-signer')!;
  await waitUntil(
    () => !el.matches(':state(loading)') && el.shadowRoot?.textContent?.trim(),
    'loading never ended',
  );
  await el.updateComplete;
  return el;
}

const root = (el: LlaveDocumentSigner) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: LlaveDocumentSigner, sel: string) =>
  root(el).querySelector<T>(sel)!;
const text = (el: LlaveDocumentSigner) => root(el).textContent!.replace(/\s+/g, ' ');
const verifier = (el: LlaveDocumentSigner) => $<LlaveContactVerifier>(el, 'llave-contact-verifier');
const codeInput = (el: LlaveDocumentSigner) =>
  verifier(el).shadowRoot!.querySelector<HTMLInputElement>('#code')!;
const deepActive = () => {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

async function consentAndSend(el: LlaveDocumentSigner) {
  $<HTMLInputElement>(el, '#consent').click();
  await el.updateComplete;
  $(el, '[part=send]').click();
  // The code step loads the verifier's module on demand: on a busy machine that alone can take
  // longer than waitUntil's 1 s default (seen beside a full test run).
  await waitUntil(
    () => el.matches(':state(code)') && verifier(el)?.shadowRoot?.querySelector('#code'),
    'no code step',
    { timeout: 5000 },
  );
}

async function typeCode(el: LlaveDocumentSigner, code: string) {
  const input = codeInput(el);
  input.value = code;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await verifier(el).updateComplete;
  verifier(el).shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
}

describe('<llave-document-signer>', () => {
  it('passes accessibility checks', async () => {
    const el = await mount(createSignerApi());
    await expect(el).to.be.accessible();
  });

  it('keeps the help where it is while the session is read and the sign-in notice replaces it', async () => {
    const api = createSignerApi();
    api.session = { authenticated: false };
    const held = holdSession(api);
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es-MX"></div>`);
    provideSession(wrapper, held.api);
    wrapper.innerHTML = `<llave-document-signer document-id="${DOC_ID}"></llave-document-signer>`;
    const el = wrapper.querySelector('llave-document-signer')!;
    await waitUntil(() => helpOf(el), 'no help while the session is read');
    await el.updateComplete;
    const before = helpOffset(el);
    held.release();
    await waitUntil(() => el.matches(':state(signed-out)'), 'never signed out');
    await el.updateComplete;
    expect(text(el)).to.contain('inicia sesión');
    expect(helpOffset(el)).to.equal(before);
  });

  it('has the documented defaults', () => {
    const el = document.createElement('llave-document-signer');
    expect(el.documentId).to.equal(undefined);
    expect(el.src).to.equal(undefined);
    expect(el.file).to.equal(undefined);
    expect(el.channel).to.equal(undefined);
    expect(el.receipt).to.equal(undefined);
  });

  describe('review', () => {
    it('shows name, type, size and the SHA-256 of the bytes, in 16 groups, and a link to exactly those bytes', async () => {
      const api = createSignerApi();
      const el = await mount(api);
      expect(el.matches(':state(review)')).to.equal(true);
      const t = text(el);
      expect(t).to.contain('Planos arquitectónicos');
      expect(t).to.contain('Documento de inmueble');
      expect(t).to.contain(`${api.bytes.byteLength} byte`);
      const sha = await sha256Hex(api.bytes.slice().buffer);
      const groups = [...root(el).querySelectorAll('[part=fingerprint] > span')].map(
        (s) => s.textContent,
      );
      expect(groups).to.have.length(16);
      expect(groups.join('')).to.equal(sha.toUpperCase());
      const view = $<HTMLAnchorElement>(el, 'a[part=view]');
      expect(view.href).to.match(/^blob:/);
      expect(view.target).to.equal('_blank');
      const viewed = new Uint8Array(await (await fetch(view.href)).arrayBuffer());
      expect(await sha256Hex(viewed.buffer)).to.equal(sha);
    });

    it('sends nothing until the citizen confirms in words, and says so next to the box', async () => {
      const api = createSignerApi();
      const el = await mount(api);
      $(el, '[part=send]').click();
      await el.updateComplete;
      expect($(el, '#consent-error').textContent).to.contain('Marca la casilla');
      expect($(el, '#consent').getAttribute('aria-invalid')).to.equal('true');
      expect(deepActive()?.id).to.equal('consent');
      expect(api.calls.some((c) => c.path.endsWith('/signatures'))).to.equal(false);
      expect($(el, 'label[for=consent]').textContent).to.contain('quiero firmarlo');
    });
  });

  describe('signing', () => {
    it('sends the code with the fingerprint shown, takes the code and shows the receipt', async () => {
      const api = createSignerApi();
      const el = await mount(api);
      await consentAndSend(el);
      const start = api.calls.find((c) => c.path.endsWith('/signatures'))!;
      expect(start.body).to.deep.equal({
        documentId: DOC_ID,
        sha256: await sha256Hex(api.bytes.slice().buffer),
      });
      await waitUntil(() => deepActive()?.id === 'code', 'focus did not move to the code');
      expect(verifier(el).shadowRoot!.textContent).to.contain('******2211');
      const signed = oneEvent(el, 'llave-document-signed') as Promise<LlaveDocumentSignedEvent>;
      await typeCode(el, CODE);
      const event = await signed;
      expect(event.receipt.folio).to.equal('FEABCDEFGHJKLMNPQRST');
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(el.matches(':state(signed)')).to.equal(true);
      const t = text(el);
      expect(t).to.contain('Documento firmado');
      expect(t).to.contain('FEABCDEFGHJKLMNPQRST');
      expect(t).to.contain('GOSC780910HMCNNR09');
      expect(t).to.contain('Carlos González Sánchez');
      expect($<HTMLAnchorElement>(el, 'a[part=verify]').href).to.contain('/firma/verificar?folio=');
      await waitUntil(
        () => deepActive()?.id === 'receipt-title',
        'focus did not move to the receipt',
      );
      expect(el.receipt?.folio).to.equal('FEABCDEFGHJKLMNPQRST');
      await expect(el).to.be.accessible();
    });

    it('a document that changed after the code was sent is not signed: it is read again and reviewed anew', async () => {
      const api = createSignerApi();
      const el = await mount(api);
      const before = await sha256Hex(api.bytes.slice().buffer);
      await consentAndSend(el);
      api.bytes = pdf('Planos arquitectónicos, versión 2');
      let fired = false;
      el.addEventListener('llave-document-signed', () => {
        fired = true;
      });
      await typeCode(el, CODE);
      await waitUntil(
        () => el.matches(':state(review)') && $(el, '#changed'),
        'not back to review',
      );
      expect(text(el)).to.contain('El documento cambió');
      const after = await sha256Hex(api.bytes.slice().buffer);
      expect(after).not.to.equal(before);
      expect(
        [...root(el).querySelectorAll('[part=fingerprint] > span')]
          .map((s) => s.textContent)
          .join(''),
      ).to.equal(after.toUpperCase());
      expect($<HTMLInputElement>(el, '#consent').checked).to.equal(false);
      await waitUntil(() => deepActive()?.id === 'changed', 'focus not on the notice');
      expect(fired).to.equal(false);
    });

    it('re-reads a page-provided file at confirm and sends its fingerprint', async () => {
      const api = createSignerApi();
      const file = new File([pdf('Solicitud') as Uint8Array<ArrayBuffer>], 'solicitud.pdf', {
        type: 'application/pdf',
      });
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="es-MX"></div>`);
      provideSession(wrapper, api);
      const el = document.createElement('llave-document-signer');
      el.file = file;
      wrapper.append(el);
      await waitUntil(() => el.matches(':state(review)'), 'no review');
      expect(text(el)).to.contain('solicitud.pdf');
      await consentAndSend(el);
      const sha = await sha256Hex(await file.arrayBuffer());
      expect(api.calls.find((c) => c.path.endsWith('/signatures'))!.body).to.deep.equal({
        document: {
          name: 'solicitud.pdf',
          mediaType: 'application/pdf',
          sizeBytes: file.size,
          sha256: sha,
        },
      });
      await typeCode(el, CODE);
      await waitUntil(() => el.matches(':state(signed)'), 'not signed');
      expect(api.calls.find((c) => c.path.endsWith('/confirm'))!.body).to.deep.equal({
        code: CODE,
        sha256: sha,
      });
    });

    it('says a replayed or expired code in words, in the code form', async () => {
      const api = createSignerApi();
      const el = await mount(api);
      await consentAndSend(el);
      api.overrides.set('POST /llave/api/v1/me/signatures/sig-1/confirm', () =>
        apiError(409, 'code_used'),
      );
      await typeCode(el, CODE);
      const error = () => verifier(el).shadowRoot!.querySelector('#error')!.textContent!;
      await waitUntil(() => error().includes('ya se usó'), 'no code_used message');
      api.overrides.set('POST /llave/api/v1/me/signatures/sig-1/confirm', () =>
        apiError(410, 'code_expired'),
      );
      await typeCode(el, CODE);
      await waitUntil(() => error().includes('venció'), 'no code_expired message');
      expect(el.matches(':state(code)')).to.equal(true);
    });

    it('cancel goes back to the review without signing, focus on its heading', async () => {
      const api = createSignerApi();
      const el = await mount(api);
      await consentAndSend(el);
      let fired = false;
      el.addEventListener('llave-document-signed', () => {
        fired = true;
      });
      $(el, '[part=cancel]').click();
      await el.updateComplete;
      expect(el.matches(':state(review)')).to.equal(true);
      expect($<HTMLInputElement>(el, '#consent').checked).to.equal(false);
      expect(deepActive()?.id).to.equal('title');
      expect(api.calls.some((c) => c.path.endsWith('/confirm'))).to.equal(false);
      expect(el.receipt).to.equal(undefined);
      expect(fired).to.equal(false);
    });
  });

  describe('resend', () => {
    it('after the cooldown, a new code comes from the signature request itself and the code step stays', async () => {
      // The verifier's countdown runs on the kit's clock: a minute passes in one tick.
      const started = Date.now();
      const fake = installFakeClock(started);
      try {
        const api = createSignerApi();
        const el = await mount(api);
        await consentAndSend(el);
        const resend = verifier(el).shadowRoot!.querySelector<HTMLButtonElement>('[part=resend]')!;
        expect(resend.getAttribute('aria-disabled')).to.equal('true');
        resend.click();
        await verifier(el).updateComplete;
        expect(api.calls.some((c) => c.path.endsWith('/resend'))).to.equal(false);
        // The test API dates the cooldown on the real clock, which moved on while mounting.
        fake.tick(60_000 + (Date.now() - started) + 1_000);
        await verifier(el).updateComplete;
        expect(resend.getAttribute('aria-disabled')).to.equal('false');
        resend.click();
        await waitUntil(
          () => api.calls.some((c) => c.path === '/llave/api/v1/me/signatures/sig-1/resend'),
          'the signature request was not asked for a new code',
        );
        // Never a contact verification's endpoint: the signer's channel owns its code.
        expect(api.calls.some((c) => c.path.includes('/v1/verifications'))).to.equal(false);
        expect(el.matches(':state(code)')).to.equal(true);
        await typeCode(el, CODE);
        await waitUntil(() => el.matches(':state(signed)'), 'not signed after the resend');
      } finally {
        fake.uninstall();
      }
    });
  });

  describe('level', () => {
    it('asks to sign in, at the firma level, coming back here', async () => {
      const api = createSignerApi();
      api.session = { authenticated: false };
      const el = await mount(api);
      expect(el.matches(':state(signed-out)')).to.equal(true);
      const url = new URL($<HTMLAnchorElement>(el, '[part=gate] a').href);
      expect(url.pathname).to.equal('/llave/login');
      expect(url.searchParams.get('level')).to.equal('firma');
      expect(url.searchParams.get('returnTo')).to.equal(location.pathname + location.search);
      await expect(el).to.be.accessible();
    });

    it('below firma, explains what the BFF says: in person when it cannot be reached online', async () => {
      const api = createSignerApi();
      api.session = {
        authenticated: true,
        user: { sub: 'd', name: 'Juan', level: 'verificada' },
        levelUp: { firma: 'unavailable' },
      };
      const el = await mount(api);
      expect(el.matches(':state(level-required)')).to.equal(true);
      expect(text(el)).to.contain('necesitas el nivel Con firma');
      expect(text(el)).to.contain('Verificada');
      expect(text(el)).to.contain('LOCATEL');
      expect(root(el).querySelector('[part=gate] a')).to.equal(null);
      expect(api.calls.some((c) => c.path.includes('/documents'))).to.equal(false);
    });

    it('below firma, offers the step-up sign-in when the BFF says login', async () => {
      const api = createSignerApi();
      api.session = {
        authenticated: true,
        user: { sub: 'd', name: 'Juan', level: 'verificada' },
        levelUp: { firma: 'login' },
      };
      const el = await mount(api);
      const url = new URL($<HTMLAnchorElement>(el, '[part=gate] a').href);
      expect(url.searchParams.get('level')).to.equal('firma');
    });
  });

  describe('keyboard', () => {
    it('confirms and sends with the keyboard alone', async () => {
      const el = await mount(createSignerApi());
      $<HTMLInputElement>(el, '#consent').focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#consent').checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(deepActive()?.getAttribute('part')).to.equal('send');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => deepActive()?.id === 'code', 'focus did not reach the code');
      await sendKeys({ type: CODE });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.matches(':state(signed)'), 'not signed');
    });
  });

  describe('help at the end (issue 14, item 2)', () => {
    const help = helpOf;
    const topics = helpTopics;

    it('ends with the same help as every component, the agency page and LOCATEL', async () => {
      const el = await mount(createSignerApi(), `document-id="${DOC_ID}" help-href="/ayuda"`);
      expect(topics(el)[0]).to.equal('¿Dónde hago mi trámite?');
      await expectHelpAtEnd(el, root(el), '/ayuda');
    });

    it('leads with the answer for the trouble at hand: the code, the level, an error', async () => {
      const el = await mount(createSignerApi());
      expect(help(el).querySelector('a[href="/ayuda"]')).to.equal(null);
      await consentAndSend(el);
      await el.updateComplete;
      expect(topics(el)[0]).to.equal('El código no funciona');
      expect(root(el).lastElementChild === help(el), 'help is not last').to.equal(true);
      // One help on the page: the verifier's own is hidden, the signer's covers the code.
      const inner = verifier(el).shadowRoot!.querySelector('[part=help]')!;
      expect(getComputedStyle(inner).display).to.equal('none');

      const below = createSignerApi();
      below.session = {
        authenticated: true,
        user: { sub: 'd', name: 'Juan', level: 'verificada' },
        levelUp: { firma: 'login' },
      };
      const level = await mount(below);
      // Verified already: what is missing is the firma level, not a verification.
      expect(topics(level)[0]).to.equal('¿Cómo obtengo el nivel Con firma?');
      expect(topics(level)).not.to.include('Mi cuenta está pendiente de verificación');

      const unverified = createSignerApi();
      unverified.session = {
        authenticated: true,
        user: { sub: 'b', name: 'Ana', level: 'basica' },
        levelUp: { verificada: 'verify-contact', firma: 'unavailable' },
      };
      expect(topics(await mount(unverified))[0]).to.equal(
        'Mi cuenta está pendiente de verificación',
      );

      const broken = createSignerApi();
      broken.overrides.set('GET /llave/api/v1/me/documents', () => apiError(500, 'internal_error'));
      const failed = await mount(broken);
      await waitUntil(() => failed.matches(':state(error)'), 'no error');
      expect(topics(failed)[0]).to.equal('La página no carga');
    });

    it('speaks English on an English page', async () => {
      const el = await mount(createSignerApi(), `document-id="${DOC_ID}"`, 'en');
      await waitUntil(() => text(el).includes('Fingerprint (SHA-256)'), 'no English');
      await waitUntil(() => help(el).querySelector('summary')!.textContent !== '¿Necesitas ayuda?');
      expect(help(el).textContent).not.to.contain('¿Dónde hago mi trámite?');
    });
  });

  describe('i18n', () => {
    it('speaks English on an English page', async () => {
      const el = await mount(createSignerApi(), `document-id="${DOC_ID}"`, 'en');
      await waitUntil(() => text(el).includes('Fingerprint (SHA-256)'), 'no English');
      expect(text(el)).to.contain('I have reviewed the document');
    });
  });

  describe('long names in a narrow place', () => {
    const FILE = 'comprobante_de_domicilio_agosto_2026_version_final_firmada.pdf';
    const NAME = 'María Guadalupe Hernández de la Concepción Rodríguez Villaseñor';
    /** An expediente document, its signer and its receipt, all with long real-world values. */
    function longApi() {
      const api = createSignerApi();
      api.session = {
        authenticated: true,
        user: { sub: 'c1', name: NAME, level: 'firma', curp: 'HERM800101MDFRDR09' },
        levelUp: {},
      };
      api.overrides.set('GET /llave/api/v1/me/documents', () =>
        json(200, expediente(api.bytes, 'comprobante-domicilio', FILE)),
      );
      return api;
    }

    for (const lang of ['es-MX', 'en']) {
      it(`stays inside 320 px and narrow sidebars in every step, ${lang}`, async () => {
        const api = longApi();
        const el = await mount(api, `document-id="${DOC_ID}"`, lang);
        await waitUntil(() => text(el).includes(FILE), 'no long name');
        await expectLayout(el, 'review');
        // Sent without consent: the error next to the box.
        $(el, '[part=send]').click();
        await el.updateComplete;
        expect($(el, '#consent-error').textContent!.trim()).not.to.equal('');
        await expectLayout(el, 'consent error');
        await consentAndSend(el);
        await expectLayout(el, 'code');
        const sha256 = await sha256Hex(api.bytes.slice().buffer);
        const receipt: SignatureReceipt = {
          folio: 'FE2026SEDUVI0000000000000000000123456789',
          signedAt: '2026-03-10T17:45:00.000Z',
          signer: { name: NAME, curp: 'HERM800101MDFRDR09' },
          document: {
            documentId: DOC_ID,
            name: FILE,
            mediaType: 'application/pdf',
            sizeBytes: api.bytes.byteLength,
            sha256,
          },
          jws: 'eyJhbGciOiJFUzI1NiJ9..c2lnbmF0dXJl',
          kid: 'kid-1',
          verifyUrl: 'http://localhost:4010/firma/verificar?folio=FE2026',
        };
        api.overrides.set('POST /llave/api/v1/me/signatures/sig-1/confirm', () =>
          json(200, receipt),
        );
        await typeCode(el, CODE);
        await waitUntil(() => el.matches(':state(signed)'), 'not signed');
        await el.updateComplete;
        expect(text(el)).to.contain(FILE);
        await expectLayout(el, 'receipt');
        // Where there is room, the fingerprint is still printed four groups to a row.
        const fingerprint = $(el, '[part=receipt] [part=fingerprint]');
        expect(getComputedStyle(fingerprint).gridTemplateColumns.split(' ')).to.have.length(4);
      });
    }
  });

  describe('320 px', () => {
    it('does not scroll sideways, fingerprint and receipt included', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await mount(createSignerApi());
        expect(root(el).querySelector('[part=fingerprint]')).not.to.equal(null);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
        await consentAndSend(el);
        await typeCode(el, CODE);
        await waitUntil(() => el.matches(':state(signed)'), 'not signed');
        expect(root(el).querySelector('[part=receipt] [part=fingerprint]')).not.to.equal(null);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });
});
