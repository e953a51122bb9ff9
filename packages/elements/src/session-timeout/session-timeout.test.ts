import { ContextProvider } from '@lit/context';
import { BffClient, type SessionInfo } from '@llave-cdmx/core';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { LlaveSessionTimeoutEvent } from '../events/session-timeout.js';
import { clock } from '../internal/clock.js';
import { type FakeClock, installFakeClock } from '../internal/fake-clock.js';
import { sessionContext } from '../session/session-context.js';
import { SessionStore } from '../session/session-store.js';
import './llave-session-timeout.js';
import { expectForcedColors, reflowProblems } from '../internal/test-helpers.js';
import type { LlaveSessionTimeout } from './session-timeout.js';

const MIN = 60_000;

/**
 * A BFF with one session on the fake clock: 30 idle minutes, `absolute` minutes in all. Like the
 * real one, `/session/status` does not slide the idle window and `/session/extend` does.
 * `server` is shared, as tabs share the BFF.
 */
function fakeBff(absoluteMinutes = 8 * 60, idleMinutes = 30) {
  const start = clock.now();
  const server = {
    signedIn: true,
    lastSeen: start,
    absolute: start + absoluteMinutes * MIN,
    idle: idleMinutes * MIN,
    calls: [] as string[],
    down: false,
  };
  const info = (): SessionInfo => {
    const now = clock.now();
    if (!server.signedIn || now >= server.absolute || now >= server.lastSeen + server.idle) {
      server.signedIn = false;
      return { authenticated: false };
    }
    return {
      authenticated: true,
      user: { sub: 'u1', name: 'Juana', level: 'basica' },
      expiresAt: new Date(server.absolute).toISOString(),
      idleExpiresAt: new Date(
        Math.min(server.absolute, server.lastSeen + server.idle),
      ).toISOString(),
      now: new Date(now).toISOString(),
      idleSeconds: server.idle / 1000,
    };
  };
  const client = () =>
    new BffClient({
      fetch: async (input, init) => {
        const path = new URL(String(input), location.href).pathname;
        server.calls.push(`${init.method ?? 'GET'} ${path}`);
        if (server.down) throw new TypeError('Failed to fetch');
        const json = (body: unknown, status = 200) =>
          new Response(JSON.stringify(body), {
            status,
            headers: { 'Content-Type': 'application/json' },
          });
        if (path === '/llave/session/extend') {
          if (!info().authenticated) return json({ error: { code: 'unauthorized' } }, 401);
          server.lastSeen = clock.now();
        }
        if (path === '/llave/logout') {
          server.signedIn = false;
          return json({ loggedOut: true });
        }
        return json(info());
      },
    });
  return { server, client };
}

/** A "tab": its own provider and store over the shared fake BFF. */
async function tab(bff: ReturnType<typeof fakeBff>, attrs = '', lang = 'es-MX') {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><button id="before">Antes</button></div>`,
  );
  const store = new SessionStore(bff.client(), wrapper);
  new ContextProvider(wrapper, { context: sessionContext, initialValue: store });
  await store.load();
  wrapper.insertAdjacentHTML(
    'beforeend',
    `<llave-session-timeout ${attrs}></llave-session-timeout>`,
  );
  const el = wrapper.querySelector('llave-session-timeout') as LlaveSessionTimeout;
  await el.updateComplete;
  return { el, store, wrapper };
}

const dialog = (el: LlaveSessionTimeout) => el.shadowRoot!.querySelector('dialog')!;
const text = (el: LlaveSessionTimeout) => dialog(el).textContent!.replace(/\s+/g, ' ').trim();
const button = (el: LlaveSessionTimeout, part: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part="${part}"]`)!;
const settle = async (el: LlaveSessionTimeout, until: () => boolean) => {
  await waitUntil(until, 'did not happen', { timeout: 3000 });
  await el.updateComplete;
};

describe('<llave-session-timeout>', () => {
  let fake: FakeClock;
  beforeEach(() => {
    fake = installFakeClock();
  });
  afterEach(() => fake.uninstall());

  it('passes accessibility checks with the warning open', async () => {
    const { el } = await tab(fakeBff());
    fake.tick(28 * MIN);
    await settle(el, () => dialog(el).open);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('shows nothing until two minutes before the idle deadline, then a modal that takes focus and says the time left', async () => {
    const bff = fakeBff();
    const { el } = await tab(bff);
    expect(el.warnBefore).to.equal(120);
    fake.tick(28 * MIN - 1000);
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    const opened = oneEvent(el, 'llave-session-timeout') as Promise<LlaveSessionTimeoutEvent>;
    fake.tick(1000);
    expect((await opened).phase).to.equal('warning');
    await settle(el, () => dialog(el).open);
    // It looked again without counting as activity before warning.
    expect(bff.server.calls).to.include('GET /llave/session/status');
    expect(el.matches(':state(warning)')).to.equal(true);
    expect(el.shadowRoot!.activeElement?.tagName).to.equal('H2');
    expect(dialog(el).getAttribute('aria-labelledby')).to.equal('title');
    expect(text(el)).to.contain('Tu sesión está por cerrarse');
    expect(text(el)).to.contain('cerraremos tu sesión en 2 minutos');
    const live = el.shadowRoot!.querySelector('[aria-live]')!;
    expect(live.textContent).to.equal('Quedan 2 minutos.');
    // The visible countdown moves every second; the live region only once a minute.
    fake.tick(5000);
    await el.updateComplete;
    expect(text(el)).to.contain('1 minuto y 55 segundos');
    expect(live.textContent).to.equal('Quedan 2 minutos.');
    fake.tick(55_000);
    await el.updateComplete;
    expect(live.textContent).to.equal('Queda 1 minuto.');
  });

  it('continues with one button: the BFF extends the idle deadline and focus goes back where it was', async () => {
    const bff = fakeBff();
    const { el, wrapper } = await tab(bff);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    fake.tick(28 * MIN);
    await settle(el, () => dialog(el).open);
    button(el, 'continue').click();
    await settle(el, () => !dialog(el).open);
    expect(bff.server.calls).to.include('POST /llave/session/extend');
    expect(bff.server.lastSeen).to.equal(clock.now());
    expect(document.activeElement?.id).to.equal('before');
    // The next warning comes two minutes before the new deadline, not before.
    fake.tick(27 * MIN);
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    fake.tick(MIN);
    await settle(el, () => dialog(el).open);
  });

  it('Escape on the warning means continue', async () => {
    const bff = fakeBff();
    const { el } = await tab(bff);
    fake.tick(28 * MIN);
    await settle(el, () => dialog(el).open);
    await sendKeys({ press: 'Escape' });
    await settle(el, () => !dialog(el).open);
    expect(bff.server.calls).to.include('POST /llave/session/extend');
  });

  it('does not warn when activity elsewhere moved the deadline meanwhile', async () => {
    const bff = fakeBff();
    const { el, store } = await tab(bff);
    fake.tick(10 * MIN);
    bff.server.lastSeen = clock.now(); // e.g. another tab's API call
    const moved = new Date(bff.server.lastSeen + 30 * MIN).toISOString();
    fake.tick(18 * MIN);
    await settle(el, () => store.state.info?.idleExpiresAt === moved);
    expect(bff.server.calls).to.include('GET /llave/session/status');
    expect(dialog(el).open).to.equal(false);
    fake.tick(10 * MIN);
    await settle(el, () => dialog(el).open);
  });

  it('after the end explains what happened and offers to sign in again to the same page', async () => {
    const bff = fakeBff();
    const { el } = await tab(bff);
    fake.tick(28 * MIN);
    await settle(el, () => dialog(el).open);
    const ended = oneEvent(el, 'llave-session-timeout') as Promise<LlaveSessionTimeoutEvent>;
    fake.tick(2 * MIN);
    expect((await ended).reason).to.equal('idle');
    await settle(el, () => text(el).includes('Tu sesión terminó'));
    expect(el.matches(':state(ended)')).to.equal(true);
    expect(text(el)).to.contain('sin actividad');
    expect(el.shadowRoot!.activeElement?.tagName).to.equal('H2');
    const link = button(el, 'sign-in') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal(
      `/llave/login?returnTo=${encodeURIComponent(location.pathname + location.search)}`,
    );
  });

  it('says plainly that the absolute limit cannot be extended, and does not pretend to', async () => {
    const bff = fakeBff(20);
    const { el } = await tab(bff);
    fake.tick(18 * MIN);
    await settle(el, () => dialog(el).open);
    expect(text(el)).to.contain('Tu sesión termina pronto');
    expect(text(el)).to.contain('no se puede extender');
    expect(button(el, 'continue').textContent!.trim()).to.equal('Entendido');
    button(el, 'continue').click();
    await settle(el, () => !dialog(el).open);
    expect(bff.server.calls).not.to.include('POST /llave/session/extend');
    // Closed, it stays closed until the end, then says the limit was reached.
    fake.tick(MIN);
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    fake.tick(MIN);
    await settle(el, () => dialog(el).open);
    expect(text(el)).to.contain('tiempo máximo');
  });

  it('a tab that continued closes the warning in the other tabs', async () => {
    const bff = fakeBff();
    const a = await tab(bff);
    const b = await tab(bff);
    fake.tick(28 * MIN);
    await settle(a.el, () => dialog(a.el).open && dialog(b.el).open);
    button(a.el, 'continue').click();
    await settle(b.el, () => !dialog(b.el).open);
    expect(b.store.state.info?.idleExpiresAt).to.equal(a.store.state.info?.idleExpiresAt);
    // Tab b counts to the new deadline as well: no stale end.
    fake.tick(3 * MIN);
    await b.el.updateComplete;
    expect(dialog(b.el).open).to.equal(false);
  });

  it('signs out from the warning, tells the other tabs, and says so', async () => {
    const bff = fakeBff();
    const a = await tab(bff);
    const b = await tab(bff);
    fake.tick(28 * MIN);
    await settle(a.el, () => dialog(a.el).open && dialog(b.el).open);
    button(a.el, 'sign-out').click();
    await settle(a.el, () => text(a.el).includes('Cerraste tu sesión'));
    expect(bff.server.calls).to.include('POST /llave/logout');
    await settle(b.el, () => !dialog(b.el).open);
    expect(b.store.state.info?.authenticated).to.equal(false);
  });

  it('keeps the warning and says why when the extension fails', async () => {
    const bff = fakeBff();
    const { el } = await tab(bff);
    fake.tick(28 * MIN);
    await settle(el, () => dialog(el).open);
    bff.server.down = true;
    button(el, 'continue').click();
    await settle(el, () => !!el.shadowRoot!.querySelector('[role="alert"]'));
    expect(dialog(el).open).to.equal(true);
    expect(text(el)).to.contain('No pudimos extender tu sesión');
  });

  it('with an idle window shorter than warn-before, warns half the window before, not at once', async () => {
    const bff = fakeBff(8 * 60, 1);
    const { el } = await tab(bff);
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    fake.tick(30_000);
    await settle(el, () => dialog(el).open);
    button(el, 'continue').click();
    await settle(el, () => !dialog(el).open);
    fake.tick(29_000);
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
  });

  it('shows nothing for a signed-out visitor', async () => {
    const bff = fakeBff();
    bff.server.signedIn = false;
    const { el } = await tab(bff);
    fake.tick(9 * 60 * MIN);
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
  });

  it('taken off the page and put back (a framework moving it), the warning is modal again, and nothing throws', async () => {
    const { el, wrapper } = await tab(fakeBff());
    fake.tick(28 * MIN);
    await settle(el, () => dialog(el).open);
    const parent = wrapper.parentNode!;
    // Off the page the dialog leaves the top layer; an update there must not try showModal().
    wrapper.remove();
    dialog(el).close();
    el.requestUpdate();
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    parent.append(wrapper);
    await el.updateComplete;
    expect(dialog(el).matches(':modal')).to.equal(true);
    expect(el.shadowRoot!.activeElement?.tagName).to.equal('H2');
    // Moved while open: it comes back modal (inert page behind), not as an open plain dialog.
    wrapper.remove();
    parent.append(wrapper);
    await el.updateComplete;
    expect(dialog(el).matches(':modal')).to.equal(true);
  });

  describe('reflow (WCAG 1.4.10)', () => {
    /** Each dialog the citizen can see, and what leads to it. */
    const dialogs: [
      string,
      (bff: ReturnType<typeof fakeBff>, el: LlaveSessionTimeout) => Promise<void>,
    ][] = [
      ['the warning', async () => {}],
      [
        'the warning, continuing',
        async (_, el) => {
          button(el, 'continue').click();
          await el.updateComplete;
        },
      ],
      [
        'a failed extension',
        async (bff, el) => {
          bff.server.down = true;
          button(el, 'continue').click();
          await settle(el, () => !!el.shadowRoot!.querySelector('[role="alert"]'));
        },
      ],
      [
        'a failed sign-out',
        async (bff, el) => {
          bff.server.down = true;
          button(el, 'sign-out').click();
          await settle(el, () => !!el.shadowRoot!.querySelector('[role="alert"]'));
        },
      ],
      [
        'the end',
        async (_, el) => {
          fake.tick(2 * MIN);
          await settle(el, () => !!button(el, 'sign-in'));
        },
      ],
      [
        'signed out',
        async (_, el) => {
          button(el, 'sign-out').click();
          await settle(el, () => !!button(el, 'sign-in'));
        },
      ],
    ];
    for (const [vw, sidebar] of [
      [320, 0],
      [1024, 260],
      [1024, 0],
    ] as const)
      for (const lang of ['es-MX', 'en'])
        it(`every dialog fits at ${vw} px${sidebar ? `, put in a ${sidebar} px sidebar` : ''}, ${lang}`, async () => {
          await setViewport({ width: vw, height: 640 });
          try {
            for (const [what, act] of [
              ...dialogs,
              ['the absolute limit', async () => {}] as const,
            ]) {
              const bff = what === 'the absolute limit' ? fakeBff(20) : fakeBff();
              const { el, wrapper } = await tab(bff, '', lang);
              if (sidebar) wrapper.style.inlineSize = `${sidebar}px`;
              fake.tick(what === 'the absolute limit' ? 18 * MIN : 28 * MIN);
              await settle(
                el,
                () => dialog(el).open && (lang !== 'en' || text(el).includes('You')),
              );
              await act(bff, el);
              // The dialog is modal, in the top layer: the viewport is its box, whatever holds it.
              expect(reflowProblems(el), `${what}: ${text(el)}`).to.deep.equal([]);
              // Forced colours once per dialog: the desktop page, no sidebar.
              if (vw === 1024 && !sidebar) await expectForcedColors(el, what);
              wrapper.remove();
            }
          } finally {
            await setViewport({ width: 800, height: 600 });
          }
        });
  });

  describe('i18n', () => {
    it('speaks English on an English page', async () => {
      const { el } = await tab(fakeBff(), '', 'en');
      fake.tick(28 * MIN);
      await settle(el, () => text(el).includes('You are about to be signed out'));
      expect(text(el)).to.contain('sign you out in 2 minutes');
      expect(button(el, 'continue').textContent!.trim()).to.equal('Stay signed in');
    });
  });
});
