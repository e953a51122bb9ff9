import type { RegistrationRequest } from '@llave-cdmx/core';
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { LlaveContactVerifiedEvent } from '../events/contact-verified.js';
import type { LlaveRegisteredEvent } from '../events/registered.js';
import type { LlaveStepChangeEvent } from '../events/step-change.js';
import { installFakeClock } from '../internal/fake-clock.js';
import { helpTopics } from '../internal/help/test-helpers.js';
import { expectForcedColors, reflowProblems } from '../internal/test-helpers.js';
import { ISO_3166_ALPHA2 } from './countries.js';
import './llave-registration-wizard.js';
import { postalCode06700, registryPerson } from './fixtures.js';
import type { LlaveRegistrationWizard } from './registration-wizard.js';
import { apiError, type Handler, testApi } from './test-api.js';

const CURP = 'PEGJ900115HDFRRN03';
const PASSWORD = 'jardín nube bicicleta 42';

const routes = (over: Record<string, Handler> = {}): Record<string, Handler> => ({
  [`GET /v1/registry/curp/${CURP}`]: () => ({ body: registryPerson }),
  'GET /v1/catalogs/postal-codes/06700': () => ({ body: postalCode06700 }),
  'GET /v1/catalogs/postal-codes/99999': () => apiError(404, 'not_found'),
  'POST /v1/registrations/availability': () => ({
    body: { curp: 'available', email: 'available', mobile: 'available' },
  }),
  'POST /v1/registrations': () => ({
    status: 201,
    body: {
      accountId: 'acc-1',
      level: 'basica',
      verification: {
        id: 'ver-1',
        channel: 'email',
        destinationMasked: 'j***@example.com',
        expiresAt: new Date(Date.now() + 6e5).toISOString(),
        resendAvailableAt: new Date(Date.now() + 6e4).toISOString(),
        attemptsLeft: 5,
        status: 'pending',
      },
    },
  }),
  ...over,
});

let keyN = 0;
async function mount(over: Record<string, Handler> = {}, key = `t${++keyN}`, lang = 'es-MX') {
  const api = testApi(routes(over));
  const el = await fixture<LlaveRegistrationWizard>(
    html`<llave-registration-wizard lang=${lang} draft-key=${key} reset-url="/recuperar.html" .client=${api.client}></llave-registration-wizard>`,
  );
  return { el, api, key };
}

const field = <E extends HTMLElement = HTMLInputElement>(el: Element, name: string) =>
  el.querySelector<E>(`form [name="${name}"]`)!;
const heading = (el: LlaveRegistrationWizard) => el.shadowRoot!.querySelector('h2')!;
const errorOf = (el: Element, name: string) =>
  el.querySelector(`#${field(el, name).id}-error`)!.textContent!.trim();

async function type(el: LlaveRegistrationWizard, name: string, text: string) {
  field(el, name).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

async function fillStep1(el: LlaveRegistrationWizard) {
  await type(el, 'curp', CURP);
  await waitUntil(() => field(el, 'nombre').value === 'Juan', 'registry names');
  await type(el, 'codigoPostal', '06700');
  await waitUntil(() => field(el, 'asentamientoId'), 'colonias');
  const select = field<HTMLSelectElement>(el, 'asentamientoId');
  select.focus();
  await sendKeys({ press: 'ArrowDown' });
  await el.updateComplete;
  await type(el, 'calle', 'Álvaro Obregón');
  await type(el, 'numeroExterior', '12');
}

const stored = (key: string) => sessionStorage.getItem(`llave-registration:${key}`) ?? '';

/** Steps 1 and 2 filled and sent, as the citizen would. */
async function toPasswordStep(el: LlaveRegistrationWizard) {
  await fillStep1(el);
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => el.step === 2, 'step 2');
  await type(el, 'email', 'juan@example.com');
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => el.step === 3, 'step 3');
}

/** Every step filled, and the account asked for with Enter. */
async function submitAll(el: LlaveRegistrationWizard) {
  await toPasswordStep(el);
  await type(el, 'password', PASSWORD);
  await type(el, 'passwordConfirm', PASSWORD);
  field(el, 'acceptPrivacyNotice').click();
  field(el, 'passwordConfirm').focus();
  await sendKeys({ press: 'Enter' });
}

describe('<llave-registration-wizard>', () => {
  afterEach(() => sessionStorage.clear());

  it('passes accessibility checks', async () => {
    const { el } = await mount();
    await expect(el).to.be.accessible();
  });

  it("words the new-password block in the wizard's own strings", async () => {
    const { el } = await mount();
    await toPasswordStep(el);
    const label = (name: string) => field(el, name).labels![0]!.textContent!.trim();
    expect(label('username')).to.equal('Tu usuario');
    expect(label('password')).to.equal('Contraseña');
    expect(label('passwordConfirm')).to.equal('Escribe otra vez la contraseña');
    expect(el.querySelector(`#${field(el, 'password').id}-help`)!.textContent).to.contain(
      'Una frase de varias palabras',
    );
    expect(el.querySelector('[name="toggle-password"]')!.textContent!.trim()).to.equal(
      'Mostrar contraseña',
    );
  });

  it('has the documented defaults: "Paso 1 de 3" progress with aria-current, fields in a light-DOM form', async () => {
    const { el } = await mount();
    const items = el.shadowRoot!.querySelectorAll('ol.progress li');
    expect(items).to.have.length(3);
    expect(items[0]!.getAttribute('aria-current')).to.equal('step');
    expect(items[1]!.hasAttribute('aria-current')).to.equal(false);
    expect(heading(el).textContent).to.match(/Paso 1 de 3\s+Tus datos/);
    const form = el.querySelector('form')!;
    expect(form.parentElement).to.equal(el);
    expect(field(el, 'codigoPostal').getAttribute('autocomplete')).to.equal('postal-code');
    expect(field(el, 'curp').labels![0]!.textContent).to.contain('CURP');
  });

  describe('personal data', () => {
    it('checks the CURP as typed and puts the error next to it (aria-invalid, aria-describedby)', async () => {
      const { el, api } = await mount();
      await type(el, 'curp', 'PEGJ900115HDFRRN04');
      const curp = field(el, 'curp');
      expect(curp.getAttribute('aria-invalid')).to.equal('true');
      expect(curp.getAttribute('aria-describedby')).to.contain(`${curp.id}-error`);
      expect(errorOf(el, 'curp')).to.not.equal('');
      expect(api.calls.filter((c) => c.path.startsWith('/v1/registry'))).to.have.length(0);
    });

    it('prefills from the CURP and the registry, and shows registry names read-only', async () => {
      const { el } = await mount();
      await type(el, 'curp', CURP.toLowerCase());
      await waitUntil(() => field(el, 'nombre').value === 'Juan');
      expect(field(el, 'nombre').readOnly).to.equal(true);
      expect(field(el, 'primerApellido').value).to.equal('Pérez');
      const facts = el.querySelector('.llave-rw-facts')!.textContent!;
      expect(facts).to.contain('Hombre').and.contain('1990').and.contain('Ciudad de México');
    });

    it('fills estado and alcaldía read-only from the postal code and tells same-named colonias apart by type', async () => {
      const { el } = await mount();
      await type(el, 'codigoPostal', '06700');
      await waitUntil(() => field(el, 'asentamientoId'));
      expect(field(el, 'estado').value).to.equal('Ciudad de México');
      expect(field(el, 'estado').readOnly).to.equal(true);
      expect(field(el, 'municipio').value).to.equal('Cuauhtémoc');
      const options = [...field<HTMLSelectElement>(el, 'asentamientoId').options].map((o) =>
        o.text.trim(),
      );
      expect(options).to.include.members(['Centro (Colonia)', 'Centro (Barrio)']);
    });

    it('says so when the postal code does not exist', async () => {
      const { el } = await mount();
      await type(el, 'codigoPostal', '99999');
      await waitUntil(() => errorOf(el, 'codigoPostal') !== '');
      expect(errorOf(el, 'codigoPostal')).to.contain('No encontramos');
    });

    it('offers the foreigner branch with countries named in the UI language and the document types', async () => {
      const { el } = await mount();
      field(el, 'noCurp').click();
      await el.updateComplete;
      expect(field(el, 'curp')).to.equal(null);
      const input = field(el, 'nacionalidad');
      const countries = [...input.list!.options].map((o) => o.value);
      expect(countries).to.include('Guatemala').and.include('Estados Unidos');
      expect(field<HTMLSelectElement>(el, 'documentoTipo').options.length).to.equal(14);
      await expect(el).to.be.accessible();
    });

    it('lists the current ISO 3166-1 countries once each, in the page language, and finds one by typing', async () => {
      const { el } = await mount();
      field(el, 'noCurp').click();
      await el.updateComplete;
      const names = [...field(el, 'nacionalidad').list!.options].map((o) => o.value);
      // 249 assigned codes, Mexico left out; no withdrawn ones (CS, YU, DD, SU…), no name twice.
      expect(names).to.have.length(248);
      expect(new Set(names).size).to.equal(248);
      expect(names.filter((n) => /Serbia/.test(n))).to.deep.equal(['Serbia']);
      expect(names.filter((n) => /Alemania/.test(n))).to.deep.equal(['Alemania']);
      expect(names.filter((n) => /Rusia/.test(n))).to.deep.equal(['Rusia']);
      expect(names).not.to.include('Yugoslavia').and.not.to.include('Unión Soviética');
      // Searchable: typed without accents or capitals, it is the country.
      await type(el, 'nacionalidad', 'peru');
      expect(el.querySelector('form')!.textContent).not.to.contain('Elige tu país de la lista');
      await type(el, 'nacionalidad', 'x');
      field(el, 'documentoTipo').focus();
      await el.updateComplete;
      expect(errorOf(el, 'nacionalidad')).to.equal('Elige tu país de la lista.');
      expect(field(el, 'nacionalidad').value).to.equal('perux');
    });

    it('holds the 249 assigned ISO 3166-1 codes, each once and in order', () => {
      // The list as the ISO 3166 Maintenance Agency publishes it, one code after another.
      const assigned =
        'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ ' +
        'BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM ' +
        'DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS ' +
        'GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN ' +
        'KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ ' +
        'MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM ' +
        'PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV ' +
        'SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI ' +
        'VN VU WF WS YE YT ZA ZM ZW';
      expect(ISO_3166_ALPHA2).to.deep.equal(assigned.split(' '));
      expect(ISO_3166_ALPHA2).to.have.length(249);
      expect(new Set(ISO_3166_ALPHA2).size).to.equal(249);
    });

    it('names the countries in English on an English page', async () => {
      const { el } = await mount({}, undefined, 'en');
      field(el, 'noCurp').click();
      await el.updateComplete;
      await waitUntil(() => el.querySelector('legend')?.textContent?.includes('Date of birth'));
      const names = [...field(el, 'nacionalidad').list!.options].map((o) => o.value);
      expect(names).to.include('Germany').and.include('Serbia').and.not.include('Alemania');
    });

    it('asks the birth date as day, month and year, rejects impossible dates and keeps what was typed', async () => {
      const { el } = await mount();
      field(el, 'noCurp').click();
      await el.updateComplete;
      const day = field(el, 'fechaDia');
      expect(day.labels![0]!.textContent).to.equal('Día');
      expect(field(el, 'fechaMes').labels![0]!.textContent).to.equal('Mes');
      expect(field(el, 'fechaAnio').labels![0]!.textContent).to.equal('Año');
      expect(day.getAttribute('autocomplete')).to.equal('bday-day');
      await type(el, 'fechaDia', '31');
      await type(el, 'fechaMes', '4');
      await type(el, 'fechaAnio', '1960');
      field(el, 'documentoNumero').focus();
      await el.updateComplete;
      expect(el.querySelector('.llave-rw-date .llave-rw-error')!.textContent).to.equal(
        'Esa fecha no existe. Revisa el día y el mes.',
      );
      expect([day.value, field(el, 'fechaMes').value, field(el, 'fechaAnio').value]).to.deep.equal([
        '31',
        '4',
        '1960',
      ]);
      // Typing the whole date in the day field (15031960) is 15 March 1960, not 3 December.
      day.value = '';
      await type(el, 'fechaDia', '15031960');
      expect([day.value, field(el, 'fechaMes').value, field(el, 'fechaAnio').value]).to.deep.equal([
        '15',
        '03',
        '1960',
      ]);
      field(el, 'documentoNumero').focus();
      await el.updateComplete;
      expect(el.querySelector('.llave-rw-date .llave-rw-error')!.textContent).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('sends a foreigner registration without CURP, with nationality and document', async () => {
      const { el, api } = await mount();
      field(el, 'noCurp').click();
      await el.updateComplete;
      await type(el, 'nombre', 'Ana');
      await type(el, 'primerApellido', 'Silva');
      const pick = async (name: string, value: string) => {
        const select = field<HTMLSelectElement>(el, name);
        select.value = value;
        select.dispatchEvent(new Event('input', { bubbles: true }));
        await el.updateComplete;
      };
      await pick('sexo', 'M');
      await type(el, 'nacionalidad', 'Guatemala');
      await pick('documentoTipo', 'pasaporte');
      await type(el, 'fechaDia', '4');
      await type(el, 'fechaMes', '3');
      await type(el, 'fechaAnio', '1992');
      await type(el, 'documentoNumero', 'G1234567');
      await type(el, 'codigoPostal', '06700');
      await waitUntil(() => field(el, 'asentamientoId'));
      await pick('asentamientoId', '0003');
      await type(el, 'calle', 'Madero');
      await type(el, 'numeroExterior', '1');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.step === 2, 'step 2');
      expect(api.calls.some((c) => c.path === '/v1/registrations/availability')).to.equal(false);
      await type(el, 'email', 'ana@example.com');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.step === 3, 'step 3');
      await type(el, 'password', PASSWORD);
      await type(el, 'passwordConfirm', PASSWORD);
      field(el, 'acceptPrivacyNotice').click();
      field(el, 'passwordConfirm').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.step === 4, 'registered');
      const body = api.calls.find((c) => c.path === '/v1/registrations')!
        .body as RegistrationRequest;
      expect(body.kind).to.equal('extranjero');
      expect(body.personal).to.deep.equal({
        nombre: 'Ana',
        primerApellido: 'Silva',
        sexo: 'M',
        fechaNacimiento: '1992-03-04',
        nacionalidad: 'GT',
        documentoTipo: 'pasaporte',
        documentoNumero: 'G1234567',
      });
      expect(body.address).to.include({ asentamiento: 'Centro', tipoAsentamiento: 'Barrio' });
    });
  });

  describe('errors', () => {
    it('does not submit with errors: summarises them at the top, focused, with links that move focus to each field', async () => {
      const { el, api } = await mount();
      field(el, 'calle').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const summary = el.shadowRoot!.querySelector<HTMLElement>('.summary')!;
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      const links = summary.querySelectorAll('a');
      expect(links.length).to.be.greaterThan(2);
      expect(api.calls.filter((c) => c.method === 'POST')).to.have.length(0);
      links[0]!.click();
      expect(document.activeElement).to.equal(field(el, 'curp'));
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('completes registration with the keyboard, emits its events and ends with the email code', async () => {
      const { el, api, key } = await mount();
      const steps: Array<[number, string]> = [];
      el.addEventListener('llave-step-change', (e: LlaveStepChangeEvent) =>
        steps.push([e.step, e.direction]),
      );
      await fillStep1(el);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.step === 2, 'step 2');
      expect(el.shadowRoot!.activeElement).to.equal(heading(el));
      expect(heading(el).textContent).to.contain('Paso 2 de 3');
      await type(el, 'email', 'juan@example.com');
      await type(el, 'mobile', '+52 55 1234 5678');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.step === 3, 'step 3');
      const availability = api.calls.filter((c) => c.path === '/v1/registrations/availability');
      expect(availability.at(-1)!.body).to.deep.equal({
        email: 'juan@example.com',
        mobile: '+525512345678',
      });
      await type(el, 'password', PASSWORD);
      await type(el, 'passwordConfirm', PASSWORD);
      field(el, 'acceptPrivacyNotice').focus();
      await sendKeys({ press: 'Space' });
      expect(stored(key)).to.not.contain(PASSWORD);
      const registered = oneEvent(el, 'llave-registered') as Promise<LlaveRegisteredEvent>;
      field(el, 'passwordConfirm').focus();
      await sendKeys({ press: 'Enter' });
      const ev = await registered;
      expect(ev.accountId).to.equal('acc-1');
      expect(ev.verification.id).to.equal('ver-1');
      const body = api.calls.find((c) => c.path === '/v1/registrations')!
        .body as RegistrationRequest;
      expect(body.kind).to.equal('nacional');
      expect(body.personal).to.include({
        curp: CURP,
        nombre: 'Juan',
        sexo: 'H',
        estadoNacimiento: 'DF',
      });
      expect(body.address).to.include({
        codigoPostal: '06700',
        asentamientoId: '0001',
        asentamiento: 'Roma Norte',
        tipoAsentamiento: 'Colonia',
        municipio: 'Cuauhtémoc',
      });
      expect(body.contact).to.deep.equal({ email: 'juan@example.com', mobile: '+525512345678' });
      expect(body.password).to.equal(PASSWORD);
      expect(body.acceptPrivacyNotice).to.equal(true);
      await el.updateComplete;
      expect(steps).to.deep.equal([
        [2, 'forward'],
        [3, 'forward'],
        [4, 'forward'],
      ]);
      expect(el.shadowRoot!.querySelector('llave-contact-verifier')).to.exist;
      expect(el.querySelector('input')).to.equal(null);
      expect(stored(key)).to.equal('');
      expect(el.matches(':state(registered)')).to.equal(true);
    });
  });

  describe('nothing is lost', () => {
    it('keeps every field when going back, and restores them after a reload without the password', async () => {
      const { el, key } = await mount();
      await fillStep1(el);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.step === 2);
      await type(el, 'email', 'juan@example.com');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.step === 3);
      await type(el, 'password', PASSWORD);
      // Back to step 1 from the progress list.
      el.shadowRoot!.querySelector<HTMLButtonElement>('ol.progress button')!.click();
      await waitUntil(() => el.step === 1);
      expect(field(el, 'calle').value).to.equal('Álvaro Obregón');
      expect(field<HTMLSelectElement>(el, 'asentamientoId').value).to.equal('0001');
      expect(stored(key)).to.contain('juan@example.com').and.not.contain(PASSWORD);
      // "Reload": a new wizard with the same draft-key.
      el.remove();
      let restoredSteps = 0;
      const counter = () => restoredSteps++;
      document.addEventListener('llave-step-change', counter);
      const { el: again } = await mount({}, key);
      document.removeEventListener('llave-step-change', counter);
      // Restoring a draft is not the citizen moving: no llave-step-change.
      expect(restoredSteps).to.equal(0);
      expect(again.step).to.equal(1);
      expect(field(again, 'curp').value).to.equal(CURP);
      await waitUntil(() => field(again, 'asentamientoId'));
      expect(field<HTMLSelectElement>(again, 'asentamientoId').value).to.equal('0001');
      for (const k of Object.keys(sessionStorage))
        expect(sessionStorage.getItem(k)).to.not.contain(PASSWORD);
    });
    it('comes back on the password step after a reload there, its module loaded, the password not', async () => {
      const key = `t${++keyN}`;
      sessionStorage.setItem(
        `llave-registration:${key}`,
        JSON.stringify({ step: 3, curp: CURP, email: 'juan@example.com', nombre: 'Juan' }),
      );
      const { el } = await mount({}, key);
      expect(el.step).to.equal(3);
      await waitUntil(() => field(el, 'password'), 'password step shown');
      expect(field(el, 'password').value).to.equal('');
      expect(field(el, 'passwordConfirm').autocomplete).to.equal('new-password');
      const user = el.querySelector<HTMLInputElement>('input[autocomplete="username"]')!;
      expect(user.value).to.equal('juan@example.com');
    });
  });

  describe('conflicts', () => {
    it('explains an email already registered on the contact step, with what to do next', async () => {
      const { el } = await mount({
        'POST /v1/registrations/availability': ({ body }) => ({
          body: (body as { email?: string }).email
            ? { email: 'registered' }
            : { curp: 'available' },
        }),
      });
      await fillStep1(el);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.step === 2);
      await type(el, 'email', 'ya@example.com');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.querySelector('.conflict'));
      const conflict = el.shadowRoot!.querySelector('.conflict')!;
      expect(el.step).to.equal(2);
      // Focus on the message itself (read first, named by its first line), not on a link.
      expect(el.shadowRoot!.activeElement).to.equal(conflict);
      expect(conflict.getAttribute('aria-labelledby')).to.equal('conflict-title');
      expect(conflict.textContent).to.contain('correo ya está').and.contain('55 5658 1111');
      const hrefs = [...conflict.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.include('/recuperar.html');
      // WCAG 2.5.8: the stacked links are each a target of at least 24 px (found by opening the
      // EmailAlreadyRegistered story: axe target-size).
      for (const a of conflict.querySelectorAll('a')) {
        expect(a.getBoundingClientRect().height, a.textContent!).to.be.at.least(24);
      }
      await expect(el).to.be.accessible();
    });

    it('takes a CURP conflict from the final submit back to step 1 with the help link', async () => {
      const { el } = await mount({
        'POST /v1/registrations': () =>
          apiError(409, 'curp_registered', { helpUrl: 'https://llave.cdmx.gob.mx/ayuda' }),
      });
      await submitAll(el);
      await waitUntil(() => el.step === 1 && el.shadowRoot!.querySelector('.conflict'));
      const links = [...el.shadowRoot!.querySelectorAll('.conflict a')].map((a) =>
        a.getAttribute('href'),
      );
      expect(links).to.include('https://llave.cdmx.gob.mx/ayuda');
      expect(field(el, 'calle').value).to.equal('Álvaro Obregón');
      // The guide's answer, not only LOCATEL; focus on the message, not a link.
      const conflict = el.shadowRoot!.querySelector('.conflict')!;
      await waitUntil(() => el.shadowRoot!.activeElement === conflict, 'focus not on the message');
      expect(conflict.textContent)
        .to.contain('módulo de atención')
        .and.contain('identificación oficial, un comprobante de domicilio y una fotografía')
        .and.contain('LOCATEL');
      // The same help at the end, the CURP answer first.
      expect(helpTopics(el)[0]).to.equal('Mi CURP ya tiene una cuenta');
    });
  });

  describe('server errors', () => {
    it('takes a field the server refused back to its step, listed in the focused summary, with nothing lost', async () => {
      const { el } = await mount({
        'POST /v1/registrations': () =>
          apiError(422, 'validation_failed', {
            fields: { 'address.calle': 'required', 'contact.email': 'email' },
          }),
      });
      await submitAll(el);
      // The earliest step with an error: the street is on step 1.
      await waitUntil(() => el.step === 1, 'back to step 1');
      const summary = el.shadowRoot!.querySelector<HTMLElement>('.summary')!;
      await waitUntil(() => el.shadowRoot!.activeElement === summary, 'summary focused');
      expect(summary.querySelectorAll('a')).to.have.length(2);
      expect(field(el, 'calle').getAttribute('aria-invalid')).to.equal('true');
      expect(field(el, 'calle').value).to.equal('Álvaro Obregón');
      expect(field(el, 'curp').value).to.equal(CURP);
    });

    it('says a connection failure in plain words and keeps the step and what was typed', async () => {
      const { el } = await mount({
        'POST /v1/registrations': () => {
          throw new TypeError('Failed to fetch');
        },
      });
      await submitAll(el);
      await waitUntil(() => el.shadowRoot!.querySelector('.alert'), 'alert');
      expect(el.shadowRoot!.querySelector('.alert')!.textContent).to.contain('no perdiste nada');
      expect(el.step).to.equal(3);
      expect(field(el, 'password').value).to.equal(PASSWORD);
    });
  });

  describe('the end', () => {
    it('ends on a heading that says the account is ready, focused, with the way to sign in', async () => {
      const { el } = await mount();
      await submitAll(el);
      await waitUntil(() => el.step === 4);
      const verifier = el.shadowRoot!.querySelector('llave-contact-verifier')!;
      expect(heading(el).textContent).to.contain('Confirma tu correo');
      // The code step shows the email as she typed it, in full, not j***@example.com.
      await verifier.updateComplete;
      const intro = verifier.shadowRoot!.querySelector('[part="intro"]')!.textContent!;
      expect(intro).to.contain('juan@example.com').and.not.contain('j***');
      verifier.dispatchEvent(new LlaveContactVerifiedEvent('ver-1', 'email', 'verificada'));
      await waitUntil(() => el.shadowRoot!.activeElement === heading(el), 'focus on the heading');
      expect(heading(el).textContent!.trim()).to.equal('Tu cuenta está lista');
      expect(heading(el).textContent).not.to.contain('Confirma tu correo');
      const signIn = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="sign-in"]')!;
      expect(signIn.textContent!.trim()).to.equal('Iniciar sesión');
      expect(signIn.getAttribute('href')).to.equal('/llave/login?returnTo=%2F');
      await expect(el).to.be.accessible();
    });
  });

  describe('password', () => {
    async function toStep3() {
      const m = await mount();
      await toPasswordStep(m.el);
      return m;
    }

    it('puts username and new-password where password managers look: light DOM, inside a real form', async () => {
      const { el } = await toStep3();
      const inputs = [...document.querySelectorAll<HTMLInputElement>('input[autocomplete]')];
      const user = inputs.find((i) => i.autocomplete === 'username')!;
      const fresh = inputs.filter((i) => i.autocomplete === 'new-password');
      expect(user.value).to.equal('juan@example.com');
      expect(fresh).to.have.length(2);
      for (const i of [user, ...fresh]) expect(i.form).to.equal(el.querySelector('form'));
      await expect(el).to.be.accessible();
    });

    it('rejects a common password next to the field and never submits it', async () => {
      const { el, api } = await toStep3();
      await type(el, 'password', 'password123');
      await type(el, 'passwordConfirm', 'password123');
      field(el, 'acceptPrivacyNotice').click();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(errorOf(el, 'password')).to.match(/común|conocida/);
      expect(api.calls.some((c) => c.path === '/v1/registrations')).to.equal(false);
    });

    it('announces strength politely once typing pauses, not on every keystroke', async () => {
      const { el } = await toStep3();
      const fake = installFakeClock();
      try {
        const region = el.querySelector('form [role="status"]')!;
        expect(region.getAttribute('role')).to.equal('status');
        await type(el, 'password', 'abc');
        fake.tick(800);
        await el.updateComplete;
        expect(region.textContent!.trim()).to.equal('');
        // Each keystroke starts the pause again: typing on, nothing is said.
        await type(el, 'password', 'defghij');
        fake.tick(800);
        await el.updateComplete;
        expect(region.textContent!.trim()).to.equal('');
        fake.tick(100);
        await el.updateComplete;
        // Said once the pause is over, for what was typed by then.
        expect(region.textContent).to.contain('Seguridad');
        expect(field(el, 'password').value).to.equal('abcdefghij');
      } finally {
        fake.uninstall();
      }
    });

    it('shows and hides the password with a real toggle button', async () => {
      const { el } = await toStep3();
      const toggle = field<HTMLButtonElement>(el, 'toggle-password');
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(field(el, 'password').type).to.equal('text');
    });
  });

  describe('i18n', () => {
    it('speaks English under lang="en"', async () => {
      const { el } = await mount({}, undefined, 'en');
      await waitUntil(() => heading(el).textContent!.includes('Step 1 of 3'));
      expect(field(el, 'codigoPostal').labels![0]!.textContent).to.contain('Postal code');
    });
  });

  describe('long content in a narrow place', () => {
    // WCAG 1.4.10: a phone at 320 px (or 200 % zoom) and a 260 px sidebar. Whatever the citizen
    // typed or the server sent, as long as it comes, stays inside the wizard's box, wraps (the
    // inputs scroll their own text) and the page never scrolls sideways.
    const long = {
      nombre: 'María Guadalupe',
      primerApellido: 'Hernández de la Concepción',
      segundoApellido: 'Rodríguez Villaseñor',
      email: 'maria.guadalupe.hernandez.rodriguez.villasenor@dependencia.cdmx.gob.mx',
      mobile: '+52 (55) 1234-5678',
      calle: 'Calzada Ignacio Zaragoza esquina Avenida Río Churubusco Oriente',
      numeroInterior: 'Edificio_B-Departamento_1203-Torre_Poniente',
    };
    const postal = {
      codigoPostal: '57100',
      estado: 'Veracruz de Ignacio de la Llave',
      municipio: 'Heroica Ciudad de Juchitán de Zaragoza',
      asentamientos: [
        {
          id: '1',
          nombre: 'Colonia Ampliación Presidentes Ejidales Primera Sección',
          tipo: 'Colonia',
        },
        {
          id: '2',
          nombre: 'Unidad Habitacional Ejército Constitucionalista',
          tipo: 'Unidad habitacional',
        },
      ],
    };
    const registered = {
      curp: CURP,
      ...long,
      sexo: 'H',
      fechaNacimiento: '1990-01-15',
      estadoNacimiento: 'DF',
      fromRegistry: true,
    };
    const draft = (over: Record<string, unknown>) => ({
      ...registered,
      codigoPostal: '57100',
      asentamientoId: '1',
      numeroExterior: 'Manzana 14 Lote 27',
      ...over,
    });
    const longRoutes = (over: Record<string, Handler> = {}) => ({
      'GET /v1/catalogs/postal-codes/57100': () => ({ body: postal }),
      ...over,
    });

    /** A wizard restored from a saved draft, in `width` px (none: the whole page). */
    async function mountAt(
      width: number | undefined,
      saved: Record<string, unknown>,
      over: Record<string, Handler> = {},
      lang = 'es-MX',
    ) {
      const key = `t${++keyN}`;
      sessionStorage.setItem(`llave-registration:${key}`, JSON.stringify(saved));
      const api = testApi(routes(longRoutes(over)));
      const box = await fixture<HTMLElement>(
        html`<div style=${width ? `inline-size:${width}px` : ''}><llave-registration-wizard lang=${lang} draft-key=${key} reset-url="/recuperar.html" privacy-url="/aviso-de-privacidad.html" help-href="/ayuda" .client=${api.client}></llave-registration-wizard></div>`,
      );
      const el = box.firstElementChild as LlaveRegistrationWizard;
      if (saved.step === 1 && saved.codigoPostal)
        await waitUntil(() => field(el, 'asentamientoId'), 'colonias');
      if (saved.step === 3) await waitUntil(() => field(el, 'password'), 'password step');
      if (lang === 'en')
        await waitUntil(() => heading(el).textContent!.includes('Step'), 'English');
      return el;
    }

    const put = async (el: LlaveRegistrationWizard, name: string, value: string) => {
      const input = field(el, name);
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    };
    const submit = (el: LlaveRegistrationWizard) =>
      el.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();

    /** The shared reflow check in the wizard's box, after opening the help to check it too. */
    async function expectFits(el: LlaveRegistrationWizard, what: string) {
      const help = el.shadowRoot!.querySelector('details');
      if (help) help.open = true;
      await el.updateComplete;
      await aTimeout(0);
      expect(reflowProblems(el, el.parentElement!), what).to.deep.equal([]);
      // Forced colours once per state: on the desktop page.
      if (innerWidth === 1024 && !el.parentElement!.style.inlineSize)
        await expectForcedColors(el, what);
    }

    const places: Array<[string, number, number | undefined]> = [
      ['a 320 px screen', 320, undefined],
      ['a 260 px sidebar', 1024, 260],
      ['a 1024 px screen', 1024, undefined],
    ];
    for (const [where, viewport, width] of places) {
      describe(`in ${where}`, () => {
        // The viewport comes back even when an assertion fails.
        const at = async (check: () => Promise<void>) => {
          await setViewport({ width: viewport, height: 800 });
          try {
            await check();
          } finally {
            await setViewport({ width: 800, height: 600 });
          }
        };

        it('step 1 from the registry: long names and address, the error summary, the CURP conflict', () =>
          at(async () => {
            const el = await mountAt(width, draft({ step: 1, numeroExterior: '' }), {
              'POST /v1/registrations/availability': () => ({ body: { curp: 'registered' } }),
            });
            await expectFits(el, 'step 1');
            submit(el);
            await waitUntil(() => el.shadowRoot!.querySelector('.summary'), 'summary');
            await expectFits(el, 'step 1, summary');
            await put(el, 'numeroExterior', 'Manzana 14 Lote 27');
            submit(el);
            await waitUntil(() => el.shadowRoot!.querySelector('.conflict'), 'conflict');
            await expectFits(el, 'step 1, conflict');
          }));

        it('step 1 for a foreign national in English: every field wrong in the summary', () =>
          at(async () => {
            const el = await mountAt(
              width,
              {
                step: 1,
                kind: 'extranjero',
                ...long,
                documentoNumero: 'PASAPORTE0123456789ABCDEFGHIJK',
                nacionalidadTexto: 'República Democrática del Congo Oriental',
              },
              {},
              'en',
            );
            await expectFits(el, 'foreign');
            submit(el);
            await waitUntil(() => el.shadowRoot!.querySelector('.summary'), 'summary');
            await expectFits(el, 'foreign, summary');
          }));

        it('step 2 in English: a long email and mobile, already registered', () =>
          at(async () => {
            const el = await mountAt(
              width,
              draft({ step: 2 }),
              {
                'POST /v1/registrations/availability': () => ({
                  body: { email: 'registered', mobile: 'registered' },
                }),
              },
              'en',
            );
            await expectFits(el, 'step 2');
            submit(el);
            await waitUntil(() => el.shadowRoot!.querySelector('.conflict'), 'conflict');
            await expectFits(el, 'step 2, conflict');
          }));

        it('a refusal with error codes the wizard has no words for: shown as the server sent them', () =>
          at(async () => {
            const refuse = (fields: Record<string, string>) => () =>
              apiError(422, 'validation_failed', { fields });
            const el = await mountAt(width, draft({ step: 3, acceptPrivacyNotice: true }), {
              'POST /v1/registrations': refuse({
                'address.calle': 'calle_con_caracteres_no_permitidos_por_el_catalogo_postal',
                'personal.nombre': 'nombre_distinto_al_registrado_en_renapo',
              }),
            });
            await put(el, 'password', PASSWORD);
            await put(el, 'passwordConfirm', PASSWORD);
            submit(el);
            await waitUntil(() => el.step === 1 && el.shadowRoot!.querySelector('.summary'));
            await waitUntil(() => errorOf(el, 'calle') !== '', 'the error under the street');
            await expectFits(el, 'step 1, server codes');
          }));

        for (const lang of ['es-MX', 'en']) {
          it(`step 3 (${lang}) with the long email as username, a failed send, then the code and the end`, () =>
            at(async () => {
              let fail = true;
              const el = await mountAt(
                width,
                draft({ step: 3, acceptPrivacyNotice: true }),
                {
                  'POST /v1/registrations': (call) => {
                    if (fail) throw new TypeError('Failed to fetch');
                    return routes()['POST /v1/registrations']!(call);
                  },
                },
                lang,
              );
              await put(el, 'password', 'corto');
              expect(field(el, 'username').value).to.equal(long.email);
              await expectFits(el, 'step 3, weak password');
              await put(el, 'password', PASSWORD);
              await put(el, 'passwordConfirm', PASSWORD);
              submit(el);
              await waitUntil(() => el.shadowRoot!.querySelector('.alert'), 'alert');
              await expectFits(el, 'step 3, alert');
              fail = false;
              submit(el);
              await waitUntil(() => el.step === 4, 'registered');
              const verifier = el.shadowRoot!.querySelector('llave-contact-verifier')!;
              await verifier.updateComplete;
              await expectFits(el, 'step 4');
              verifier.dispatchEvent(new LlaveContactVerifiedEvent('ver-1', 'email', 'verificada'));
              await waitUntil(() => el.shadowRoot!.querySelector('[part="sign-in"]'), 'the end');
              await expectFits(el, 'the end');
            }));
        }
      });
    }
  });

  describe('layout', () => {
    it('fits a 320 px wide screen', async () => {
      await setViewport({ width: 320, height: 700 });
      try {
        const { el } = await mount();
        // One frame for layout after the first render.
        await aTimeout(0);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });
});
