import { ContextProvider } from '@lit/context';
import { BffClient, type SessionInfo, type Tramite } from '@llave-cdmx/core';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { LlaveTramiteStatusChangeEvent } from '../events/tramite-status-change.js';
import { installFakeClock } from '../internal/fake-clock.js';
import { sessionContext } from '../session/session-context.js';
import { SessionStore } from '../session/session-store.js';
import './llave-tramite-tracker.js';
import { expectHelpAtEnd, helpOffset, helpTopics } from '../internal/help/test-helpers.js';
import { expectLayout } from '../internal/test-helpers.js';
import type { LlaveTramiteTracker } from './tramite-tracker.js';

const FOLIO_OLD = 'SEMOVI2025LIC0000001';
const FOLIO_NEW = 'SEMOVI2026LIC0000042';

function tramite(folio: string, createdAt: string, steps: Tramite['status'][]): Tramite {
  return {
    folio,
    agency: { id: 'semovi', name: 'Secretaría de Movilidad' },
    name:
      folio === FOLIO_NEW
        ? 'Renovación de licencia tipo A'
        : 'Reposición de tarjeta de circulación',
    createdAt,
    updatedAt: createdAt,
    status: steps.at(-1)!,
    timeline: steps.map((status, i) => ({
      status,
      at: `${createdAt.slice(0, 10)}T1${i}:00:00Z`,
      ...(status === 'requiere-informacion' ? { note: 'Falta el comprobante de domicilio.' } : {}),
    })),
  };
}

/** A tiny API with the citizen's trámites; `tramites` can be edited between calls. */
function setup(session: SessionInfo) {
  const state = {
    session,
    tramites: [
      tramite(FOLIO_OLD, '2025-11-03T10:00:00Z', ['recibido', 'en-revision', 'concluido']),
      tramite(FOLIO_NEW, '2026-02-01T10:00:00Z', ['recibido', 'en-revision']),
    ],
    fail: undefined as undefined | 'network' | 500,
    /** While set, API answers wait for it (a request still on its way). */
    gate: undefined as undefined | Promise<void>,
    /** While set, the session read waits for it. */
    sessionGate: undefined as undefined | Promise<void>,
    calls: [] as string[],
    /** Per call: was it marked as the page's own (X-Llave-Background), not the citizen's? */
    background: [] as boolean[],
  };
  const client = new BffClient({
    fetch: async (input, init) => {
      const path = new URL(String(input), location.href).pathname;
      state.calls.push(path);
      state.background.push(new Headers(init.headers).has('X-Llave-Background'));
      const json = (status: number, body: unknown) =>
        new Response(JSON.stringify(body), {
          status,
          headers: { 'Content-Type': 'application/json' },
        });
      if (path === '/llave/session') {
        await state.sessionGate;
        return json(200, state.session);
      }
      if (state.gate) await state.gate;
      // As a real fetch: an aborted request never answers.
      if (init.signal?.aborted) throw new DOMException('Aborted', 'AbortError');
      if (state.fail === 'network') throw new TypeError('Failed to fetch');
      if (state.fail === 500) return json(500, { error: { code: 'internal_error', message: '' } });
      if (path === '/llave/api/v1/me/tramites') {
        if (!state.session.authenticated) return json(401, { error: { code: 'unauthorized' } });
        return json(200, { items: state.tramites });
      }
      const m = /^\/llave\/api\/v1\/tramites\/([^/]+)$/.exec(path);
      const found = m && state.tramites.find((t) => t.folio === m[1] || t.lineaCaptura === m[1]);
      return found ? json(200, found) : json(404, { error: { code: 'not_found', message: '' } });
    },
  });
  return { state, client };
}

const signedIn: SessionInfo = {
  authenticated: true,
  user: { sub: 'u1', name: 'Juana', level: 'verificada' },
};

async function mount(session: SessionInfo, attrs = '', lang = 'es-MX') {
  const { state, client } = setup(session);
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  new ContextProvider(wrapper, {
    context: sessionContext,
    initialValue: new SessionStore(client, wrapper),
  });
  wrapper.innerHTML = `<llave-tramite-tracker ${attrs}></llave-tramite-tracker>`;
  const el = wrapper.querySelector('llave-tramite-tracker')!;
  await waitUntil(
    () => el.shadowRoot?.querySelector('form, .list, .callout, .muted:not([role])'),
    'never settled',
  );
  await el.updateComplete;
  return { el, state };
}

const root = (el: LlaveTramiteTracker) => el.shadowRoot!;
const text = (el: Element) => (el.shadowRoot ?? el).textContent!.replace(/\s+/g, ' ');
const notice = (el: LlaveTramiteTracker) => root(el).querySelector('.notice')!.textContent!.trim();

async function lookUp(el: LlaveTramiteTracker, value: string) {
  const input = root(el).querySelector<HTMLInputElement>('#folio')!;
  input.focus();
  input.value = value;
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

describe('<llave-tramite-tracker>', () => {
  it('passes accessibility checks', async () => {
    const { el } = await mount(signedIn);
    await expect(el).to.be.accessible();
  });

  it('has the documented defaults', () => {
    const el = document.createElement('llave-tramite-tracker');
    expect(el.refreshInterval).to.equal(0);
  });

  describe('with a session', () => {
    it('lists the citizen’s trámites newest first, with agency, dates and timeline', async () => {
      const { el } = await mount(signedIn);
      const titles = [...root(el).querySelectorAll('[part=tramite] h3')].map((h) => h.textContent);
      expect(titles).to.deep.equal([
        'Renovación de licencia tipo A',
        'Reposición de tarjeta de circulación',
      ]);
      const first = root(el).querySelector('[part=tramite]')!;
      expect(text(first)).to.contain('Secretaría de Movilidad').and.contain('1 de febrero de 2026');
      const steps = first.querySelectorAll('ol[part=timeline] > li');
      expect([...steps].map((s) => s.querySelector('strong')!.textContent)).to.deep.equal([
        'Recibido',
        'En revisión',
      ]);
      expect(steps[1]!.getAttribute('aria-current')).to.equal('step');
      expect(steps[0]!.hasAttribute('aria-current')).to.equal(false);
      expect(steps[1]!.textContent).to.contain('(estado actual)');
      expect(el.matches(':state(signed-in)')).to.equal(true);
    });

    it('shows the empty state', async () => {
      const { state, client } = setup(signedIn);
      state.tramites = [];
      const el = document.createElement('llave-tramite-tracker');
      el.client = client;
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      new ContextProvider(wrapper, {
        context: sessionContext,
        initialValue: new SessionStore(client, wrapper),
      });
      wrapper.append(el);
      await waitUntil(() => text(el).includes('Todavía no tienes trámites'));
      await expect(el).to.be.accessible();
    });

    it('refreshes on demand without moving focus, announcing the change politely once', async () => {
      const { el, state } = await mount(signedIn);
      const button = root(el).querySelector<HTMLButtonElement>('[part=refresh]')!;
      button.focus();
      state.tramites[1] = tramite(FOLIO_NEW, '2026-02-01T10:00:00Z', [
        'recibido',
        'en-revision',
        'requiere-informacion',
      ]);
      const changed = oneEvent(el, 'llave-tramite-status-change');
      await sendKeys({ press: 'Enter' });
      const ev = (await changed) as unknown as LlaveTramiteStatusChangeEvent;
      expect(ev.previousStatus).to.equal('en-revision');
      expect(ev.tramite.status).to.equal('requiere-informacion');
      await waitUntil(() => notice(el).includes('ahora está: Requiere información'));
      // Once: one sentence for the one change, in the one polite region.
      expect(notice(el).split('ahora está').length).to.equal(2);
      expect(root(el).querySelectorAll('[role=status][aria-live=polite]').length).to.equal(1);
      expect(root(el).querySelector('.notice')!.getAttribute('role')).to.equal('status');
      expect(root(el).activeElement).to.equal(button);
      expect(text(el)).to.contain('Falta el comprobante de domicilio.');
      await expect(el).to.be.accessible();
      // A second refresh with nothing new says so, and fires nothing.
      let fired = false;
      el.addEventListener('llave-tramite-status-change', () => {
        fired = true;
      });
      await el.refresh();
      expect(notice(el)).to.contain('Sin cambios');
      expect(fired).to.equal(false);
    });

    it('refreshes on the interval the page sets, silently when nothing changed, and stops when removed', async () => {
      const clock = installFakeClock();
      try {
        const { el, state } = await mount(signedIn, 'refresh-interval="30"');
        const calls = () => state.calls.filter((c) => c.endsWith('/me/tramites')).length;
        expect(calls()).to.equal(1);
        clock.tick(29_999);
        expect(calls()).to.equal(1);
        clock.tick(1);
        await waitUntil(() => calls() === 2 && !el.matches(':state(refreshing)'), 'no refresh');
        await el.updateComplete;
        expect(notice(el)).to.equal('');
        // The poll is not the citizen's activity: it must not keep an idle session alive.
        const marks = state.calls
          .map((c, i) => [c, state.background[i]] as const)
          .filter(([c]) => c.endsWith('/me/tramites'))
          .map(([, b]) => b);
        expect(marks).to.deep.equal([false, true]);
        // It keeps going, once per interval…
        clock.tick(30_000);
        await waitUntil(() => calls() === 3 && !el.matches(':state(refreshing)'), 'no 2nd refresh');
        // …and stops when removed.
        el.remove();
        clock.tick(120_000);
        expect(calls()).to.equal(3);
      } finally {
        clock.uninstall();
      }
    });

    it('never polls more often than every 5 s, whatever the page asks', async () => {
      const clock = installFakeClock();
      try {
        const { state } = await mount(signedIn, 'refresh-interval="1"');
        const calls = () => state.calls.filter((c) => c.endsWith('/me/tramites')).length;
        clock.tick(4_999);
        expect(calls()).to.equal(1);
        clock.tick(1);
        await waitUntil(() => calls() === 2, 'no refresh at 5 s');
      } finally {
        clock.uninstall();
      }
    });

    it('loads again when moved in the page while its first load was on its way', async () => {
      const { state, client } = setup(signedIn);
      let release!: () => void;
      state.gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      new ContextProvider(wrapper, {
        context: sessionContext,
        initialValue: new SessionStore(client, wrapper),
      });
      const el = document.createElement('llave-tramite-tracker');
      el.client = client;
      wrapper.append(el);
      await waitUntil(() => state.calls.includes('/llave/api/v1/me/tramites'));
      // Moving disconnects it, which aborts the request in flight: it must not stay empty.
      el.remove();
      wrapper.append(el);
      release();
      await waitUntil(
        () => root(el).querySelectorAll('[part=tramite]').length === 2,
        'stayed empty',
      );
    });

    it('says "Sin conexión" with a retry when the network fails, keeping what it showed', async () => {
      const { el, state } = await mount(signedIn);
      state.fail = 'network';
      await el.refresh();
      expect(el.matches(':state(offline)')).to.equal(true);
      expect(text(el)).to.contain('Sin conexión').and.contain('Renovación de licencia tipo A');
      await expect(el).to.be.accessible();
      state.fail = undefined;
      root(el).querySelector<HTMLButtonElement>('.callout button')!.click();
      await waitUntil(() => !el.matches(':state(offline)'));
    });

    it('keeps the help in place while the session is read and the folio lookup replaces it', async () => {
      // A desktop, where the reserved box is the lookup's and the help's height (llave.css).
      await setViewport({ width: 1280, height: 800 });
      try {
        const { state, client } = setup({ authenticated: false });
        let release!: () => void;
        state.sessionGate = new Promise<void>((r) => {
          release = r;
        });
        const wrapper = await fixture<HTMLDivElement>(html`<div lang="es-MX"></div>`);
        new ContextProvider(wrapper, {
          context: sessionContext,
          initialValue: new SessionStore(client, wrapper),
        });
        wrapper.innerHTML = '<llave-tramite-tracker></llave-tramite-tracker>';
        const el = wrapper.querySelector('llave-tramite-tracker')!;
        await waitUntil(() => root(el).querySelector('.muted[role=status]'), 'never loading');
        const before = helpOffset(el);
        release();
        await waitUntil(() => root(el).querySelector('form'), 'no lookup form');
        await el.updateComplete;
        expect(helpOffset(el)).to.equal(before);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('ends with the same help as every component, the network answer first when offline', async () => {
      const { el, state } = await mount(signedIn, 'help-href="/ayuda"');
      expect(helpTopics(el)[0]).to.equal('¿Dónde hago mi trámite?');
      await expectHelpAtEnd(el, root(el).querySelector('section')!, '/ayuda');
      state.fail = 'network';
      await el.refresh();
      expect(helpTopics(el)[0]).to.equal('La página no carga');
    });
  });

  describe('with a folio (one trámite)', () => {
    for (const [label, session] of [
      ['signed in', signedIn],
      ['signed out', { authenticated: false }],
    ] as const) {
      it(`shows that trámite only, with its timeline, ${label}`, async () => {
        const { el, state } = await mount(session, `folio="${FOLIO_NEW}"`);
        await waitUntil(() => root(el).querySelector('[part=tramite]'), 'no trámite');
        await expect(el).to.be.accessible();
        expect(root(el).querySelector('h2')!.textContent!.trim()).to.equal('Estado de tu trámite');
        const cards = root(el).querySelectorAll('[part=tramite]');
        expect(cards.length).to.equal(1);
        expect(cards[0]!.querySelector('h3')!.textContent).to.equal(
          'Renovación de licencia tipo A',
        );
        expect(cards[0]!.querySelector('li[aria-current=step]')!.textContent).to.contain(
          'En revisión',
        );
        expect(root(el).querySelector('form')).to.equal(null);
        expect(el.matches(':state(single)')).to.equal(true);
        expect(el.matches(':state(signed-in)')).to.equal(false);
        // Only that trámite was asked for: not the citizen's whole list.
        expect(state.calls.filter((c) => c.includes('tramites'))).to.deep.equal([
          `/llave/api/v1/tramites/${FOLIO_NEW}`,
        ]);
        // The page decides where focus goes (its own confirmation): the tracker does not take it.
        expect(root(el).activeElement).to.equal(null);
      });
    }

    it('normalises the folio and follows it when the page changes it; unset, the session decides', async () => {
      const { el, state } = await mount(signedIn, 'folio="semovi-2026-lic0000042"');
      await waitUntil(() => text(el).includes('Renovación de licencia tipo A'));
      el.folio = FOLIO_OLD;
      await waitUntil(() => text(el).includes('Reposición de tarjeta de circulación'));
      expect(root(el).querySelectorAll('[part=tramite]').length).to.equal(1);
      expect(state.calls.at(-1)).to.equal(`/llave/api/v1/tramites/${FOLIO_OLD}`);
      el.folio = undefined;
      await waitUntil(() => root(el).querySelectorAll('[part=tramite]').length === 2, 'no list');
      expect(el.matches(':state(signed-in)')).to.equal(true);
    });

    it('announces a new status on refresh, without moving focus', async () => {
      const { el, state } = await mount(signedIn, `folio="${FOLIO_NEW}"`);
      await waitUntil(() => root(el).querySelector('[part=tramite]'));
      const button = root(el).querySelector<HTMLButtonElement>('[part=refresh]')!;
      button.focus();
      state.tramites[1] = tramite(FOLIO_NEW, '2026-02-01T10:00:00Z', [
        'recibido',
        'en-revision',
        'aprobado',
      ]);
      await el.refresh();
      expect(notice(el))
        .to.contain('Renovación de licencia tipo A')
        .and.contain('ahora está: Aprobado');
      expect(root(el).activeElement).to.equal(button);
    });

    it('says a folio that does not exist was not found, and asks nothing for one that cannot exist', async () => {
      const { el } = await mount(signedIn, 'folio="ZZZZZZZZZZZZZZZZZZZZ"');
      await waitUntil(() =>
        text(el).includes('No encontramos un trámite con el folio ZZZZZZZZZZZZZZZZZZZZ'),
      );
      expect(root(el).querySelector('.callout[role=alert]')).to.exist;
      const bad = await mount(signedIn, 'folio="ABC"');
      await waitUntil(() => text(bad.el).includes('No encontramos un trámite con el folio ABC'));
      expect(bad.state.calls.some((c) => c.includes('/tramites/'))).to.equal(false);
      await expect(bad.el).to.be.accessible();
    });
  });

  describe('compact list (view="list")', () => {
    const rows = (el: LlaveTramiteTracker) => [...root(el).querySelectorAll('[part=row]')];

    it('shows one row per trámite: name as a heading, folio, status and last update', async () => {
      const { el } = await mount(signedIn, 'view="list"');
      await expect(el).to.be.accessible();
      expect(rows(el).length).to.equal(2);
      const [first] = rows(el);
      expect(first!.closest('ul')!.getAttribute('part')).to.equal('list');
      expect(first!.querySelector('h3')!.textContent).to.equal('Renovación de licencia tipo A');
      expect(text(first!))
        .to.contain(FOLIO_NEW)
        .and.contain('En revisión')
        .and.contain('1 de febrero de 2026');
      // Compact: no timeline until asked for.
      expect(first!.querySelector('ol')).to.equal(null);
      expect(first!.querySelector<HTMLElement>('[part=detail]')!.hidden).to.equal(true);
    });

    it('“Ver detalle” expands in place: aria-expanded, focus stays on it, the timeline follows', async () => {
      const { el, state } = await mount(signedIn, 'view="list"');
      const [first, second] = rows(el);
      const toggle = first!.querySelector<HTMLButtonElement>('[part=toggle]')!;
      // Each names its trámite, as every row has one.
      expect(toggle.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Ver detalle: Renovación de licencia tipo A',
      );
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      const detail = root(el).getElementById(toggle.getAttribute('aria-controls')!)!;
      expect(first!.contains(detail)).to.equal(true);
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(toggle.textContent).to.contain('Ocultar detalle');
      expect(detail.hidden).to.equal(false);
      expect(detail.querySelector('li[aria-current=step]')!.textContent).to.contain('En revisión');
      expect(text(detail)).to.contain('Secretaría de Movilidad');
      expect(root(el).activeElement).to.equal(toggle);
      expect(second!.querySelector<HTMLElement>('[part=detail]')!.hidden).to.equal(true);
      await expect(el).to.be.accessible();
      // A refresh keeps what the citizen opened.
      state.tramites[1] = tramite(FOLIO_NEW, '2026-02-01T10:00:00Z', [
        'recibido',
        'en-revision',
        'aprobado',
      ]);
      await el.refresh();
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(detail.querySelector('li[aria-current=step]')!.textContent).to.contain('Aprobado');
      // And it closes again.
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(detail.hidden).to.equal(true);
    });

    it('speaks English and fits 320 px', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const { el } = await mount(signedIn, 'view="list"', 'en');
        await waitUntil(() => text(el).includes('View details'));
        rows(el)[0]!.querySelector<HTMLButtonElement>('[part=toggle]')!.click();
        await el.updateComplete;
        expect(text(el)).to.contain('Hide details').and.contain('Progress');
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      } finally {
        await setViewport({ width: 1024, height: 768 });
      }
    });
  });

  describe('long names in a narrow place', () => {
    const LONG_FOLIO = 'SEDUVI2026CONST00000';
    const LONG_NEW = 'SEDUVI2026CONST00001';
    /** Two trámites with long real-world names, agency, notes, línea de captura. */
    function long(folio: string, steps: Tramite['status'][]): Tramite {
      const base = tramite(folio, '2026-02-01T10:00:00Z', steps);
      return {
        ...base,
        name: 'Constancia de zonificación de uso del suelo para el predio de Calle Prolongación Francisco Sarabia Colonia Ampliación Presidentes Ejidales Primera Sección',
        agency: {
          id: 'seduvi',
          name: 'Secretaría de Desarrollo Urbano y Vivienda de la Ciudad de México, Dirección General del Ordenamiento Urbano',
        },
        lineaCaptura: '92873465102938475610',
        timeline: base.timeline.map((e) => ({
          ...e,
          note: 'Falta el comprobante de domicilio de Colonia Ampliación Presidentes Ejidales Primera Sección; envíalo a maria.guadalupe.hernandez.rodriguez.villasenor@dependencia.cdmx.gob.mx o al 55 5658 1111 ext. 12345',
        })),
      };
    }
    const session: SessionInfo = {
      authenticated: true,
      user: {
        sub: 'u1',
        name: 'María Guadalupe Hernández de la Concepción Rodríguez Villaseñor',
        level: 'verificada',
      },
    };
    const longList = () => [
      long(LONG_FOLIO, ['recibido', 'en-revision', 'requiere-informacion']),
      long(LONG_NEW, ['recibido', 'en-revision']),
    ];

    for (const lang of ['es-MX', 'en']) {
      it(`stays inside 320 px and narrow sidebars: the list, the rows, a refresh, offline, ${lang}`, async () => {
        const { el, state } = await mount(session, '', lang);
        state.tramites = longList();
        await el.refresh();
        await waitUntil(() => text(el).includes('Ampliación Presidentes'), 'no long trámite');
        await expectLayout(el, 'list');
        // A refresh that finds a new status: the notice names the trámite and its folio.
        state.tramites[1] = long(LONG_NEW, ['recibido', 'en-revision', 'aprobado']);
        await el.refresh();
        await waitUntil(() => notice(el).includes(LONG_NEW), 'no change notice');
        await expectLayout(el, 'change notice');
        state.fail = 'network';
        await el.refresh();
        await waitUntil(() => el.matches(':state(offline)'), 'not offline');
        await expectLayout(el, 'offline');

        const rows = await mount(session, 'view="list"', lang);
        rows.state.tramites = longList();
        await rows.el.refresh();
        await waitUntil(() => text(rows.el).includes('Ampliación Presidentes'), 'no long row');
        for (const t of root(rows.el).querySelectorAll<HTMLButtonElement>('[part=toggle]')) {
          t.click();
        }
        await rows.el.updateComplete;
        await expectLayout(rows.el, 'rows, open');
      });

      it(`stays inside 320 px and narrow sidebars: the lookup, its errors and its answer, ${lang}`, async () => {
        const { el, state } = await mount({ authenticated: false }, '', lang);
        state.tramites = longList();
        await expectLayout(el, 'lookup');
        // Pasted with the rest of the receipt's line: too long, said next to the field.
        await lookUp(el, `${LONG_FOLIO}-${'0'.repeat(40)}`);
        await waitUntil(() => root(el).querySelector('#folio-error')!.textContent!.trim());
        await expectLayout(el, 'lookup error');
        await lookUp(el, 'ZZZZZZZZZZZZZZZZZZZZ');
        await waitUntil(() => root(el).querySelector('.callout'), 'no not-found');
        await expectLayout(el, 'not found');
        await lookUp(el, LONG_FOLIO);
        await waitUntil(() => root(el).querySelector('[part=tramite]'), 'no trámite');
        await expectLayout(el, 'found');
        // A folio the page names that cannot exist (a server's or a link's): said as it came.
        const odd = await mount(session, `folio="${'SEDUVI2026'.repeat(6)}"`, lang);
        await waitUntil(() => root(odd.el).querySelector('.callout'), 'no not-found');
        await expectLayout(odd.el, 'odd folio');
      });
    }
  });

  describe('without a session', () => {
    it('looks a trámite up by folio, normalising what was pasted', async () => {
      const { el } = await mount({ authenticated: false });
      await expect(el).to.be.accessible();
      await lookUp(el, ' semovi-2026-lic0000042 ');
      await waitUntil(() => root(el).querySelector('[part=tramite]'));
      expect(text(el)).to.contain('Renovación de licencia tipo A');
      expect(root(el).querySelector<HTMLInputElement>('#folio')!.value).to.equal(FOLIO_NEW);
      await expect(el).to.be.accessible();
    });

    it('announces the trámite it found and moves focus to it', async () => {
      const { el } = await mount({ authenticated: false });
      await lookUp(el, FOLIO_NEW);
      await waitUntil(() => root(el).activeElement?.tagName === 'H3', 'focus did not move');
      expect(root(el).activeElement!.textContent).to.contain('Renovación de licencia tipo A');
      expect(notice(el)).to.equal(
        `Encontramos tu trámite: Renovación de licencia tipo A, folio ${FOLIO_NEW}. Estado: En revisión.`,
      );
      // A new search clears what the last one said.
      await lookUp(el, 'ZZZZZZZZZZZZZZZZZZZZ');
      await waitUntil(() => text(el).includes('No encontramos'));
      expect(notice(el)).to.equal('');
    });

    it('explains an invalid folio next to the field and makes no request', async () => {
      const { el, state } = await mount({ authenticated: false });
      await lookUp(el, 'ABC123');
      const input = root(el).querySelector<HTMLInputElement>('#folio')!;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(root(el).querySelector('#folio-error')!.textContent).to.contain('tiene 20 caracteres');
      await lookUp(el, 'SEMOVI2026LIC00000#2');
      expect(root(el).querySelector('#folio-error')!.textContent).to.contain('sin otros signos');
      expect(root(el).activeElement).to.equal(input);
      expect(state.calls.some((c) => c.includes('/tramites/'))).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('says clearly when nothing matches', async () => {
      const { el } = await mount({ authenticated: false });
      await lookUp(el, 'ZZZZZZZZZZZZZZZZZZZZ');
      await waitUntil(() =>
        text(el).includes('No encontramos un trámite con el folio ZZZZZZZZZZZZZZZZZZZZ'),
      );
      expect(root(el).querySelector('[role=alert].callout')).to.exist;
    });

    it('speaks English when the page does', async () => {
      const { el } = await mount({ authenticated: false }, '', 'en');
      await waitUntil(() => text(el).includes('Track your procedure'));
      await lookUp(el, FOLIO_OLD);
      await waitUntil(() => text(el).includes('Completed'));
      expect(text(el)).to.contain('November 3, 2025');
    });

    it('fits 320 px', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const { el } = await mount({ authenticated: false });
        await lookUp(el, FOLIO_OLD);
        await waitUntil(() => root(el).querySelector('[part=tramite]'));
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      } finally {
        await setViewport({ width: 1024, height: 768 });
      }
    });
  });
});
