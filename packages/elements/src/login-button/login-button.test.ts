import { BffClient, type SessionInfo } from '@llave-cdmx/core';
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { LlaveContactVerifiedEvent } from '../events/contact-verified.js';
import type { LlaveLoginStartEvent } from '../events/login-start.js';
import type { LlaveSessionChangeEvent } from '../events/session-change.js';
import '../session/llave-session.js';
import { expectForcedColors, reflowProblems, sidebarPlaces } from '../internal/test-helpers.js';
import type { LlaveSession } from '../session/session.js';
import { LlaveLoginButton } from './login-button.js';

/** A real BFF client whose fetch answers like the BFF does, and remembers what it was asked. */
function fakeBff(
  session: SessionInfo | 'pending' | 'error',
  opts: { logout?: number; prefix?: string; refreshed?: SessionInfo } = {},
) {
  const calls: { url: string; method: string; csrf: string | null }[] = [];
  let current = session;
  const waiting: ((res: Response) => void)[] = [];
  const answer = () =>
    current === 'error'
      ? new Response('{}', { status: 503 })
      : Response.json(current === 'pending' ? signedOut : current);
  const client = new BffClient({
    prefix: opts.prefix,
    fetch: async (input, init) => {
      const url = String(input);
      calls.push({
        url,
        method: init?.method ?? 'GET',
        csrf: new Headers(init?.headers).get('X-CSRF'),
      });
      if (url.endsWith('/session')) {
        // 'pending' holds the answer until the test calls set() with the real one.
        if (current === 'pending') return new Promise<Response>((r) => waiting.push(r));
        return answer();
      }
      if (url.endsWith('/session/refresh') && init?.method === 'POST') {
        // What the BFF answers once it has read the claims again from the IdP.
        if (opts.refreshed) current = opts.refreshed;
        return answer();
      }
      if (url.endsWith('/logout')) {
        const status = opts.logout ?? 204;
        if (status === 204) current = { authenticated: false };
        return new Response(status === 204 ? null : '{}', { status });
      }
      return new Response('{}', { status: 404 });
    },
  });
  return {
    client,
    calls,
    pending: () => current === 'pending',
    set: (next: SessionInfo | 'pending' | 'error') => {
      current = next;
      for (const release of waiting.splice(0)) release(answer());
    },
  };
}

const signedOut: SessionInfo = { authenticated: false };
const citizen = (
  level: 'basica' | 'verificada' | 'firma' = 'verificada',
  levelUp?: SessionInfo['levelUp'],
): SessionInfo => ({
  authenticated: true,
  user: { sub: 'u1', name: 'Juana Pérez García', level },
  expiresAt: '2030-01-01T00:00:00Z',
  ...(levelUp ? { levelUp } : {}),
});
/** What a BFF with the Llave adapter answers for a básica citizen. */
const llaveBasica = () => citizen('basica', { verificada: 'verify-contact', firma: 'unavailable' });

async function mount(
  bff: ReturnType<typeof fakeBff>,
  template = html`<llave-login-button></llave-login-button>`,
) {
  const provider = await fixture<LlaveSession>(
    html`<llave-session .client=${bff.client}>${template}</llave-session>`,
  );
  const el = provider.querySelector('llave-login-button')!;
  if (!bff.pending()) await provider.store.load();
  await el.updateComplete;
  return { provider, el, root: el.shadowRoot! };
}

/**
 * Waits until everything an event or a property change sets off has run, so that "nothing
 * happened" is a finding and not a guess: the reactions (a store refresh, a fetch to the fake
 * BFF, an event) are promise chains without timers, and one task boundary (a 0 ms timeout, not
 * a sleep) comes only after every queued microtask.
 */
const reactionsDone = () => aTimeout(0);

const box = (el: Element) => {
  const r = el.getBoundingClientRect();
  return { width: Math.round(r.width), height: Math.round(r.height), x: Math.round(r.x) };
};

/*
 * The element is defined here, after measuring the fallback, so the suite can check what a page
 * sees before and after upgrade: the box (no layout shift) and properties set before definition.
 */
const before: { fallback?: ReturnType<typeof box>; early?: HTMLElement } = {};
const css = document.createElement('link');
css.rel = 'stylesheet';
css.href = new URL('../llave.css', import.meta.url).href;
document.head.append(css);
await new Promise((r) => css.addEventListener('load', r, { once: true }));

const shiftBff = fakeBff('pending');
const shiftHost = document.createElement('llave-session');
shiftHost.client = shiftBff.client;
shiftHost.innerHTML = `<p>Antes</p><llave-login-button id="shift"><a href="/llave/login">Iniciar sesión con Llave CDMX</a></llave-login-button><p>Después</p>`;
document.body.append(shiftHost);
await shiftHost.updateComplete;
before.fallback = box(shiftHost.querySelector('#shift')!);
// Framework-style: create, set properties, insert, and only then define the tag.
const early = document.createElement('llave-login-button') as LlaveLoginButton;
early.level = 'firma';
early.returnTo = '/tramite?folio=1';
before.early = early;
customElements.define('llave-login-button', LlaveLoginButton);

describe('<llave-login-button>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('passes accessibility checks', async () => {
    const { el } = await mount(fakeBff(signedOut));
    await expect(el).to.be.accessible();
  });

  it('has the documented defaults: a sign-in link back to this page', async () => {
    const { el, root } = await mount(fakeBff(signedOut));
    expect(el.size).to.equal('m');
    expect(el.variant).to.equal('primary');
    const link = root.querySelector('a[part~="button"]') as HTMLAnchorElement;
    expect(link.textContent!.trim()).to.equal('Iniciar sesión con Llave CDMX');
    const url = new URL(link.href);
    expect(url.pathname).to.equal('/llave/login');
    expect(url.searchParams.get('returnTo')).to.equal(`${location.pathname}${location.search}`);
    expect(url.searchParams.has('level')).to.equal(false);
    expect(el.matches(':state(signed-out)')).to.equal(true);
  });

  it('asks for the required level and honours return-to and a custom prefix', async () => {
    const bff = fakeBff(signedOut, { prefix: '/cuenta' });
    const { root } = await mount(
      bff,
      html`<llave-login-button level="verificada" return-to="/pagos?x=1"></llave-login-button>`,
    );
    const url = new URL((root.querySelector('a[part~="button"]') as HTMLAnchorElement).href);
    expect(url.searchParams.get('level')).to.equal('verificada');
    expect(url.searchParams.get('returnTo')).to.equal('/pagos?x=1');
    expect(url.pathname).to.equal('/cuenta/login');
  });

  describe('before and without JavaScript', () => {
    it('does not move anything when it upgrades (same box as the fallback link)', async () => {
      const el = shiftHost.querySelector('#shift') as LlaveLoginButton;
      await el.updateComplete;
      expect(el.matches(':defined')).to.equal(true);
      // While the session is read, and once it says nobody is signed in: the same box.
      expect(el.matches(':state(loading)')).to.equal(true);
      expect(box(el)).to.deep.equal(before.fallback);
      shiftBff.set(signedOut);
      await waitUntil(() => el.matches(':state(signed-out)'));
      expect(box(el)).to.deep.equal(before.fallback);
    });

    it('hides the fallback link once upgraded (it is not slotted)', async () => {
      const el = shiftHost.querySelector('#shift')!;
      const fallback = el.querySelector('a')!;
      expect(fallback.checkVisibility()).to.equal(false);
    });

    it('keeps properties a framework set before the tag was defined', async () => {
      const el = before.early as LlaveLoginButton;
      const bff = fakeBff(signedOut);
      const provider = await fixture<LlaveSession>(
        html`<llave-session .client=${bff.client}></llave-session>`,
      );
      provider.append(el);
      await provider.store.load();
      await el.updateComplete;
      const url = new URL(
        (el.shadowRoot!.querySelector('a[part~="button"]') as HTMLAnchorElement).href,
      );
      expect(el.level).to.equal('firma');
      expect(url.searchParams.get('level')).to.equal('firma');
      expect(url.searchParams.get('returnTo')).to.equal('/tramite?folio=1');
    });
  });

  describe('states', () => {
    it('shows that it is checking the session while it loads', async () => {
      const bff = fakeBff('pending');
      const { el, root } = await mount(bff);
      expect(el.matches(':state(loading)')).to.equal(true);
      const status = root.querySelector('[role="status"][part~="button"]')!;
      expect(status.textContent).to.contain('Revisando tu sesión');
      await expect(el).to.be.accessible();
      bff.set(signedOut);
      await waitUntil(() => el.matches(':state(signed-out)'));
    });

    it('offers a retry when the session cannot be read, and recovers', async () => {
      const bff = fakeBff('error');
      const { el, root } = await mount(bff);
      expect(el.matches(':state(error)')).to.equal(true);
      expect(root.querySelector('[part="error"]')!.textContent).to.contain(
        'No pudimos revisar tu sesión',
      );
      // Signing in still works while the session is unknown.
      expect(root.querySelector('a[part~="button"]')).to.exist;
      await expect(el).to.be.accessible();
      bff.set(citizen());
      (root.querySelector('[part="retry"]') as HTMLButtonElement).click();
      await waitUntil(() => el.matches(':state(signed-in)'));
      expect(root.querySelector('[part="name"]')!.textContent).to.equal('Juana Pérez García');
    });

    it('shows the name and level of a signed-in citizen behind a menu button', async () => {
      const { el, root } = await mount(fakeBff(citizen('verificada')));
      const button = root.querySelector('[part="menu-button"]') as HTMLButtonElement;
      expect(el.matches(':state(signed-in)')).to.equal(true);
      expect(button.getAttribute('aria-haspopup')).to.equal('menu');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(root.querySelector('[part="badge"]')!.textContent).to.contain('Nivel Verificada');
      expect(root.querySelector('[part="step-up"]')).to.equal(null);
      await expect(el).to.be.accessible();
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('lists the profile link only when profile-href is given', async () => {
      const { el, root } = await mount(
        fakeBff(citizen()),
        html`<llave-login-button profile-href="/mi-perfil"></llave-login-button>`,
      );
      const items = [...root.querySelectorAll('[role="menuitem"]')];
      expect(items.map((i) => i.textContent!.trim())).to.deep.equal(['Mi perfil', 'Cerrar sesión']);
      expect((items[0] as HTMLAnchorElement).getAttribute('href')).to.equal('/mi-perfil');
      el.profileHref = undefined;
      await el.updateComplete;
      expect(root.querySelectorAll('[role="menuitem"]').length).to.equal(1);
    });

    it('offers a step-up when the page requires a higher level than the session has', async () => {
      const { el, root } = await mount(
        fakeBff(citizen('basica')),
        html`<llave-login-button level="verificada"></llave-login-button>`,
      );
      const stepUp = root.querySelector('[part="step-up"]') as HTMLAnchorElement;
      expect(stepUp.textContent).to.contain('Sube tu cuenta a nivel Verificada');
      expect(new URL(stepUp.href).searchParams.get('level')).to.equal('verificada');
      el.level = 'basica';
      await el.updateComplete;
      expect(root.querySelector('[part="step-up"]')).to.equal(null);
    });

    it('has no horizontal overflow at 320 px, signed out or signed in', async () => {
      await setViewport({ width: 320, height: 640 });
      for (const session of [signedOut, citizen()]) {
        const { el } = await mount(fakeBff(session));
        const r = el.getBoundingClientRect();
        expect(r.right, JSON.stringify(session)).to.be.at.most(320);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      }
    });
  });

  describe('a long name in a narrow place', () => {
    // A header column, a phone at 200 % zoom: the button takes the width it is given, the
    // name ends in an ellipsis inside it, and the step-up text wraps; nothing leaves the box.
    const long = (level: 'basica' | 'verificada') => ({
      ...citizen(level),
      user: {
        sub: 'u2',
        name: 'María Guadalupe Hernández de la Concepción Rodríguez Villaseñor',
        level,
      },
    });
    for (const width of [230, 320]) {
      it(`stays inside a ${width} px container, signed in, with and without a step-up`, async () => {
        for (const session of [long('verificada'), long('basica')]) {
          const { el, root } = await mount(
            fakeBff(session),
            html`<div style="inline-size:${width}px"><llave-login-button level="verificada"></llave-login-button></div>`,
          );
          const container = el.parentElement!.getBoundingClientRect();
          const what = `${width} px, ${session.user.level}`;
          for (const part of ['menu-button', 'name', 'badge', 'step-up']) {
            const node = root.querySelector(`[part="${part}"]`);
            if (!node) continue;
            const r = node.getBoundingClientRect();
            expect(r.left, `${part}, ${what}`).to.be.at.least(container.left - 0.5);
            expect(r.right, `${part}, ${what}`).to.be.at.most(container.right + 0.5);
          }
          expect(el.getBoundingClientRect().right, what).to.be.at.most(container.right + 0.5);
          const name = root.querySelector('[part="name"]') as HTMLElement;
          // Cut with an ellipsis, not clipped off the edge; the button still says it whole.
          expect(name.scrollWidth, what).to.be.above(name.clientWidth);
          expect(root.querySelector('[part="menu-button"]')!.textContent).to.contain(
            session.user.name,
          );
        }
      });
    }
  });

  describe('long content in every state, at 320 px and in a 260 px sidebar (WCAG 1.4.10)', () => {
    const name = 'María Guadalupe Hernández de la Concepción Rodríguez Villaseñor';
    const long = (level: 'basica' | 'verificada' | 'firma', levelUp?: SessionInfo['levelUp']) => ({
      ...citizen(level, levelUp),
      user: { sub: 'u2', name, level },
    });
    // Each case: what the BFF says, the element's attributes, and what to do before measuring.
    const cases: [string, ReturnType<typeof fakeBff>, string, 'open' | 'logout' | ''][] = [];
    const add = (
      what: string,
      bff: () => ReturnType<typeof fakeBff>,
      attrs: string,
      then: 'open' | 'logout' | '' = '',
    ) => cases.push([what, bff(), attrs, then]);
    for (const lang of ['es-MX', 'en']) {
      const l = `lang="${lang}"`;
      add(
        `${lang}, the open menu with the profile link`,
        () => fakeBff(long('firma')),
        `${l} profile-href="/mi-perfil"`,
        'open',
      );
      add(
        `${lang}, a failed sign-out in the menu`,
        () => fakeBff(long('firma'), { logout: 503 }),
        `${l} profile-href="/mi-perfil" size="l"`,
        'logout',
      );
      add(
        `${lang}, a step-up to verify a contact`,
        () => fakeBff(long('basica', { verificada: 'verify-contact' })),
        `${l} level="verificada" verify-href="/verificar"`,
        'open',
      );
      add(
        `${lang}, a level not obtainable online`,
        () => fakeBff(long('verificada', { firma: 'unavailable' })),
        `${l} level="firma"`,
      );
      add(
        `${lang}, a step-up by signing in again`,
        () => fakeBff(long('verificada')),
        `${l} level="firma" size="l"`,
      );
      add(`${lang}, the session could not be read`, () => fakeBff('error'), `${l} size="l"`);
    }
    for (const [vw, sidebar] of sidebarPlaces) {
      it(`nothing leaves the button at ${vw} px${sidebar ? ` in a ${sidebar} px sidebar` : ''}`, async () => {
        await setViewport({ width: vw, height: 640 });
        try {
          for (const [what, bff, attrs, then] of cases) {
            const wrap = document.createElement('div');
            if (sidebar) wrap.style.inlineSize = `${sidebar}px`;
            wrap.innerHTML = `<llave-login-button ${attrs}></llave-login-button>`;
            const { el, root } = await mount(bff, html`${wrap}`);
            await waitUntil(() => root.querySelector('[part="menu-button"], [part="retry"]'));
            await waitUntil(() => el.lang !== 'en' || root.textContent!.includes('Sign in with'));
            if (then) {
              root.querySelector<HTMLElement>('[part="menu-button"]')!.click();
              await el.updateComplete;
            }
            if (then === 'logout') {
              root.querySelector<HTMLElement>('button[role="menuitem"]')!.click();
              await waitUntil(() => root.querySelector('[role="alert"]'));
            }
            expect(reflowProblems(el, sidebar ? wrap : undefined), what).to.deep.equal([]);
            // Forced colours once per case: the desktop page, no sidebar.
            if (vw === 1024 && !sidebar) await expectForcedColors(el, what);
            const button = root.querySelector('[part="menu-button"]');
            if (button) expect(button.textContent, what).to.contain(name);
          }
        } finally {
          await setViewport({ width: 800, height: 600 });
        }
      });
    }
  });

  describe('raising the level (levelUp from the BFF)', () => {
    const stepUpOf = (root: ShadowRoot) =>
      root.querySelector('[part="step-up"]') as HTMLAnchorElement | null;

    it('passes accessibility checks in every way of raising it', async () => {
      for (const level of ['verificada', 'firma']) {
        const { el } = await mount(
          fakeBff(llaveBasica()),
          html`<llave-login-button level=${level} verify-href="/verificar"></llave-login-button>`,
        );
        await expect(el).to.be.accessible();
      }
      const { el } = await mount(
        fakeBff(citizen('verificada', { firma: 'login' })),
        html`<llave-login-button level="firma"></llave-login-button>`,
      );
      await expect(el).to.be.accessible();
    });

    it('links to the verification page when a verified contact raises the level', async () => {
      const { el, root } = await mount(
        fakeBff(llaveBasica()),
        html`<llave-login-button
          level="verificada"
          verify-href="/verificar"
          profile-href="/mi-perfil"
        ></llave-login-button>`,
      );
      const link = stepUpOf(root)!;
      expect(link.textContent).to.equal('Verifica tu correo o celular para continuar');
      expect(link.getAttribute('href')).to.equal('/verificar');
      expect(root.innerHTML).not.to.contain('/llave/login');
      // Without verify-href the profile page, where contacts are verified, is the way.
      el.verifyHref = undefined;
      await el.updateComplete;
      expect(stepUpOf(root)!.getAttribute('href')).to.equal('/mi-perfil');
      // Without either, the words stay, as text rather than a link that goes nowhere.
      el.profileHref = undefined;
      await el.updateComplete;
      expect(stepUpOf(root)!.hasAttribute('href')).to.equal(false);
      expect(stepUpOf(root)!.textContent).to.equal('Verifica tu correo o celular para continuar');
    });

    it('explains a level that cannot be reached online, with nothing to press', async () => {
      const { root } = await mount(
        fakeBff(llaveBasica()),
        html`<llave-login-button level="firma" profile-href="/mi-perfil"></llave-login-button>`,
      );
      const note = stepUpOf(root)!;
      expect(note.textContent).to.equal('El nivel Con firma no se obtiene en línea.');
      expect(note.hasAttribute('href')).to.equal(false);
      expect(root.innerHTML).not.to.contain('/llave/login');
    });

    it('offers a step-up sign-in when the IdP raises the level at login', async () => {
      const { root } = await mount(
        fakeBff(citizen('verificada', { firma: 'login' })),
        html`<llave-login-button level="firma"></llave-login-button>`,
      );
      const link = stepUpOf(root)!;
      expect(link.textContent).to.equal('Sube tu cuenta a nivel Con firma');
      expect(new URL(link.href).searchParams.get('level')).to.equal('firma');
    });

    it('keeps offering sign-in as the step-up when the BFF does not send levelUp', async () => {
      const { root } = await mount(
        fakeBff(citizen('basica')),
        html`<llave-login-button level="verificada" verify-href="/verificar"></llave-login-button>`,
      );
      expect(new URL(stepUpOf(root)!.href).pathname).to.equal('/llave/login');
    });

    it('reaches the verification link, then the account button, with Tab; skips the note', async () => {
      const focusables = async (level: string) => {
        const { root, provider } = await mount(
          fakeBff(llaveBasica()),
          html`<button id="before">antes</button
            ><llave-login-button level=${level} verify-href="/verificar"></llave-login-button>`,
        );
        (provider.querySelector('#before') as HTMLButtonElement).focus();
        const seen: (string | null)[] = [];
        for (let i = 0; i < 2; i++) {
          await sendKeys({ press: 'Tab' });
          seen.push(root.activeElement?.getAttribute('part') ?? null);
        }
        return seen;
      };
      expect(await focusables('verificada')).to.deep.equal(['step-up', 'menu-button']);
      expect((await focusables('firma'))[0]).to.equal('menu-button');
    });

    it('says it in English too', async () => {
      const { el, root } = await mount(
        fakeBff(llaveBasica()),
        html`<llave-login-button lang="en" level="verificada"></llave-login-button>`,
      );
      await waitUntil(
        () => stepUpOf(root)?.textContent === 'Verify your email or mobile to continue',
      );
      el.level = 'firma';
      await waitUntil(
        () =>
          stepUpOf(root)?.textContent === 'The With e-signature level can’t be obtained online.',
      );
      await expect(el).to.be.accessible();
    });

    it('refreshes the session from the IdP when a contact is verified, and updates itself', async () => {
      const bff = fakeBff(llaveBasica(), {
        refreshed: citizen('verificada', { firma: 'unavailable' }),
      });
      const { el, root, provider } = await mount(
        bff,
        html`<llave-login-button level="verificada" verify-href="/verificar"></llave-login-button>
          <div id="verifier-host"></div>`,
      );
      // As <llave-contact-verifier> fires it: from inside a shadow root, composed.
      const host = provider.querySelector('#verifier-host')!;
      const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('p'));
      const changed = oneEvent(
        provider,
        'llave-session-change',
      ) as Promise<LlaveSessionChangeEvent>;
      inner.dispatchEvent(new LlaveContactVerifiedEvent('v1', 'email', 'verificada'));
      expect((await changed).session.user?.level).to.equal('verificada');
      const post = bff.calls.find((c) => c.url === '/llave/session/refresh')!;
      expect(post.method).to.equal('POST');
      expect(post.csrf).to.equal('1');
      await el.updateComplete;
      expect(stepUpOf(root)).to.equal(null);
      expect(root.querySelector('[part="badge"]')!.textContent).to.contain('Nivel Verificada');
    });

    it('asks nothing of the BFF for a verification without a session (a registration)', async () => {
      const bff = fakeBff(signedOut);
      const { provider } = await mount(bff);
      provider.dispatchEvent(new LlaveContactVerifiedEvent('v1', 'email', 'verificada'));
      await reactionsDone();
      expect(bff.calls.map((c) => c.url)).to.deep.equal(['/llave/session']);
    });
  });

  describe('keyboard (WAI-ARIA menu button)', () => {
    async function signedIn() {
      const m = await mount(
        fakeBff(citizen()),
        html`<llave-login-button profile-href="/mi-perfil"></llave-login-button>`,
      );
      const button = m.root.querySelector('[part="menu-button"]') as HTMLButtonElement;
      const items = () => [...m.root.querySelectorAll('[role="menuitem"]')] as HTMLElement[];
      button.focus();
      return { ...m, button, items };
    }

    for (const key of ['Enter', ' ', 'ArrowDown']) {
      it(`opens with ${key === ' ' ? 'Space' : key} and focuses the first item`, async () => {
        const { el, root, button, items } = await signedIn();
        await sendKeys({ press: key === ' ' ? 'Space' : key });
        await el.updateComplete;
        expect(button.getAttribute('aria-expanded')).to.equal('true');
        expect(root.activeElement).to.equal(items()[0]);
      });
    }

    it('moves with the arrows, Home and End, wrapping around', async () => {
      const { el, root, items } = await signedIn();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      await sendKeys({ press: 'ArrowDown' });
      expect(root.activeElement).to.equal(items()[1]);
      await sendKeys({ press: 'ArrowDown' });
      expect(root.activeElement).to.equal(items()[0]);
      await sendKeys({ press: 'End' });
      expect(root.activeElement).to.equal(items()[1]);
      await sendKeys({ press: 'Home' });
      expect(root.activeElement).to.equal(items()[0]);
      await sendKeys({ press: 'ArrowUp' });
      expect(root.activeElement).to.equal(items()[1]);
    });

    it('closes with Escape and returns focus to the button', async () => {
      const { el, root, button } = await signedIn();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(root.activeElement).to.equal(button);
      expect(el.matches(':state(open)')).to.equal(false);
    });

    it('closes when Tab moves focus on', async () => {
      const { el, button } = await signedIn();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });
  });

  describe('events', () => {
    it('signs out with a CSRF-protected POST, fires llave-session-change and focuses sign-in', async () => {
      const bff = fakeBff(citizen());
      const { el, root, provider } = await mount(bff);
      (root.querySelector('[part="menu-button"]') as HTMLButtonElement).click();
      await el.updateComplete;
      const changed = oneEvent(
        provider,
        'llave-session-change',
      ) as Promise<LlaveSessionChangeEvent>;
      (root.querySelector('[role="menuitem"]') as HTMLButtonElement).click();
      const event = await changed;
      expect(event.session.authenticated).to.equal(false);
      const post = bff.calls.find((c) => c.url === '/llave/logout')!;
      expect(post.method).to.equal('POST');
      expect(post.csrf).to.equal('1');
      await waitUntil(() => root.activeElement?.getAttribute('part') === 'button');
      expect(el.matches(':state(signed-out)')).to.equal(true);
      expect(root.querySelector('[role="status"]')!.textContent).to.contain('Cerraste tu sesión');
    });

    it('stays signed in and says so when sign-out fails', async () => {
      const { el, root } = await mount(fakeBff(citizen(), { logout: 503 }));
      (root.querySelector('[part="menu-button"]') as HTMLButtonElement).click();
      await el.updateComplete;
      (root.querySelector('[role="menuitem"]') as HTMLButtonElement).click();
      await waitUntil(() => root.querySelector('[role="alert"]'));
      expect(root.querySelector('[role="alert"]')!.textContent).to.contain(
        'No pudimos cerrar tu sesión',
      );
      expect(el.matches(':state(signed-in)')).to.equal(true);
    });

    it('fires a cancelable llave-login-start before leaving, and a veto keeps the page', async () => {
      const { el, root } = await mount(
        fakeBff(signedOut),
        html`<llave-login-button level="verificada"></llave-login-button>`,
      );
      const link = root.querySelector('a[part~="button"]') as HTMLAnchorElement;
      let clickPrevented: boolean | undefined;
      // Stop the navigation in the test itself, after noting what the element decided.
      const guard = (e: Event) => {
        clickPrevented = e.defaultPrevented;
        e.preventDefault();
      };
      document.addEventListener('click', guard);
      try {
        const started = oneEvent(el, 'llave-login-start') as Promise<LlaveLoginStartEvent>;
        link.click();
        const event = await started;
        expect(event.cancelable).to.equal(true);
        expect(event.composed).to.equal(true);
        expect(event.level).to.equal('verificada');
        expect(event.url).to.equal(link.getAttribute('href'));
        expect(clickPrevented).to.equal(false);

        el.addEventListener('llave-login-start', (e) => e.preventDefault(), { once: true });
        link.click();
        expect(clickPrevented).to.equal(true);
      } finally {
        document.removeEventListener('click', guard);
      }
    });

    it('fires nothing when the page changes properties', async () => {
      const { el, provider } = await mount(fakeBff(citizen('basica')));
      const fired: string[] = [];
      for (const name of ['llave-login-start', 'llave-session-change']) {
        provider.addEventListener(name, () => fired.push(name));
        document.addEventListener(name, () => fired.push(name));
      }
      el.level = 'firma';
      el.size = 'l';
      el.variant = 'outline';
      el.profileHref = '/perfil';
      el.returnTo = '/x';
      await el.updateComplete;
      await reactionsDone();
      expect(fired).to.deep.equal([]);
    });
  });

  describe('i18n', () => {
    it('switches to English with the nearest lang attribute', async () => {
      const { el, root } = await mount(fakeBff(signedOut));
      el.setAttribute('lang', 'en');
      await waitUntil(
        () => root.querySelector('[part="label"]')?.textContent === 'Sign in with Llave CDMX',
      );
      el.removeAttribute('lang');
      await waitUntil(
        () => root.querySelector('[part="label"]')?.textContent === 'Iniciar sesión con Llave CDMX',
      );
    });

    it('translates the signed-in state too', async () => {
      const { el, root } = await mount(
        fakeBff(citizen('firma')),
        html`<llave-login-button lang="en"></llave-login-button>`,
      );
      await waitUntil(() =>
        root.querySelector('[part="badge"]')?.textContent?.includes('With e-signature level'),
      );
      await expect(el).to.be.accessible();
    });
  });
});
