import { type Level, satisfiesLevel } from '@llave-cdmx/core';
import { html, isServer, nothing, type PropertyValues, svg } from 'lit';
import { LlaveLoginStartEvent } from '../events/login-start.js';
import { LlaveElement } from '../internal/base-element.js';
import { baseStyles } from '../internal/base-styles.js';
import { I18nController } from '../internal/i18n-controller.js';
import { SessionController } from '../internal/session-controller.js';
import { StatesController } from '../internal/states-controller.js';
import { loginStrings as S } from './login-button.strings.js';
import { loginButtonStyles } from './login-button.styles.js';

const keyIcon = svg`<svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M7.5 14a2 2 0 1 1 0-4 2 2 0 0 1 0 4Zm0-6.5a4.5 4.5 0 1 0 4.24 6H14v2h2.5v-2H18v2.5h2.5V13.5h-8.76A4.5 4.5 0 0 0 7.5 7.5Z"/></svg>`;

/**
 * @summary "Iniciar sesión con Llave CDMX": the sign-in link, and once signed in the citizen's
 * name, level and an account menu (profile, step-up, sign-out).
 *
 * Put a plain link inside so the page works before and without JavaScript; the element replaces
 * it when it upgrades (see README for the CSS that reserves its size, so nothing shifts):
 * `<llave-login-button><a href="/llave/login">Iniciar sesión con Llave CDMX</a></llave-login-button>`
 *
 * The session comes from the nearest `<llave-session>` (or the page-wide session at `/llave`).
 *
 * @slot - The no-JavaScript fallback link: shown until the element is defined, and by a
 *   server-rendered button until the session is known.
 *
 * @event llave-login-start - Cancelable; the browser is about to leave for Llave CDMX
 *   (`event.url`, `event.returnTo`, `event.level`). `preventDefault()` keeps it on the page.
 * @event llave-session-change - Fired by the session (on `<llave-session>` or the document)
 *   after "Cerrar sesión" ends it.
 *
 * @csspart button - The sign-in link.
 * @csspart icon - The key icon.
 * @csspart label - The text of the sign-in link.
 * @csspart menu-button - The signed-in button that opens the account menu.
 * @csspart name - The citizen's name.
 * @csspart badge - The level badge.
 * @csspart menu - The account menu.
 * @csspart menu-item - Each item of the menu.
 * @csspart step-up - How to reach the level the page requires: the step-up or verification
 *   link, or the note that it cannot be reached online.
 * @csspart error - The "couldn't check your session" message.
 * @csspart retry - Its retry button.
 *
 * @cssproperty --llave-login-button-background - Fill of the primary button (default the primary color).
 * @cssproperty --llave-login-button-color - Text of the primary button (default on-primary).
 * @cssproperty --llave-login-button-border-color - Border (default the primary color).
 * @cssproperty --llave-login-button-radius - Corner radius (default `--llave-radius-m`).
 * @cssproperty --llave-login-button-height - Height (default 44px; 36px for `s`, 52px for `l`).
 * @cssproperty --llave-login-button-min-width - Reserved width (default 22rem; 19rem `s`, 25rem `l`).
 * @cssproperty --llave-login-button-font-size - Text size (default 1rem).
 * @cssproperty --llave-login-button-menu-background - Menu surface (default the surface color).
 *
 * @cssstate loading - The session is being read for the first time.
 * @cssstate signed-in - A citizen is signed in.
 * @cssstate signed-out - Nobody is signed in.
 * @cssstate error - The session could not be read.
 * @cssstate open - The account menu is open.
 *
 * @property level - (`level`) The level this page requires (`basica`, `verificada`, `firma`):
 *   sign-in asks for it; a signed-in citizen below it is shown what the BFF's `levelUp` says:
 *   a step-up sign-in, a link to verify a contact, or that the level cannot be reached online.
 * @property profileHref - (`profile-href`) Link of "Mi perfil" in the menu; no item without it.
 * @property verifyHref - (`verify-href`) The page's contact verification page, linked when the
 *   BFF says the required level is reached by verifying a contact (default `profile-href`).
 * @property returnTo - (`return-to`) Where to come back after sign-in; default this page.
 * @property size - (`size`) `s`, `m` (default) or `l`.
 * @property variant - (`variant`) `primary` (default) or `outline`.
 */
export class LlaveLoginButton extends LlaveElement {
  static override styles = [baseStyles, loginButtonStyles];

  // `static properties` rather than decorators: the decorator runtime is a chunk of its own that
  // a page with only this button would download, and it sits on the 15 KB path (DESIGN.md §6).
  // Fields below are plain assignments (useDefineForClassFields: false), so Lit's accessors see them.
  // `state: true` alone: Lit gives state no attribute (createProperty sets `attribute: false`),
  // and the manifest keeps only the header's members (public-contract.mjs).
  static override properties = {
    level: { reflect: true },
    profileHref: { attribute: 'profile-href' },
    verifyHref: { attribute: 'verify-href' },
    returnTo: { attribute: 'return-to' },
    size: { reflect: true },
    variant: { reflect: true },
    open: { state: true },
    busy: { state: true },
    logoutFailed: { state: true },
    announcement: { state: true },
  };

  level?: Level;
  profileHref?: string;
  verifyHref?: string;
  returnTo?: string;
  size: 's' | 'm' | 'l' = 'm';
  variant: 'primary' | 'outline' = 'primary';

  private open = false;
  private busy = false;
  private logoutFailed = false;
  private announcement = '';

  // Plain lookups rather than @query: one chunk less on the 15 KB path (DESIGN.md §6).
  #find(part: string) {
    return this.renderRoot.querySelector<HTMLElement>(`[part~="${part}"]`);
  }
  get #items() {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  }

  #i18n = new I18nController(this, [S]);
  #session = new SessionController(this);
  // Rendered on the server (@lit-labs/ssr), or upgraded over the declarative shadow root it
  // wrote. The server cannot know the session, so it renders the page's fallback link (a
  // citizen without JavaScript still signs in), and the first render in the browser, which
  // hydrates that shadow root, must be that same template; the session shows from the next one.
  #serverRendered = isServer || !!this.shadowRoot;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.#onOutside, true);
  }

  // A plain function, so render code can take it (`const t = this.#t`); S is the one namespace.
  #t = this.#i18n.translator;

  /** Where sign-in comes back to: the attribute, or this page (path + query, never the hash). */
  get #returnTo(): string {
    return this.returnTo ?? `${location.pathname}${location.search}`;
  }

  /** Sign-in and step-up alike ask for the level this page requires. */
  #loginUrl(): string {
    return this.#session.store.client.loginUrl(this.#returnTo, this.level);
  }

  // A method Lit calls with the host as `this` (`@click=${this.#onLoginClick}`).
  #onLoginClick(event: MouseEvent) {
    const start = new LlaveLoginStartEvent(this.#loginUrl(), this.#returnTo, this.level);
    if (!this.dispatchEvent(start)) event.preventDefault();
  }

  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: a controller works through its host
  readonly #states = new StatesController(this, () => {
    const { status, info } = this.#session.state;
    const signedIn = !!info?.authenticated;
    return {
      loading: !info && (status === 'idle' || status === 'loading'),
      error: !info && status === 'error',
      'signed-in': signedIn,
      'signed-out': !!info && !signedIn,
      // willUpdate, which runs before controllers' hostUpdate, closed it unless signed in.
      open: this.open,
    };
  });

  override willUpdate(): void {
    if (!this.#session.state.info?.authenticated) this.open = false;
  }

  override firstUpdated(): void {
    if (this.#serverRendered) this.requestUpdate();
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('open' as keyof LlaveLoginButton)) {
      if (this.open) document.addEventListener('pointerdown', this.#onOutside, true);
      else document.removeEventListener('pointerdown', this.#onOutside, true);
    }
  }

  // Templates are written compactly on purpose: the CDN build keeps their whitespace, and every
  // byte counts against the 15 KB budget of this element (DESIGN.md §6). Children of flex boxes
  // need no whitespace between them; a space stays where it separates words read out together.
  override render() {
    const { status, info, error } = this.#session.state;
    const live = html`<span class="visually-hidden" role="status">${this.announcement}</span>`;
    if (this.#serverRendered && (!info || !this.hasUpdated)) return html`<slot></slot>${live}`;
    // The sizer is an invisible copy of the sign-in button under every state (the host is a
    // one-cell grid): the host keeps the box of the fallback link whatever it shows, so reading
    // the session or signing in never moves the page (CLS 0, issue 14), even where the label
    // wraps. The live region is positioned, out of the grid.
    const frame = (content: unknown) =>
      html`<span class="button sizer" aria-hidden="true"
        ><span class="icon"></span><span class="label">${this.#t('signIn')}</span></span
      >${content}${live}`;
    if (info?.authenticated && info.user) return frame(this.#renderSignedIn());
    if (!info && status === 'error' && error) return frame(this.#renderError());
    if (!info) {
      return frame(html`<span part="button" class="button loading" role="status"
        ><span class="spinner" aria-hidden="true"></span
        ><span part="label" class="label">${this.#t('checking')}</span></span
      >`);
    }
    return frame(this.#renderSignIn());
  }

  #renderSignIn() {
    return html`<a
      part="button"
      class="button"
      href=${this.#loginUrl()}
      @click=${this.#onLoginClick}
      >${keyIcon}<span part="label" class="label">${this.#t('signIn')}</span></a
    >`;
  }

  #renderError() {
    return html`<span class="row"
      >${this.#renderSignIn()}<span part="error" class="error" id="error">${this.#t('error')}</span
      ><button
        part="retry"
        class="retry"
        type="button"
        aria-describedby="error"
        @click=${() => this.#session.store.refresh()}
      >${this.#t('retry')}</button></span
    >`;
  }

  #renderSignedIn() {
    const { user, levelUp } = this.#session.state.info!;
    const t = this.#t;
    const level = this.level!;
    const levelName = (l: string) => t(`level.${l}` as 'level.basica');
    // How the BFF says this level is reached; a BFF without `levelUp` knows only sign-in.
    const way = !satisfiesLevel(user!.level, level) && (levelUp?.[level] ?? 'login');
    const login = way === 'login';
    // Never a dead button: sign in again (step-up), a link to verify a contact, or why not here.
    const stepUp = way
      ? html`<a
          part="step-up"
          class="step-up"
          href=${login ? this.#loginUrl() : (way === 'verify-contact' && (this.verifyHref ?? this.profileHref)) || nothing}
          @click=${(e: MouseEvent) => login && this.#onLoginClick(e)}
          >${t(login ? 'stepUp' : way, { level: levelName(level) })}</a
        >`
      : nothing;
    // Line breaks stand only inside tags, where they are insignificant: the text between elements
    // is exactly what renders (the CDN build collapses these breaks, so they cost nothing).
    const profile = this.profileHref
      ? html`<a part="menu-item" role="menuitem" tabindex="-1" href=${this.profileHref}
          >${t('profile')}</a
        >`
      : nothing;
    const logoutError = this.logoutFailed
      ? html`<p class="menu-error" role="alert">${t('logoutError')}</p>`
      : nothing;
    return html`<span class="row"
      >${stepUp}<span class="menu-wrap"
        ><button
          part="menu-button"
          class="menu-button"
          type="button"
          aria-haspopup="menu"
          aria-expanded=${String(this.open)}
          aria-controls="menu"
          @click=${() => this.#toggle(!this.open, 0)}
          @keydown=${this.#onButtonKeydown}
          ><span class="visually-hidden">${t('account')}:</span> <span part="name" class="name"
            >${user!.name}</span
          ><span part="badge" class="badge"
            ><span class="visually-hidden">,</span> ${t('levelBadge', { level: levelName(user!.level) })}</span
          ><span class="caret" aria-hidden="true"></span></button
        ><div
          part="menu"
          class="menu"
          role="menu"
          id="menu"
          aria-label=${t('account')}
          ?hidden=${!this.open}
          @keydown=${this.#onMenuKeydown}
          @focusout=${this.#onMenuFocusOut}
        >${profile}<button
            part="menu-item"
            role="menuitem"
            tabindex="-1"
            type="button"
            aria-disabled=${String(this.busy)}
            @click=${this.#logout}
          >${t(this.busy ? 'loggingOut' : 'logout')}</button
          >${logoutError}</div></span
      ></span
    >`;
  }

  /**
   * Opens or closes the menu; `focus` says what gets focus then (APG menu button): once open, the
   * item at that index (0 the first, -1 the last); once closed, `'button'` the menu button.
   */
  async #toggle(open: boolean, focus?: number | 'button') {
    this.open = open;
    if (!open) this.logoutFailed = false;
    await this.updateComplete;
    if (open && typeof focus === 'number') this.#items.at(focus)?.focus();
    else if (!open && focus === 'button') this.#find('menu-button')?.focus();
  }

  // Listeners bound in the template are methods: Lit calls them with the host as `this`.
  #onButtonKeydown(event: KeyboardEvent) {
    // Enter and Space arrive as a click on a <button>; the arrows are ours (WAI-ARIA APG).
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.#toggle(true, event.key === 'ArrowDown' ? 0 : -1);
    }
  }

  #onMenuKeydown(event: KeyboardEvent) {
    const items = this.#items;
    const current = items.indexOf(this.shadowRoot!.activeElement as HTMLElement);
    const move = (index: number) => {
      event.preventDefault();
      items[(index + items.length) % items.length]?.focus();
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(current + 1);
      case 'ArrowUp':
        return move(current - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(-1); // the last: move() wraps
      case 'Escape':
        event.preventDefault();
        return void this.#toggle(false, 'button');
      case 'Tab':
        // Tab leaves the menu and goes on to the next thing on the page (APG).
        return void this.#toggle(false);
      case ' ': {
        // Space activates a link menu item too, as Enter does.
        const el = items[current];
        if (el instanceof HTMLAnchorElement) {
          event.preventDefault();
          el.click();
        }
        return;
      }
    }
  }

  #onMenuFocusOut(event: FocusEvent) {
    const next = event.relatedTarget as Node | null;
    if (next && !this.shadowRoot!.contains(next)) void this.#toggle(false);
  }

  #onOutside = (event: Event) => {
    if (!event.composedPath().includes(this)) void this.#toggle(false);
  };

  async #logout() {
    if (this.busy) return;
    this.busy = true;
    this.logoutFailed = false;
    try {
      await this.#session.store.logout();
      this.open = false;
      this.announcement = this.#t('signedOut');
      await this.updateComplete;
      // The menu is gone: put focus somewhere sensible, the sign-in link in its place.
      this.#find('button')?.focus();
    } catch {
      this.logoutFailed = true;
    } finally {
      this.busy = false;
    }
  }
}
