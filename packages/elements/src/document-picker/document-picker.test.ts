import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { LlaveDocumentSelectEvent } from '../events/document-select.js';
import type { LlaveDocumentPicker } from './document-picker.js';
import './llave-document-picker.js';
import { expectHelpAtEnd, helpOf, helpOffset, helpTopics } from '../internal/help/test-helpers.js';
import { expectLayout } from '../internal/test-helpers.js';
import {
  apiError,
  chooseFiles,
  createTestApi,
  holdSession,
  MAX_BYTES,
  PDF_BYTES,
  provideSession,
  routeXhr,
  sampleDocuments,
  type TestApi,
} from './test-api.js';

async function mount(api: TestApi, attrs = '', lang = 'es-MX') {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  provideSession(wrapper, api);
  wrapper.innerHTML = `<form><llave-document-picker name="docs" agency="semovi" agency-name="SEMOVI"
    tramite="Renovación de licencia" ${attrs}></llave-document-picker><button>Enviar</button></form>`;
  const el = wrapper.querySelector('llave-document-picker')!;
  await waitUntil(
    () => el.shadowRoot?.querySelector('.notice, [part=list]') && !el.matches(':state(loading)'),
    'loading never ended',
  );
  await el.updateComplete;
  return el;
}

const root = (el: LlaveDocumentPicker) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: LlaveDocumentPicker, sel: string) =>
  root(el).querySelector<T>(sel)!;
const text = (el: LlaveDocumentPicker) => root(el).textContent!.replace(/\s+/g, ' ');
const checkbox = (el: LlaveDocumentPicker, name: string) =>
  [...root(el).querySelectorAll<HTMLInputElement>('.list input[type=checkbox]')].find(
    (c) => c.labels?.[0]?.textContent?.trim() === name,
  )!;
const buttonNamed = (el: LlaveDocumentPicker, name: string) =>
  [...root(el).querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === name,
  )!;
const alertText = (el: LlaveDocumentPicker) =>
  [...root(el).querySelectorAll('[role=alert]')].map((n) => n.textContent!.trim()).join(' ');
/** An API whose calls fail as without a connection until `reconnect()`. */
function withoutConnection() {
  const api = createTestApi();
  let fail = true;
  const real = api.handle;
  api.handle = async (req) => {
    if (fail && req.url.includes('/api/')) throw new TypeError('Failed to fetch');
    return real(req);
  };
  return {
    api,
    reconnect: () => {
      fail = false;
    },
  };
}
const statusText = (el: LlaveDocumentPicker) =>
  [...root(el).querySelectorAll('[role=status]')].map((n) => n.textContent!.trim()).join(' ');

describe('<llave-document-picker>', () => {
  let unroute: (() => void) | undefined;
  afterEach(() => {
    unroute?.();
    unroute = undefined;
  });

  it('passes accessibility checks', async () => {
    const el = await mount(
      createTestApi(),
      'required-types="identificacion,comprobante-domicilio"',
    );
    await expect(el).to.be.accessible();
  });

  it('keeps the help in place while the session is read and the sign-in notice replaces it', async () => {
    const api = createTestApi();
    api.session = { authenticated: false };
    const held = holdSession(api);
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es-MX"></div>`);
    provideSession(wrapper, held.api);
    wrapper.innerHTML = '<llave-document-picker></llave-document-picker>';
    const el = wrapper.querySelector('llave-document-picker')!;
    await waitUntil(() => root(el).querySelector('.muted[role=status]'), 'never loading');
    const before = helpOffset(el);
    held.release();
    await waitUntil(() => root(el).querySelector('.notice'), 'no sign-in notice');
    await el.updateComplete;
    expect(helpOffset(el)).to.equal(before);
  });
  it('renders an arriving expediente in three tasks, in reading order (issue 18)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es-MX"></div>`);
    provideSession(wrapper, createTestApi());
    wrapper.innerHTML =
      '<llave-document-picker required-types="identificacion"></llave-document-picker>';
    const el = wrapper.querySelector('llave-document-picker')!;
    // What each update left in place: what the trámite needs, the documents, the share.
    const seen: string[] = [];
    el.addController({
      hostUpdated: () => {
        const parts = ['[part=requirements]', '[part=list]', '[part=consent]'].filter((p) =>
          root(el).querySelector(p),
        );
        if (parts.join() !== seen.at(-1)) seen.push(parts.join());
      },
    });
    await waitUntil(() => root(el).querySelector('[part=consent]'), 'never whole');
    expect(seen).to.deep.equal([
      '',
      '[part=requirements]',
      '[part=requirements],[part=list]',
      '[part=requirements],[part=list],[part=consent]',
    ]);
  });

  it('has the documented defaults', async () => {
    const el = document.createElement('llave-document-picker');
    expect(el.name).to.equal('');
    expect(el.requiredTypes).to.deep.equal([]);
    expect(el.disabled).to.equal(false);
    expect([el.agency, el.agencyName, el.tramite]).to.deep.equal(['', '', '']);
    expect(el.helpHref).to.equal(undefined);
    expect(el.client).to.equal(undefined);
    expect((el.constructor as typeof LlaveDocumentPicker).formAssociated).to.equal(true);
  });

  describe('without a session', () => {
    it('asks to sign in with a link back to this page, and is accessible', async () => {
      const api = createTestApi();
      api.session = { authenticated: false };
      const el = await mount(api);
      expect(text(el)).to.contain('Inicia sesión para usar tu expediente');
      const link = $<HTMLAnchorElement>(el, 'a');
      const url = new URL(link.href);
      expect(url.pathname).to.equal('/llave/login');
      expect(url.searchParams.get('returnTo')).to.equal(location.pathname + location.search);
      expect(el.matches(':state(signed-out)')).to.equal(true);
      expect(api.calls.some((c) => c.path.startsWith('/llave/api/'))).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('treats a 401 from the API like no session', async () => {
      const api = createTestApi();
      api.overrides.set('GET /llave/api/v1/me/documents', () => apiError(401, 'unauthorized'));
      const el = await mount(api);
      await waitUntil(() => text(el).includes('Inicia sesión para usar tu expediente'));
      expect(el.matches(':state(signed-out)')).to.equal(true);
      expect($<HTMLAnchorElement>(el, 'a').getAttribute('href')).to.match(
        /^\/llave\/login\?returnTo=/,
      );
    });

    it('explains the level needed on 403 level_required and links to raise it', async () => {
      const api = createTestApi();
      api.overrides.set('GET /llave/api/v1/me/documents', () =>
        apiError(403, 'level_required', { requiredLevel: 'firma' }),
      );
      const el = await mount(api);
      await waitUntil(() => text(el).includes('nivel con firma'));
      expect(new URL($<HTMLAnchorElement>(el, 'a').href).searchParams.get('level')).to.equal(
        'firma',
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('loading, empty, error and offline', () => {
    it('shows the empty state with the upload area', async () => {
      const el = await mount(createTestApi([]));
      expect(text(el)).to.contain('Todavía no tienes documentos');
      expect(buttonNamed(el, 'Elegir archivo')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('says "Sin conexión" on a network error and retries on demand', async () => {
      const { api, reconnect } = withoutConnection();
      const el = await mount(api);
      await waitUntil(() => el.matches(':state(offline)'));
      expect(alertText(el)).to.contain('Sin conexión');
      await expect(el).to.be.accessible();
      reconnect();
      buttonNamed(el, 'Reintentar').click();
      await waitUntil(() => text(el).includes('Credencial INE'));
      expect(el.matches(':state(offline)')).to.equal(false);
    });

    it('loads again by itself when the connection comes back after a failed load', async () => {
      const { api, reconnect } = withoutConnection();
      const el = await mount(api);
      await waitUntil(() => el.matches(':state(offline)'));
      reconnect();
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => text(el).includes('Credencial INE'), 'no reload on reconnect');
      expect(el.matches(':state(offline)')).to.equal(false);
    });

    it('shows a retryable error when the server fails', async () => {
      const api = createTestApi();
      api.overrides.set('GET /llave/api/v1/me/documents', () =>
        apiError(502, 'upstream_unavailable'),
      );
      const el = await mount(api);
      await waitUntil(() => alertText(el).includes('No pudimos cargar tus documentos'));
      api.overrides.clear();
      buttonNamed(el, 'Reintentar').click();
      await waitUntil(() => text(el).includes('Credencial INE'));
    });
  });

  describe('the list', () => {
    it('shows type, upload date, cotejo date and status, with the rejection reason', async () => {
      const el = await mount(createTestApi());
      const items = root(el).querySelectorAll('[part=item]');
      expect(items).to.have.length(3);
      const [ine, , foto] = [...items].map((i) => i.textContent!.replace(/\s+/g, ' '));
      expect(ine).to.contain('Identificación oficial').and.contain('5 de enero de 2026');
      expect(ine).to.contain('8 de enero de 2026').and.contain('Cotejado');
      expect(foto).to.contain('Rechazado').and.contain('La foto está borrosa.');
      expect($(el, 'ul[part=list]').getAttribute('aria-labelledby')).to.equal('list-heading');
      // The list has a heading of its own under the component's: no two headings say the same.
      const headings = [...root(el).querySelectorAll('h2, h3')].map((h) => h.textContent!.trim());
      expect(headings.slice(0, 2)).to.deep.equal(['Tu expediente', 'Tus documentos guardados']);
      expect(new Set(headings).size).to.equal(headings.length);
    });

    it('does not let a rejected document be picked, and says why', async () => {
      const el = await mount(createTestApi());
      const box = checkbox(el, 'Fotografía de frente');
      expect(box.disabled).to.equal(true);
      const help = root(el).getElementById(box.getAttribute('aria-describedby')!)!;
      expect(help.textContent).to.contain('Reemplázalo');
    });

    it('searches by name ignoring accents and case, and filters by type', async () => {
      const el = await mount(createTestApi());
      const search = $<HTMLInputElement>(el, '#search');
      search.value = 'FOTOGRAFIA';
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(root(el).querySelectorAll('[part=item]')).to.have.length(1);
      expect(statusText(el)).to.contain('1 documento');
      search.value = '';
      search.dispatchEvent(new Event('input'));
      const type = $<HTMLSelectElement>(el, '#type-filter');
      type.value = 'comprobante-domicilio';
      type.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const names = [...root(el).querySelectorAll('[part=item] label')].map((l) =>
        l.textContent!.trim(),
      );
      expect(names).to.deep.equal(['Recibo de luz (CFE)']);
    });

    it('formats dates in English when the page is in English', async () => {
      const el = await mount(createTestApi(), '', 'en');
      // Each namespace (the picker's, core's document types, the help) arrives on its own; a
      // render in between can show some in English and the rest still in Spanish.
      await waitUntil(
        () => text(el).includes('Your document file') && text(el).includes('Official ID'),
      );
      expect(text(el)).to.contain('January 5, 2026');
    });

    it('does not overflow at 320 px', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await mount(createTestApi(), 'required-types="identificacion"');
        expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      } finally {
        await setViewport({ width: 1024, height: 768 });
      }
    });
  });

  describe('required types and the form', () => {
    it('shows what is missing and is valueMissing until every required type is chosen', async () => {
      const el = await mount(
        createTestApi(),
        'required-types="identificacion,comprobante-domicilio"',
      );
      expect($(el, '[part=requirements]').textContent!.replace(/\s+/g, ' ')).to.contain(
        'Identificación oficial: Falta',
      );
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.matches(':state(missing)')).to.equal(true);
      checkbox(el, 'Credencial INE').click();
      checkbox(el, 'Recibo de luz (CFE)').click();
      await el.updateComplete;
      expect($(el, '[part=requirements]').textContent).not.to.contain('Falta');
      expect(el.validity.valueMissing).to.equal(false);
      // Chosen but not shared yet: the form still cannot be sent without the references.
      expect(el.validity.valid).to.equal(false);
      expect(el.form!.checkValidity()).to.equal(false);
    });

    it('puts one FormData entry per shared reference in the surrounding form', async () => {
      const el = await mount(createTestApi(), 'required-types="identificacion"');
      // The trámite's own types show first; a document of another type is one filter away.
      const type = $<HTMLSelectElement>(el, '#type-filter');
      type.value = '';
      type.dispatchEvent(new Event('change'));
      await el.updateComplete;
      checkbox(el, 'Credencial INE').click();
      checkbox(el, 'Recibo de luz (CFE)').click();
      await el.updateComplete;
      $<HTMLInputElement>(el, '#consent').click();
      buttonNamed(el, 'Compartir documentos').click();
      await oneEvent(el, 'llave-document-select');
      const data = new FormData(el.form!);
      expect(data.getAll('docs')).to.deep.equal(['ref-doc-ine', 'ref-doc-cfe']);
      expect(el.validity.valid).to.equal(true);
      el.form!.reset();
      await el.updateComplete;
      expect(new FormData(el.form!).getAll('docs')).to.deep.equal([]);
    });
  });

  describe('a trámite on a phone (issue 14, item 7)', () => {
    it('shows only the types the trámite needs, one compact row each with its choice and action', async () => {
      const el = await mount(
        createTestApi(),
        'required-types="identificacion,comprobante-domicilio"',
      );
      const names = () =>
        [...root(el).querySelectorAll('[part=item] label')].map((l) => l.textContent!.trim());
      // The photo is not part of this trámite: it is not in the way.
      expect(names()).to.deep.equal(['Credencial INE', 'Recibo de luz (CFE)']);
      // Dates are folded away until asked for.
      const details = root(el).querySelector<HTMLDetailsElement>('[part=item] details')!;
      expect(details.open).to.equal(false);
      expect(details.querySelector('dl')!.checkVisibility()).to.equal(false);
      const choose = buttonNamed(el, 'Elegir Comprobante de domicilio');
      expect(choose.textContent!.trim()).to.equal('Elegir');
      choose.click();
      await waitUntil(() => root(el).activeElement === checkbox(el, 'Recibo de luz (CFE)'));
      expect(names()).to.deep.equal(['Recibo de luz (CFE)']);
      checkbox(el, 'Recibo de luz (CFE)').click();
      await el.updateComplete;
      const row = [...root(el).querySelectorAll('[part=requirements] li')][1]!;
      expect(row.textContent!.replace(/\s+/g, ' '))
        .to.contain('Listo')
        .and.contain('Recibo de luz (CFE)');
      expect(buttonNamed(el, 'Cambiar Comprobante de domicilio').textContent!.trim()).to.equal(
        'Cambiar',
      );
    });

    it('goes to the upload, its type set, when no document of the type can be used', async () => {
      const el = await mount(createTestApi(), 'required-types="fotografia"');
      buttonNamed(el, 'Elegir Fotografía').click();
      await waitUntil(() => root(el).activeElement === $(el, '[part=file-button]'));
      expect($<HTMLSelectElement>(el, '#upload-type').value).to.equal('fotografia');
    });

    it('keeps the compact page short at 360 px', async () => {
      await setViewport({ width: 360, height: 740 });
      try {
        const el = await mount(
          createTestApi(),
          'required-types="identificacion,comprobante-domicilio"',
        );
        const item = root(el).querySelector('[part=item]')!;
        // Name, type and status, and the two actions: about a third of the screen, not a whole one.
        expect(item.getBoundingClientRect().height).to.be.below(740 / 3);
      } finally {
        await setViewport({ width: 1024, height: 768 });
      }
    });
  });

  describe('consent and sharing', () => {
    it('never shares without the consent box ticked', async () => {
      const api = createTestApi();
      const el = await mount(api);
      let fired = false;
      el.addEventListener('llave-document-select', () => {
        fired = true;
      });
      checkbox(el, 'Credencial INE').click();
      await el.updateComplete;
      buttonNamed(el, 'Compartir documentos').click();
      await el.updateComplete;
      expect(alertText(el)).to.contain('Marca la casilla de autorización');
      expect(root(el).activeElement?.id).to.equal('consent');
      expect(api.calls.some((c) => c.path.endsWith('/document-shares'))).to.equal(false);
      expect(fired).to.equal(false);
    });

    it('records the consent text and emits references only, never bytes', async () => {
      const api = createTestApi();
      const el = await mount(api);
      const consent = $<HTMLInputElement>(el, '#consent');
      expect(consent.labels![0]!.textContent).to.equal(
        'Autorizo compartir estos documentos con SEMOVI para Renovación de licencia.',
      );
      checkbox(el, 'Credencial INE').click();
      await el.updateComplete;
      consent.click();
      const selected = oneEvent(el, 'llave-document-select');
      buttonNamed(el, 'Compartir documentos').click();
      const ev = (await selected) as unknown as LlaveDocumentSelectEvent;
      expect(ev.bubbles && ev.composed).to.equal(true);
      expect(api.shares).to.deep.equal([
        {
          documentIds: ['doc-ine'],
          agency: 'semovi',
          tramite: 'Renovación de licencia',
          consentText:
            'Autorizo compartir estos documentos con SEMOVI para Renovación de licencia.',
        },
      ]);
      expect(ev.selection.documents).to.deep.equal([
        { id: 'doc-ine', type: 'identificacion', name: 'Credencial INE', ref: 'ref-doc-ine' },
      ]);
      const hasBytes = (v: unknown): boolean =>
        v instanceof Blob ||
        v instanceof ArrayBuffer ||
        ArrayBuffer.isView(v) ||
        (typeof v === 'object' && v !== null && Object.values(v).some(hasBytes));
      expect(hasBytes(ev.selection)).to.equal(false);
      expect(el.matches(':state(shared)')).to.equal(true);
      await waitUntil(() => statusText(el).includes('Compartiste 1 documento con SEMOVI'));
    });

    it('asks for a fresh consent when the selection changes after sharing', async () => {
      const el = await mount(createTestApi());
      checkbox(el, 'Credencial INE').click();
      await el.updateComplete;
      $<HTMLInputElement>(el, '#consent').click();
      buttonNamed(el, 'Compartir documentos').click();
      await oneEvent(el, 'llave-document-select');
      checkbox(el, 'Recibo de luz (CFE)').click();
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#consent').checked).to.equal(false);
      expect(new FormData(el.form!).getAll('docs')).to.deep.equal([]);
      expect(el.matches(':state(shared)')).to.equal(false);
      expect($<HTMLButtonElement>(el, '#share').disabled).to.equal(false);
    });
  });

  describe('uploads', () => {
    it('shows the size limit before any upload', async () => {
      const el = await mount(createTestApi());
      expect($(el, '#limits').textContent).to.equal('PDF, JPEG o PNG de hasta 2 MB.');
      expect($(el, '[part=file-button]').getAttribute('aria-describedby')).to.equal('limits');
    });

    it('uploads through the file button with progress and the CSRF header, then picks it', async () => {
      const api = createTestApi();
      let release = () => {};
      // The upload stays half sent until released: what it shows meanwhile is checked for sure.
      unroute = routeXhr(api, new Promise<void>((r) => (release = r)));
      const el = await mount(api);
      const type = $<HTMLSelectElement>(el, '#upload-type');
      type.value = 'identificacion';
      type.dispatchEvent(new Event('change'));
      await el.updateComplete;
      chooseFiles($<HTMLInputElement>(el, '#file-input'), [
        new File([PDF_BYTES], 'ine-2026.pdf', { type: 'application/pdf' }),
      ]);
      await waitUntil(() => $<HTMLProgressElement>(el, 'progress')?.value === 50, 'no progress');
      expect(el.matches(':state(uploading)')).to.equal(true);
      expect(text(el)).to.contain('Subiendo ine-2026.pdf');
      expect(buttonNamed(el, 'Elegir archivo').hasAttribute('disabled')).to.equal(true);
      release();
      await waitUntil(() => statusText(el).includes('ine-2026.pdf ya está en tu expediente'));
      const post = api.calls.find(
        (c) => c.method === 'POST' && c.path === '/llave/api/v1/me/documents',
      )!;
      expect(post.headers.get('X-CSRF')).to.equal('1');
      await waitUntil(() => checkbox(el, 'ine-2026.pdf')?.checked);
      expect(el.matches(':state(uploading)')).to.equal(false);
    });

    it('accepts a dropped file', async () => {
      const api = createTestApi();
      unroute = routeXhr(api);
      const el = await mount(api);
      const type = $<HTMLSelectElement>(el, '#upload-type');
      type.value = 'acta';
      type.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const dt = new DataTransfer();
      dt.items.add(new File([PDF_BYTES], 'acta.pdf', { type: 'application/pdf' }));
      $(el, '[part=dropzone]').dispatchEvent(
        new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }),
      );
      await waitUntil(() => api.docs.some((d) => d.name === 'acta.pdf'));
      expect(api.docs.find((d) => d.name === 'acta.pdf')!.type).to.equal('acta');
    });

    it('refuses before uploading: no type, too large, or not really a PDF/JPEG/PNG', async () => {
      const api = createTestApi();
      unroute = routeXhr(api);
      const el = await mount(api);
      const input = $<HTMLInputElement>(el, '#file-input');
      chooseFiles(input, [new File([PDF_BYTES], 'a.pdf')]);
      await waitUntil(() => alertText(el).includes('Primero elige qué tipo'));
      const type = $<HTMLSelectElement>(el, '#upload-type');
      type.value = 'otro';
      type.dispatchEvent(new Event('change'));
      chooseFiles(input, [new File([PDF_BYTES, new Uint8Array(MAX_BYTES)], 'big.pdf')]);
      await waitUntil(() => alertText(el).includes('pesa más de 2 MB'));
      // A program renamed to .pdf: the name and the declared type lie, the bytes do not.
      chooseFiles(input, [new File(['MZ\x90\x00'], 'virus.pdf', { type: 'application/pdf' })]);
      await waitUntil(() => alertText(el).includes('no es PDF, JPEG ni PNG'));
      expect(api.calls.filter((c) => c.method === 'POST')).to.have.length(0);
    });

    it('clears a "too large" alert once it no longer applies', async () => {
      const api = createTestApi();
      unroute = routeXhr(api);
      const el = await mount(api);
      const input = $<HTMLInputElement>(el, '#file-input');
      const type = $<HTMLSelectElement>(el, '#upload-type');
      type.value = 'otro';
      type.dispatchEvent(new Event('change'));
      const tooBig = () => new File([PDF_BYTES, new Uint8Array(MAX_BYTES)], 'big.pdf');
      chooseFiles(input, [tooBig()]);
      await waitUntil(() => alertText(el).includes('pesa más de 2 MB'));
      // Choosing a document already in the expediente instead.
      checkbox(el, 'Credencial INE').click();
      await el.updateComplete;
      expect(alertText(el)).not.to.contain('2 MB');
      // A new attempt, even one that fails differently, replaces the old alert.
      chooseFiles(input, [tooBig()]);
      await waitUntil(() => alertText(el).includes('pesa más de 2 MB'));
      chooseFiles(input, [new File(['MZ\x90\x00'], 'virus.pdf', { type: 'application/pdf' })]);
      await waitUntil(() => alertText(el).includes('no es PDF, JPEG ni PNG'));
      expect(alertText(el)).not.to.contain('2 MB');
      // A valid upload.
      chooseFiles(input, [tooBig()]);
      await waitUntil(() => alertText(el).includes('pesa más de 2 MB'));
      chooseFiles(input, [new File([PDF_BYTES], 'ok.pdf', { type: 'application/pdf' })]);
      await waitUntil(() => statusText(el).includes('ok.pdf'));
      expect(alertText(el).trim()).to.equal('');
    });

    for (const [what, answer, message] of [
      [
        "the server's 413",
        () => apiError(413, 'payload_too_large'),
        'demasiado grande. El máximo es 2 MB.',
      ],
      [
        "the server's 415",
        () => apiError(415, 'unsupported_media_type'),
        'Sube un PDF, JPEG o PNG',
      ],
      // A proxy in front of the BFF: no JSON body, the status still says it all.
      [
        "a proxy's HTML 413 page",
        () => new Response('<html>413 Request Entity Too Large</html>', { status: 413 }),
        'demasiado grande. El máximo es 2 MB.',
      ],
    ] as const) {
      it(`translates ${what}`, async () => {
        const api = createTestApi();
        api.overrides.set('POST /llave/api/v1/me/documents', answer);
        unroute = routeXhr(api);
        const el = await mount(api);
        const type = $<HTMLSelectElement>(el, '#upload-type');
        type.value = 'otro';
        type.dispatchEvent(new Event('change'));
        chooseFiles($<HTMLInputElement>(el, '#file-input'), [new File([PDF_BYTES], 'x.pdf')]);
        await waitUntil(() => alertText(el).includes(message));
        expect(api.docs).to.have.length(3);
      });
    }
  });

  describe('long names in a narrow place', () => {
    const FILE = 'comprobante_de_domicilio_agosto_2026_version_final_firmada.pdf';
    const AGENCY =
      'Secretaría de Administración y Finanzas de la Ciudad de México, Dirección General de Patrimonio Inmobiliario';
    const TRAMITE =
      'Constancia de adeudos del impuesto predial para el predio de Colonia Ampliación Presidentes Ejidales Primera Sección';
    function longDocs() {
      const [ine, cfe, foto] = sampleDocuments();
      return [
        {
          ...ine!,
          name: 'Credencial para votar de María Guadalupe Hernández de la Concepción Rodríguez Villaseñor',
        },
        { ...cfe!, name: FILE },
        {
          ...foto!,
          name: 'fotografia_de_frente_fondo_blanco_maria_guadalupe_hernandez_rodriguez.png',
          rejectionReason:
            'La foto está borrosa; escribe a maria.guadalupe.hernandez.rodriguez.villasenor@dependencia.cdmx.gob.mx',
        },
      ];
    }
    async function mountLong(lang: string) {
      const api = createTestApi(longDocs());
      const el = await mount(
        api,
        'required-types="identificacion,comprobante-domicilio,personalidad-juridica,fotografia"',
        lang,
      );
      el.agencyName = AGENCY;
      el.tramite = TRAMITE;
      await el.updateComplete;
      await waitUntil(() => root(el).querySelector('[part=consent]'), 'never whole');
      return { api, el };
    }

    for (const lang of ['es-MX', 'en']) {
      it(`stays inside 320 px and narrow sidebars: list, requirements, share, ${lang}`, async () => {
        const { el } = await mountLong(lang);
        await expectLayout(el, 'list');
        // Chosen: the requirement rows name them.
        for (const c of root(el).querySelectorAll<HTMLInputElement>('.list input:not(:disabled)')) {
          c.click();
        }
        await el.updateComplete;
        expect(text(el)).to.contain(FILE);
        await expectLayout(el, 'chosen');
        // Shared without every type: the alert lists what is missing.
        $(el, '#share').click();
        await el.updateComplete;
        await expectLayout(el, 'share refused');
        el.requiredTypes = ['identificacion'];
        $(el, '#consent').click();
        await el.updateComplete;
        $(el, '#share').click();
        await waitUntil(() => el.matches(':state(shared)'), 'not shared');
        await el.updateComplete;
        await expectLayout(el, 'shared');
      });

      it(`stays inside 320 px and narrow sidebars: upload, its errors, the dialogs, ${lang}`, async () => {
        const { api, el } = await mountLong(lang);
        let release = () => {};
        unroute = routeXhr(api, new Promise<void>((r) => (release = r)));
        const type = $<HTMLSelectElement>(el, '#upload-type');
        type.value = 'personalidad-juridica';
        type.dispatchEvent(new Event('change'));
        await el.updateComplete;
        const input = $<HTMLInputElement>(el, '#file-input');
        chooseFiles(input, [new File([PDF_BYTES, new Uint8Array(MAX_BYTES)], FILE)]);
        await waitUntil(() => alertText(el).includes('2 MB'), 'no too-large alert');
        await expectLayout(el, 'too large');
        chooseFiles(input, [new File([PDF_BYTES], `nuevo_${FILE}`, { type: 'application/pdf' })]);
        await waitUntil(() => $<HTMLProgressElement>(el, 'progress')?.value === 50, 'no progress');
        await expectLayout(el, 'uploading');
        release();
        await waitUntil(() => statusText(el).includes(`nuevo_${FILE}`), 'not uploaded');
        await expectLayout(el, 'uploaded');
        // The confirm dialogs, at 320 px and in a sidebar (the dialog is the viewport's).
        buttonNamed(el, lang === 'en' ? `Delete ${FILE}` : `Eliminar ${FILE}`).click();
        await el.updateComplete;
        expect($<HTMLDialogElement>(el, 'dialog').open).to.equal(true);
        await expectLayout(el, 'delete dialog');
        await sendKeys({ press: 'Escape' });
        await waitUntil(() => !$<HTMLDialogElement>(el, 'dialog').open);
        const foto = api.docs.find((d) => d.id === 'doc-foto')!;
        buttonNamed(el, lang === 'en' ? `Replace ${foto.name}` : `Reemplazar ${foto.name}`).click();
        const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
        chooseFiles($<HTMLInputElement>(el, '#replace-input'), [new File([png], `otra_${FILE}`)]);
        await waitUntil(() => $<HTMLDialogElement>(el, 'dialog').open, 'no replace dialog');
        await expectLayout(el, 'replace dialog');
        await sendKeys({ press: 'Escape' });
      });
    }
  });

  describe('replace and delete', () => {
    it('deletes only after confirming in a modal dialog, then returns focus', async () => {
      const api = createTestApi();
      const el = await mount(api);
      buttonNamed(el, 'Eliminar Recibo de luz (CFE)').click();
      await el.updateComplete;
      const dialog = $<HTMLDialogElement>(el, 'dialog');
      expect(dialog.matches(':modal'), 'not modal').to.equal(true);
      expect(dialog.textContent).to.contain('¿Eliminar Recibo de luz (CFE)?');
      expect(root(el).activeElement?.textContent?.trim()).to.equal('Cancelar');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open);
      await el.updateComplete;
      expect(api.docs).to.have.length(3);
      expect(root(el).activeElement?.getAttribute('aria-label')).to.equal(
        'Eliminar Recibo de luz (CFE)',
      );

      buttonNamed(el, 'Eliminar Recibo de luz (CFE)').click();
      await el.updateComplete;
      buttonNamed(el, 'Sí, eliminar').click();
      await waitUntil(() => statusText(el).includes('Eliminaste Recibo de luz (CFE)'));
      await waitUntil(() => root(el).querySelectorAll('[part=item]').length === 2);
      expect(api.calls.find((c) => c.method === 'DELETE')!.headers.get('X-CSRF')).to.equal('1');
      expect(root(el).activeElement?.id).to.equal('list-heading');
    });

    it('replaces a rejected document after confirmation', async () => {
      const api = createTestApi();
      unroute = routeXhr(api);
      const el = await mount(api);
      buttonNamed(el, 'Reemplazar Fotografía de frente').focus();
      // Nothing chosen: nothing happens.
      chooseFiles($<HTMLInputElement>(el, '#replace-input'), []);
      await el.updateComplete;
      expect($<HTMLDialogElement>(el, 'dialog').open).to.equal(false);
      expect(alertText(el).trim()).to.equal('');
      buttonNamed(el, 'Reemplazar Fotografía de frente').click();
      const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
      chooseFiles($<HTMLInputElement>(el, '#replace-input'), [new File([png], 'foto-nueva.png')]);
      await waitUntil(() => $<HTMLDialogElement>(el, 'dialog').open);
      expect($(el, 'dialog').textContent).to.contain('Subirás foto-nueva.png en su lugar');
      // Nothing is sent before the citizen confirms.
      expect(api.calls.some((c) => c.method === 'PUT')).to.equal(false);
      buttonNamed(el, 'Sí, reemplazar').click();
      await waitUntil(() => api.docs.find((d) => d.id === 'doc-foto')!.status === 'cargado');
      await waitUntil(() => !checkbox(el, 'Fotografía de frente').disabled);
      expect(statusText(el)).to.contain('reemplazaste Fotografía de frente');
      // Back on the button that started it, not on the page.
      expect(root(el).activeElement?.getAttribute('aria-label')).to.equal(
        'Reemplazar Fotografía de frente',
      );
    });
  });

  describe('help at the end (issue 14, item 2)', () => {
    const help = helpOf;
    const topics = helpTopics;

    it('ends with the same help as every component, the agency page and LOCATEL', async () => {
      const el = await mount(createTestApi(), 'help-href="/ayuda"');
      expect(topics(el)[0]).to.equal('¿Dónde hago mi trámite?');
      await expectHelpAtEnd(el, $(el, '[part=base]'), '/ayuda');
    });

    it('leads with the answer for the trouble at hand: no connection, or not signed in', async () => {
      const offline = await mount(withoutConnection().api);
      await waitUntil(() => offline.matches(':state(offline)'));
      expect(topics(offline)[0]).to.equal('La página no carga');

      const signedOut = createTestApi();
      signedOut.session = { authenticated: false };
      const el = await mount(signedOut);
      expect(topics(el)[0]).to.equal('Ya no tengo el correo o el celular de mi cuenta');
      expect(help(el).querySelector('a[href="/ayuda"]')).to.equal(null);
    });

    it('speaks English on an English page', async () => {
      const el = await mount(createTestApi(), '', 'en');
      await waitUntil(() => text(el).includes('Your document file'));
      await waitUntil(() => help(el).querySelector('summary')!.textContent !== '¿Necesitas ayuda?');
      expect(help(el).textContent).not.to.contain('¿Dónde hago mi trámite?');
    });
  });

  describe('keyboard', () => {
    it('picks documents with Tab and Space', async () => {
      const el = await mount(createTestApi(), 'required-types="identificacion"');
      $<HTMLInputElement>(el, '#type-filter').focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(checkbox(el, 'Credencial INE'));
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(checkbox(el, 'Credencial INE').checked).to.equal(true);
      expect(el.validity.valueMissing).to.equal(false);
    });
  });
});
