import { ContextProvider } from '@lit/context';
import { BffClient, type SessionInfo } from '@llave-cdmx/core';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { LlaveProfileChangeEvent } from '../events/profile-change.js';
import { expectHelpAtEnd, helpOf, helpTopics } from '../internal/help/test-helpers.js';
import { expectLayout } from '../internal/test-helpers.js';
import { sessionContext } from '../session/session-context.js';
import { SessionStore } from '../session/session-store.js';
import { formKit } from './address-section.js';
import { consent, docs, ficha, pendingVerification, postalCodes } from './fixtures.js';
import './llave-profile.js';
import type { LlaveProfile } from './profile.js';

/** The BFF and the Llave API as the component sees them, in memory. */
function setup(
  session: SessionInfo = {
    authenticated: true,
    user: { sub: 'u1', name: 'Juan', level: 'verificada' },
    levelUp: { firma: 'unavailable' },
  },
) {
  const state = {
    session,
    profile: ficha(),
    fail: undefined as
      | undefined
      | 'network'
      | 'address-network'
      | 'taken'
      | 'same'
      | 'stale'
      | 'hold',
    calls: [] as string[],
    bodies: [] as unknown[],
  };
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  const client = new BffClient({
    fetch: async (input, init) => {
      const path = new URL(String(input), location.href).pathname;
      const method = init.method ?? 'GET';
      state.calls.push(`${method} ${path}`);
      const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
      if (body) state.bodies.push(body);
      if (path === '/llave/session' || path === '/llave/session/refresh')
        return json(200, state.session);
      if (!state.session.authenticated)
        return json(401, { error: { code: 'unauthorized', message: '' } });
      if (state.fail === 'network') throw new TypeError('Failed to fetch');
      const api = path.replace('/llave/api', '');
      if (api === '/v1/me' && method === 'GET')
        return state.fail === 'hold' ? new Promise<Response>(() => {}) : json(200, state.profile);
      if (api === '/v1/me/documents')
        return json(200, { items: docs, maxUploadBytes: 1, acceptedMediaTypes: [] });
      if (api === '/v1/me/document-shares') return json(200, { items: [consent] });
      if (api.startsWith('/v1/catalogs/postal-codes/')) {
        const found = postalCodes[api.split('/').pop()!];
        return found ? json(200, found) : json(404, { error: { code: 'not_found', message: '' } });
      }
      if (api === '/v1/me/address') {
        if (state.fail === 'address-network') throw new TypeError('Failed to fetch');
        state.profile = {
          ...state.profile,
          address: {
            ...state.profile.address!,
            ...body,
            asentamiento: 'San Juan',
            tipoAsentamiento: 'Pueblo',
            municipio: 'Xochimilco',
          },
        };
        return json(200, state.profile);
      }
      if (api === '/v1/me/contact') {
        if (state.fail === 'taken')
          return json(409, {
            error: {
              code: 'phone_registered',
              message: '',
              helpUrl: 'https://llave.cdmx.gob.mx/ayuda',
            },
          });
        // The BFF sends no code for the contact the account already has.
        if (state.fail === 'same') return json(200, { profile: state.profile });
        const v = pendingVerification(body.mobile ? 'sms' : 'email');
        state.profile = {
          ...state.profile,
          pending: body.mobile
            ? { mobile: { value: body.mobile, verification: v } }
            : { email: { value: body.email, verification: v } },
        };
        return json(200, { profile: state.profile, verification: v });
      }
      if (api === '/v1/verifications' && method === 'POST')
        return json(201, pendingVerification(body.channel));
      if (api === '/v1/verifications/v-sms/check') {
        const pending = state.profile.pending?.mobile;
        state.profile = {
          ...state.profile,
          pending: undefined,
          contact: { ...state.profile.contact, mobile: pending!.value, mobileVerified: true },
        };
        return json(200, { verified: true, channel: 'sms', level: 'verificada' });
      }
      if (api === '/v1/me/export')
        return new Response(new Uint8Array([0x50, 0x4b, 5, 6]), {
          headers: { 'Content-Type': 'application/zip' },
        });
      if (api === '/v1/me/cancellation' || api === '/v1/me/misuse-reports') {
        if (state.fail === 'stale')
          return json(403, { error: { code: 'recent_login_required', message: '' } });
        state.session = { authenticated: false };
        return json(api.endsWith('cancellation') ? 200 : 201, { sessionsEnded: 1 });
      }
      return json(404, { error: { code: 'not_found', message: '' } });
    },
  });
  return { state, client };
}

/** A profile in a page with its own session store over `client`, as it upgrades. */
async function place(client: ReturnType<typeof setup>['client'], attrs = '', lang = 'es-MX') {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  new ContextProvider(wrapper, {
    context: sessionContext,
    initialValue: new SessionStore(client, wrapper),
  });
  wrapper.innerHTML = `<llave-profile ${attrs}></llave-profile>`;
  return wrapper.querySelector('llave-profile')!;
}

async function mount(
  attrs = '',
  lang = 'es-MX',
  session?: SessionInfo,
  prepare: (state: ReturnType<typeof setup>['state']) => void = () => {},
) {
  const { state, client } = setup(session);
  prepare(state);
  const el = await place(
    client,
    `documents-href="/tramite.html#expediente" reset-href="/recuperar.html" ${attrs}`,
    lang,
  );
  await waitUntil(
    () => el.shadowRoot?.querySelector('#personal-title, .error, a.button'),
    'never settled',
  );
  await waitUntil(() => !el.shadowRoot!.textContent!.includes('Cargando'), 'extras never loaded');
  await el.updateComplete;
  return { el, state };
}

const root = (el: LlaveProfile) => el.shadowRoot!;
const text = (node: Element | ShadowRoot) => node.textContent!.replace(/\s+/g, ' ');
const section = (el: LlaveProfile, id: string) =>
  root(el).querySelector(`#${id}`)!.closest('section')!;
const button = (scope: Element | ShadowRoot, label: string) =>
  [...scope.querySelectorAll('button')].find((b) => b.textContent!.trim() === label)!;

/**
 * Opens the address form (downloaded on first use) and answers its postal-code input once focus
 * is on it.
 */
async function openAddress(el: LlaveProfile): Promise<HTMLInputElement> {
  button(section(el, 'address-title'), 'Actualizar').click();
  // The form's module loads on first use: give a busy machine more than waitUntil's 1 s default.
  await waitUntil(() => el.querySelector('input[name=codigoPostal]'), 'the form never opened', {
    timeout: 5000,
  });
  const cp = el.querySelector<HTMLInputElement>('input[name=codigoPostal]')!;
  await waitUntil(() => document.activeElement === cp, 'focus never reached the postal code');
  return cp;
}

/** Holds the address form's download back until `release()`, as a slow connection would. */
function holdAddressForm() {
  const real = formKit.load;
  let release: () => void = () => {};
  formKit.load = () =>
    new Promise<Awaited<ReturnType<typeof real>>>((resolve) => {
      release = () => resolve(real());
    });
  return {
    release: () => release(),
    restore: () => {
      formKit.load = real;
    },
  };
}

async function type(input: HTMLInputElement | HTMLSelectElement, value: string) {
  input.focus();
  input.value = value;
  input.dispatchEvent(
    new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
  );
}

describe('<llave-profile>', () => {
  it('passes accessibility checks', async () => {
    const { el } = await mount();
    await expect(el).to.be.accessible();
  });

  it('has the documented defaults', () => {
    const el = document.createElement('llave-profile');
    expect(el.documentsHref).to.equal(undefined);
    expect(el.helpHref).to.equal(undefined);
    expect(el.resetHref).to.equal(undefined);
  });

  it('renders an arriving ficha in three tasks, in reading order, the help last (issue 18)', async () => {
    const { client } = setup();
    const el = await place(client);
    // What each update left in place, by section and the help.
    const seen: string[] = [];
    const parts = ['#personal-title', '#contact-title', '#rights-title', '[part=help]'];
    el.addController({
      hostUpdated: () => {
        const now = parts.filter((p) => el.shadowRoot!.querySelector(p)).join();
        if (now !== seen.at(-1)) seen.push(now);
      },
    });
    await waitUntil(() => el.shadowRoot?.querySelector('[part=help]'), 'never whole');
    expect(seen).to.deep.equal([
      '',
      '#personal-title',
      '#personal-title,#contact-title',
      parts.join(),
    ]);
  });

  it('shows the registry data read-only, with how to correct it at a módulo', async () => {
    const { el } = await mount();
    const personal = section(el, 'personal-title');
    expect(text(personal)).to.contain('Juan Pérez García').and.contain('PEGJ900115HDFRRN03');
    expect(text(personal)).to.contain('15 de enero de 1990').and.contain('Hombre');
    expect(text(personal)).to.contain('RENAPO').and.contain('módulo de atención');
    expect(personal.querySelector('input, button')).to.equal(null);
    expect(personal.querySelector('a')!.getAttribute('href')).to.contain('llave.cdmx.gob.mx');
  });

  it('shows the level badge and how the next level is reached, as the BFF says', async () => {
    const { el } = await mount();
    const level = section(el, 'level-title');
    expect(level.querySelector('[part=badge]')!.textContent).to.contain('Verificada');
    expect(text(level)).to.contain('no se obtiene en línea');
    const basica = await mount(
      '',
      'es-MX',
      {
        authenticated: true,
        user: { sub: 'u1', name: 'Juan', level: 'basica' },
        levelUp: { verificada: 'verify-contact', firma: 'unavailable' },
      },
      (state) => {
        state.profile.level = 'basica';
      },
    );
    const raise = section(basica.el, 'level-title');
    expect(raise.querySelector('[part=badge]')!.textContent).to.contain('Básica');
    expect(text(raise)).to.contain('verifica tu correo o tu celular con un código');
  });

  it('summarises the expediente and links to the page’s document picker', async () => {
    const { el } = await mount();
    const exp = section(el, 'expediente-title');
    expect(text(exp)).to.contain('Tienes 2 documentos; 1 cotejados');
    expect(exp.querySelector('a')!.getAttribute('href')).to.equal('/tramite.html#expediente');
  });

  it('lists who the documents were shared with, for which trámite and when', async () => {
    const { el } = await mount();
    const c = section(el, 'consents-title');
    expect(text(c)).to.contain('SEMOVI (demo) · Renovación de licencia tipo A');
    expect(text(c)).to.contain('1 de febrero de 2026').and.contain('INE.png');
  });

  describe('address', () => {
    it('looks the postal code up, offers its colonias with their type and saves', async () => {
      const { el, state } = await mount();
      const cp = await openAddress(el);
      expect(cp.autocomplete).to.equal('postal-code');
      await type(cp, '16030');
      await waitUntil(() => el.querySelectorAll('select[name=asentamientoId] option').length === 3);
      const options = [...el.querySelectorAll('select[name=asentamientoId] option')].map(
        (o) => o.textContent,
      );
      expect(options.slice(1)).to.deep.equal(['San Juan (Barrio)', 'San Juan (Pueblo)']);
      expect(el.querySelector<HTMLInputElement>('input[name=municipio]')!.value).to.equal(
        'Xochimilco',
      );
      await type(el.querySelector('select[name=asentamientoId]')!, '0002');
      el.querySelector<HTMLButtonElement>('button[name=save-address]')!.click();
      await waitUntil(() => !el.querySelector('input[name=calle]'), 'form never closed');
      expect(state.bodies.at(-1)).to.deep.equal({
        codigoPostal: '16030',
        asentamientoId: '0002',
        calle: 'Tonalá',
        numeroExterior: '10',
      });
      expect(text(section(el, 'address-title'))).to.contain('San Juan (Pueblo), 16030');
      await waitUntil(() =>
        root(el).querySelector('[role=status].visually-hidden')!.textContent!.includes('Guardamos'),
      );
    });

    it('validates before sending, ties errors to their fields and focuses the first', async () => {
      const { el, state } = await mount();
      await openAddress(el);
      await type(el.querySelector<HTMLInputElement>('input[name=numeroExterior]')!, '');
      await type(el.querySelector<HTMLInputElement>('input[name=calle]')!, '   ');
      el.querySelector<HTMLButtonElement>('button[name=save-address]')!.click();
      await el.updateComplete;
      const calle = el.querySelector<HTMLInputElement>('input[name=calle]')!;
      expect(calle.getAttribute('aria-invalid')).to.equal('true');
      expect(document.getElementById(`${calle.id}-error`)!.textContent).to.contain(
        'Escribe este dato',
      );
      expect(calle.getAttribute('aria-describedby')).to.contain(`${calle.id}-error`);
      const numero = el.querySelector<HTMLInputElement>('input[name=numeroExterior]')!;
      expect(numero.getAttribute('aria-invalid')).to.equal('true');
      // Two fields in error: focus on the first of them in reading order.
      await waitUntil(() => document.activeElement === calle, 'focus not on the first error');
      expect(state.calls.some((c) => c.startsWith('PATCH'))).to.equal(false);
    });

    it('keeps everything typed when the network fails', async () => {
      const { el, state } = await mount();
      await openAddress(el);
      await type(el.querySelector<HTMLInputElement>('input[name=calle]')!, 'Calle Nueva');
      await type(el.querySelector<HTMLInputElement>('input[name=numeroInterior]')!, '3B');
      state.fail = 'address-network';
      el.querySelector<HTMLButtonElement>('button[name=save-address]')!.click();
      await waitUntil(() => root(el).querySelector('#address-failure'));
      expect(text(root(el).querySelector('#address-failure')!)).to.contain('No hay conexión');
      expect(el.querySelector<HTMLInputElement>('input[name=calle]')!.value).to.equal(
        'Calle Nueva',
      );
      expect(el.querySelector<HTMLInputElement>('input[name=numeroInterior]')!.value).to.equal(
        '3B',
      );
    });

    it('says the form is opening while it downloads, then moves focus to its postal code', async () => {
      const held = holdAddressForm();
      try {
        const { el } = await mount();
        const opener = button(section(el, 'address-title'), 'Actualizar');
        opener.focus();
        opener.click();
        await el.updateComplete;
        expect(opener.textContent!.trim()).to.equal('Abriendo el formulario…');
        expect(opener.getAttribute('aria-disabled')).to.equal('true');
        expect(root(el).activeElement).to.equal(opener);
        expect(el.querySelector('input')).to.equal(null);
        expect(el.matches(':state(editing)')).to.equal(false);
        held.release();
        await waitUntil(
          () => document.activeElement === el.querySelector('input[name=codigoPostal]'),
          'focus never reached the postal code',
        );
        expect(el.matches(':state(editing)')).to.equal(true);
      } finally {
        held.restore();
      }
    });

    it('leaves focus where the citizen moved it while the form downloaded', async () => {
      const held = holdAddressForm();
      try {
        const { el } = await mount();
        button(section(el, 'address-title'), 'Actualizar').click();
        const elsewhere = button(section(el, 'contact-title'), 'Agregar celular');
        elsewhere.focus();
        held.release();
        await waitUntil(() => el.querySelector('input[name=codigoPostal]'), 'never opened');
        await el.updateComplete;
        expect(root(el).activeElement).to.equal(elsewhere);
      } finally {
        held.restore();
      }
    });

    it('says so when the form cannot be downloaded, and the button tries again', async () => {
      const real = formKit.load;
      formKit.load = () => Promise.reject(new TypeError('Failed to fetch'));
      try {
        const { el } = await mount();
        button(section(el, 'address-title'), 'Actualizar').click();
        await waitUntil(() => root(el).querySelector('#address-failure'), 'no failure shown');
        expect(root(el).querySelector('#address-failure')!.getAttribute('role')).to.equal('alert');
        expect(text(root(el).querySelector('#address-failure')!)).to.contain(
          'No pudimos abrir el formulario',
        );
        const again = button(section(el, 'address-title'), 'Actualizar');
        expect(again.getAttribute('aria-disabled')).to.equal('false');
        formKit.load = real;
        await openAddress(el);
        expect(root(el).querySelector('#address-failure')).to.equal(null);
      } finally {
        formKit.load = real;
      }
    });
  });

  describe('contacts', () => {
    it('adds a mobile, verifies it with the code and shows it verified', async () => {
      const { el, state } = await mount();
      const contact = section(el, 'contact-title');
      button(contact, 'Agregar celular').click();
      await el.updateComplete;
      const input = root(el).querySelector<HTMLInputElement>('input[name=mobile]')!;
      await waitUntil(() => root(el).activeElement === input);
      expect(input.autocomplete).to.equal('tel-national');
      await type(input, '55 1111 2222');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root(el).querySelector('llave-contact-verifier'));
      expect(state.bodies.at(-1)).to.deep.equal({ mobile: '+525511112222' });
      expect(text(section(el, 'contact-title'))).to.contain(
        'Pendiente de verificar: +525511112222',
      );
      const changed = oneEvent(el, 'llave-profile-change') as Promise<LlaveProfileChangeEvent>;
      await customElements.whenDefined('llave-contact-verifier');
      const v = root(el).querySelector('llave-contact-verifier')!;
      await v.updateComplete;
      // Focus moved to the verifier's code input once it loaded.
      await waitUntil(() => root(el).activeElement === v);
      const code = v.shadowRoot!.querySelector<HTMLInputElement>('#code')!;
      code.focus();
      await sendKeys({ type: '123456' });
      await sendKeys({ press: 'Enter' });
      const event = await changed;
      expect(event.change).to.equal('contact');
      expect(event.profile!.contact.mobile).to.equal('+525511112222');
      await el.updateComplete;
      const after = text(section(el, 'contact-title'));
      expect(after).to.contain('+525511112222 Verificado').and.not.contain('Pendiente');
      expect(state.calls).to.include('POST /llave/session/refresh');
    });

    it('checks the number with core’s validator before sending anything', async () => {
      const { el, state } = await mount();
      button(section(el, 'contact-title'), 'Agregar celular').click();
      await el.updateComplete;
      const input = root(el).querySelector<HTMLInputElement>('input[name=mobile]')!;
      await type(input, '12');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(text(root(el).querySelector(`#${input.id}-error`)!)).to.contain('10 dígitos');
      expect(state.calls.some((c) => c.includes('/v1/me/contact'))).to.equal(false);
      expect(input.value).to.equal('12');
    });

    it('gives the guide’s answer for a mobile of another account, with the help link', async () => {
      const { el, state } = await mount();
      state.fail = 'taken';
      button(section(el, 'contact-title'), 'Agregar celular').click();
      await el.updateComplete;
      await type(root(el).querySelector<HTMLInputElement>('input[name=mobile]')!, '55 1111 2222');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => text(section(el, 'contact-title')).includes('ya está registrado'));
      const help = section(el, 'contact-title').querySelector<HTMLAnchorElement>('.error a')!;
      expect(help.href).to.equal('https://llave.cdmx.gob.mx/ayuda');
      expect(root(el).querySelector<HTMLInputElement>('input[name=mobile]')!.value).to.equal(
        '55 1111 2222',
      );
    });
  });

  describe('contacts, more', () => {
    it('sends a code to the current, unverified mobile and opens its verifier', async () => {
      const { el, state } = await mount('', 'es-MX', undefined, (s) => {
        s.profile = {
          ...s.profile,
          contact: { ...s.profile.contact, mobile: '+525511112222', mobileVerified: false },
        };
      });
      const contact = section(el, 'contact-title');
      expect(text(contact)).to.contain('+525511112222 Sin verificar');
      // In the warning colour (the theme's --llave-color-warning), not the surrounding text's.
      const status = [...contact.querySelectorAll('.status')].find((s) =>
        s.textContent!.includes('Sin verificar'),
      )!;
      expect(getComputedStyle(status).color).to.equal('rgb(138, 83, 0)');
      button(contact, 'Verificar').click();
      await waitUntil(() => root(el).querySelector('llave-contact-verifier'));
      expect(state.calls).to.include('POST /llave/api/v1/verifications');
      expect(state.bodies.at(-1)).to.deep.equal({ channel: 'sms' });
      await el.updateComplete;
      // A code is out: no second "Verificar", the change stays offered.
      expect(button(section(el, 'contact-title'), 'Verificar')).to.equal(undefined);
      expect(button(section(el, 'contact-title'), 'Cambiar celular')).to.not.equal(undefined);
    });

    it('says so when the new contact is already the current one, keeping what was typed', async () => {
      const { el, state } = await mount();
      state.fail = 'same';
      button(section(el, 'contact-title'), 'Cambiar correo').click();
      await el.updateComplete;
      const input = root(el).querySelector<HTMLInputElement>('input[name=email]')!;
      await type(input, 'juan@example.com');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() =>
        text(section(el, 'contact-title')).includes('Ese ya es tu contacto actual.'),
      );
      expect(state.bodies.at(-1)).to.deep.equal({ email: 'juan@example.com' });
      expect(root(el).querySelector('llave-contact-verifier')).to.equal(null);
      expect(input.value).to.equal('juan@example.com');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      await waitUntil(() => root(el).activeElement === input, 'focus never returned to the input');
    });
  });

  describe('account rights', () => {
    it('downloads the data only after a confirmation that says what the file holds', async () => {
      const { el, state } = await mount();
      const clicks: HTMLAnchorElement[] = [];
      const stop = (e: Event) => {
        const a = (e.target as Element).closest?.('a[download]');
        if (a) {
          e.preventDefault();
          clicks.push(a as HTMLAnchorElement);
        }
      };
      document.addEventListener('click', stop, true);
      try {
        button(section(el, 'rights-title'), 'Descargar mis datos').click();
        await el.updateComplete;
        const dialog = root(el).querySelector('dialog')!;
        expect(dialog.open).to.equal(true);
        expect(text(dialog)).to.contain('.zip').and.contain('JSON');
        expect(state.calls.some((c) => c.includes('/export'))).to.equal(false);
        button(dialog, 'Descargar').click();
        await waitUntil(() => clicks.length === 1);
        expect(clicks[0]!.download).to.match(/^llave-cdmx-mis-datos-\d{4}-\d{2}-\d{2}\.zip$/);
        expect(clicks[0]!.href).to.match(/^blob:/);
        await waitUntil(() => !dialog.open);
      } finally {
        document.removeEventListener('click', stop, true);
      }
    });

    it('closes the dialog with Escape and does nothing', async () => {
      const { el, state } = await mount();
      const opener = button(section(el, 'rights-title'), 'Cancelar mi cuenta');
      opener.focus();
      opener.click();
      await el.updateComplete;
      const dialog = root(el).querySelector('dialog')!;
      expect(root(el).activeElement!.textContent!.trim()).to.equal('No, regresar');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open);
      expect(state.calls.some((c) => c.includes('/cancellation'))).to.equal(false);
    });

    it('cancels the account after the plain confirmation and shows the session ended', async () => {
      const { el, state } = await mount();
      button(section(el, 'rights-title'), 'Cancelar mi cuenta').click();
      await el.updateComplete;
      const dialog = root(el).querySelector('dialog')!;
      expect(text(dialog))
        .to.contain('Se borrarán tu ficha, tus documentos')
        .and.contain('No se puede deshacer');
      const changed = oneEvent(el, 'llave-profile-change') as Promise<LlaveProfileChangeEvent>;
      button(dialog, 'Sí, cancelar mi cuenta').click();
      expect((await changed).change).to.equal('cancelled');
      await waitUntil(() => root(el).querySelector('.done'));
      expect(text(root(el).querySelector('.done')!)).to.contain('Cancelamos tu cuenta');
      expect(state.bodies.at(-1)).to.deep.equal({ confirm: true });
      expect(root(el).querySelector('#personal-title')).to.equal(null);
      expect(el.matches(':state(closed)')).to.equal(true);
      await waitUntil(() => root(el).activeElement === root(el).querySelector('.done'));
    });

    it('asks for a fresh sign-in when the IdP wants a recent one', async () => {
      const { el, state } = await mount();
      state.fail = 'stale';
      button(section(el, 'rights-title'), 'Cancelar mi cuenta').click();
      await el.updateComplete;
      const dialog = root(el).querySelector('dialog')!;
      button(dialog, 'Sí, cancelar mi cuenta').click();
      await waitUntil(() => dialog.querySelector('.error a'));
      const link = dialog.querySelector<HTMLAnchorElement>('.error a')!;
      expect(link.getAttribute('href')).to.match(/^\/llave\/login\?returnTo=.*&reauth=1$/);
      expect(text(dialog)).to.contain('vuelve a iniciar sesión');
    });

    it('"No fui yo" ends the sessions and points to the password reset', async () => {
      const { el, state } = await mount();
      button(section(el, 'rights-title'), 'No fui yo: reportar un uso indebido').click();
      await el.updateComplete;
      const dialog = root(el).querySelector('dialog')!;
      dialog.querySelector<HTMLTextAreaElement>('textarea')!.value = 'Un código que no pedí';
      const changed = oneEvent(el, 'llave-profile-change') as Promise<LlaveProfileChangeEvent>;
      button(dialog, 'Cerrar todas mis sesiones').click();
      expect((await changed).change).to.equal('misuse-reported');
      await waitUntil(() => root(el).querySelector('.done'));
      expect(text(root(el).querySelector('.done')!)).to.contain('Cerramos todas tus sesiones');
      // The confirmation stands out on the theme's alternate surface.
      expect(getComputedStyle(root(el).querySelector('.done')!).backgroundColor).to.equal(
        'rgb(244, 244, 244)',
      );
      expect(el.matches(':state(closed)')).to.equal(true);
      expect(state.bodies.at(-1)).to.deep.equal({ description: 'Un código que no pedí' });
      expect(root(el).querySelector<HTMLAnchorElement>('a.button')!.getAttribute('href')).to.equal(
        '/recuperar.html',
      );
    });
  });

  describe('help at the end (issue 14, item 2)', () => {
    const help = helpOf;
    const topics = helpTopics;

    it('ends with the same help as every component, contact trouble first, the agency page and LOCATEL', async () => {
      const { el } = await mount('help-href="/ayuda"');
      expect(topics(el).slice(0, 3)).to.deep.equal([
        'Escribí mal mi correo o celular',
        'Ya no tengo el correo o el celular de mi cuenta',
        'El código no funciona',
      ]);
      await expectHelpAtEnd(el, root(el).querySelector('[part=base]')!, '/ayuda');
    });

    it('is there signed out too, without an agency page when none was given', async () => {
      const { el } = await mount('', 'es-MX', { authenticated: false });
      expect(topics(el)[0]).to.equal('Escribí mal mi correo o celular');
      expect(help(el).querySelector('a[href="/ayuda"]')).to.equal(null);
    });

    it('speaks English on an English page', async () => {
      const { el } = await mount('', 'en');
      await waitUntil(() => text(root(el)).includes('My profile'), 'English never loaded');
      await waitUntil(() => help(el).querySelector('summary')!.textContent !== '¿Necesitas ayuda?');
      expect(help(el).textContent).not.to.contain('Escribí mal mi correo o celular');
    });
  });

  describe('i18n', () => {
    it('speaks English on an English page', async () => {
      const { el } = await mount('', 'en');
      await waitUntil(() => text(root(el)).includes('My profile'), 'English never loaded');
      expect(text(root(el)))
        .to.contain('Personal details')
        .and.contain('January 15, 1990');
      await expect(el).to.be.accessible();
    });
  });

  describe('at 320 px', () => {
    it('fits without horizontal scrolling, form open', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const { el } = await mount();
        await openAddress(el);
        expect(el.querySelector('input[name=calle]')).not.to.equal(null);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('long content in a narrow place (WCAG 1.4.10)', () => {
    const email = 'maria.guadalupe.hernandez.rodriguez.villasenor@dependencia.cdmx.gob.mx';
    const long = (s: ReturnType<typeof setup>['state']) => {
      s.profile = {
        ...s.profile,
        personal: {
          ...s.profile.personal,
          nombre: 'María Guadalupe',
          primerApellido: 'Hernández de la Concepción',
          segundoApellido: 'Rodríguez Villaseñor',
        },
        address: {
          ...s.profile.address!,
          estado: 'Veracruz de Ignacio de la Llave',
          municipio: 'Heroica Ciudad de Juchitán de Zaragoza',
          asentamiento: 'Ampliación Presidentes Ejidales Primera Sección',
          calle: 'Avenida Insurgentes Sur entre Eje 7 y Eje 8 Poniente',
          numeroExterior: '1234-B',
          numeroInterior: 'DEPARTAMENTO_PH_TORRE_NORTE_3',
        },
        contact: { email, emailVerified: true, mobile: '+525512345678', mobileVerified: false },
      };
    };
    for (const lang of ['es-MX', 'en']) {
      it(`the ficha, its forms and a rights dialog stay inside it, ${lang}`, async () => {
        const { el } = await mount('', lang, undefined, long);
        await waitUntil(() => text(root(el)).includes('Juchitán'), 'the ficha never showed');
        await expectLayout(el, `ficha, ${lang}`);
        // The address form (light DOM, downloaded on first use) with the long address in it.
        const address = section(el, 'address-title').querySelector('button')!;
        address.click();
        await waitUntil(() => el.querySelector('input[name=calle]'), 'no address form', {
          timeout: 5000,
        });
        await el.updateComplete;
        await expectLayout(el, `address form, ${lang}`);
        // A contact's change form, refused with the long email typed.
        const change = [...section(el, 'contact-title').querySelectorAll('button')].find((b) =>
          /correo|email/i.test(b.textContent!),
        )!;
        change.click();
        await el.updateComplete;
        const input = root(el).querySelector<HTMLInputElement>('input[name=email]')!;
        await type(input, `${email}x`);
        await el.updateComplete;
        await expectLayout(el, `contact form, ${lang}`);
        // A rights dialog, modal in the top layer: measured against the viewport.
        const rights = section(el, 'rights-title').querySelectorAll('button');
        rights[rights.length - 1]!.click();
        await waitUntil(() => root(el).querySelector('dialog')?.open, 'no dialog');
        await expectLayout(el, `rights dialog, ${lang}`);
      });
    }
  });

  it('shows only the loading line while the ficha is read (the help comes with the ficha)', async () => {
    // Whatever arrives (a ficha taller than a screen, or the sign-in notice) then moves nothing
    // that was already in view: a help shown under the loading line jumped (CLS 0, issue 18).
    const { state, client } = setup();
    state.fail = 'hold';
    const el = await place(client);
    await waitUntil(
      () => state.calls.includes('GET /llave/api/v1/me'),
      'the ficha was never asked for',
      {
        timeout: 5000,
      },
    );
    await el.updateComplete;
    expect(text(root(el))).to.contain('Cargando');
    expect(helpOf(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('asks a signed-out visitor to sign in', async () => {
    const { el } = await mount('', 'es-MX', { authenticated: false });
    expect(text(root(el))).to.contain('Inicia sesión');
    expect(root(el).querySelector('a.button')!.getAttribute('href')).to.match(/^\/llave\/login/);
  });
});
