/**
 * `<llave-session mode="browser">` once its session is first read: the settings checked, the
 * sign-in links, the errors shown, and oidc-client-ts (browser-engine.ts) loaded only when there
 * is an IdP answer to process or a sign-in to start. Loaded on demand by browser-client.ts.
 */
import {
  type ApiTarget,
  type I18n,
  LEVELS,
  type Level,
  LlaveError,
  resolveLanguage,
  type SessionInfo,
} from '@llave-cdmx/core';
import { css, html, nothing, type ReactiveElement } from 'lit';
import * as tokens from '../internal/tokens.js';
import type { BROWSER_ATTRIBUTES, BrowserClient } from './browser-client.js';
import type { BrowserEngine } from './browser-engine.js';
import { sessionStrings as S } from './session.strings.js';

/**
 * The settings of a browser-only session, as `<llave-session mode="browser">` reads them from
 * its attributes. Every URL is absolute.
 */
export interface BrowserSessionSettings {
  /** OpenID Connect issuer (discovery at `{issuer}/.well-known/openid-configuration`). */
  issuer: string;
  clientId: string;
  /** This page: the sign-in comes back to the document whose memory keeps the tokens. */
  redirectUri: string;
  postLogoutRedirectUri: string;
  scope: string;
  /** The Llave API base that allows this origin (CORS), e.g. `https://api.example/api`. */
  api: string;
}

/** The attributes as `<llave-session>` has them (`null` when absent). */
export type BrowserSessionAttributes = Partial<
  Record<(typeof BROWSER_ATTRIBUTES)[number], string | null>
>;

/**
 * On the redirect URI, starts a sign-in as the page loads: what `loginUrl()` links to, so a
 * plain link anywhere (a component's "Inicia sesión", a new tab) signs in like the button does.
 */
export const SIGN_IN_PARAM = 'llave-sign-in';

/** Loopback may use http for development; every other origin needs https (RFC 10017 §6). */
function isSafeUrl(value: string | null | undefined): value is string {
  if (!value) return false;
  try {
    const u = new URL(value);
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);
    return u.protocol === 'https:' || (u.protocol === 'http:' && loopback);
  } catch {
    return false;
  }
}

/** `fields.setting` names the attribute, for the message. */
const configError = (setting: string) => new LlaveError('config', 'config_invalid', 0, { setting });

/**
 * Checks the attributes and answers complete settings, or the error to show. The Llave CDMX
 * protocol is refused outright: its token call needs a client secret, and anything a page
 * holds, every script on the page can read.
 */
export function browserSettings(
  attrs: BrowserSessionAttributes,
  here: string = globalThis.location?.href ?? 'http://localhost/',
): BrowserSessionSettings | LlaveError {
  const protocol = attrs.protocol?.trim().toLowerCase();
  if (protocol === 'llave') return new LlaveError('config', 'protocol_unsupported', 0);
  if (protocol && protocol !== 'oidc') return configError('protocol');
  const { issuer, api } = attrs;
  const clientId = attrs['client-id']?.trim();
  const redirectUri = attrs['redirect-uri'];
  if (!isSafeUrl(issuer)) return configError('issuer');
  if (!clientId) return configError('client-id');
  // The tokens live in this document: a redirect to another origin could never reach them.
  if (!isSafeUrl(redirectUri) || new URL(redirectUri).origin !== new URL(here).origin)
    return configError('redirect-uri');
  if (!isSafeUrl(api)) return configError('api');
  const postLogout = attrs['post-logout-redirect-uri'] || redirectUri;
  if (!isSafeUrl(postLogout)) return configError('post-logout-redirect-uri');
  const scopes = new Set((attrs.scope || 'openid profile').split(/\s+/).filter(Boolean));
  scopes.add('openid');
  return {
    // Exactly as given: discovery must name this very string (OIDC Discovery §4.3), and some
    // issuers end with a slash (`https://tenant.example/`).
    issuer: issuer.trim(),
    clientId,
    redirectUri,
    postLogoutRedirectUri: postLogout,
    scope: [...scopes].join(' '),
    api: api.replace(/\/+$/, ''),
  };
}

const samePage = (target: string, url: URL) => {
  const t = new URL(target);
  return t.origin === url.origin && t.pathname === url.pathname;
};

/** Does this URL carry an IdP's answer (sign-in or sign-out) for the OIDC library to process? */
export function isIdpAnswer(settings: BrowserSessionSettings, href: string): boolean {
  const url = new URL(href);
  if (!url.searchParams.has('state')) return false;
  return samePage(settings.redirectUri, url) || samePage(settings.postLogoutRedirectUri, url);
}

/**
 * A sign-in `loginUrl()` asked for, read (and taken out of) this URL: where to come back to and
 * the level to ask for. Undefined when the URL asks for none.
 */
export function signInRequest(
  settings: BrowserSessionSettings,
  href: string,
): { returnTo?: string; level?: Level; rest: string } | undefined {
  const url = new URL(href);
  const q = url.searchParams;
  if (!q.has(SIGN_IN_PARAM) || !samePage(settings.redirectUri, url)) return undefined;
  const level = q.get('level');
  const returnTo = q.get('returnTo') ?? undefined;
  for (const p of [SIGN_IN_PARAM, 'level', 'returnTo']) q.delete(p);
  return {
    ...(returnTo ? { returnTo } : {}),
    ...(level && (LEVELS as readonly string[]).includes(level) ? { level: level as Level } : {}),
    rest: `${url.pathname}${url.search}${url.hash}`,
  };
}

/** What a refused or impossible session shows, inside `<llave-session>`'s shadow root. */
const styles = css`
  .error {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin: 0 0 1rem;
    padding: 0.75rem 1rem;
    border: 2px solid ${tokens.colorDanger};
    border-inline-start-width: 0.5rem;
    border-radius: ${tokens.radiusM};
    background: ${tokens.colorSurface};
    color: ${tokens.colorText};
    font-family: ${tokens.fontFamily};
  }
  .error:focus-visible,
  button:focus-visible {
    outline: ${tokens.focusRing};
    outline-offset: 2px;
  }
  button {
    /* WCAG 2.5.8 target size; 44 px as every component aims at. */
    min-height: ${tokens.targetComfortable};
    padding: 0 1rem;
    font: inherit;
    color: ${tokens.colorPrimary};
    background: transparent;
    border: 1px solid currentColor;
    border-radius: ${tokens.radiusM};
    cursor: pointer;
  }
  @media (forced-colors: active) {
    .error {
      border-color: CanvasText;
    }
  }
`;

export class BrowserMode {
  readonly settings?: BrowserSessionSettings;
  /** Why this session cannot work (refused protocol, bad setting). */
  readonly problem?: LlaveError;
  /** The last sign-in that was refused (state, nonce, IdP error), until dismissed. */
  signInError?: LlaveError;
  #engine?: Promise<BrowserEngine>;
  #focused?: LlaveError;
  #languages = new Set<string>();

  readonly #i18n: I18n;
  readonly #host: HTMLElement;
  readonly changed: () => void;

  constructor(client: BrowserClient, i18n: I18n) {
    this.#i18n = i18n;
    this.#host = client.host;
    // The session changed by itself: the store reads it again, and the message here repaints.
    this.changed = () => {
      client.onChange();
      (client.host as unknown as ReactiveElement).requestUpdate();
    };
    const settings = browserSettings(client.attrs);
    if (settings instanceof LlaveError) this.problem = settings;
    else this.settings = settings;
    i18n.onLanguageChanged(this.changed);
    // The message follows the page's language switch (`<html lang>`), as components do.
    new MutationObserver(this.changed).observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
    });
    // The sign-in button inside starts the sign-in here, without a page load. A page that
    // vetoes it (preventDefault) from inside `<llave-session>` is obeyed; once this session is
    // replaced (other attributes), the listener stands aside.
    client.host.addEventListener('llave-login-start', (event) => {
      if (event.defaultPrevented || client.host.store.client !== client) return;
      event.preventDefault();
      // A session that cannot work says why instead of leaving for nowhere.
      if (this.problem)
        this.#host.shadowRoot?.querySelector<HTMLElement>('[part="error"]')?.focus();
      else void this.signIn(event.returnTo, event.level);
    });
  }

  #load(): Promise<BrowserEngine> {
    const settings = this.settings;
    if (!settings) return Promise.reject(this.problem);
    this.#engine ??= import('./browser-engine.js').then(({ engineFor }) =>
      engineFor(settings, {
        changed: this.changed,
        refused: (error) => {
          this.signInError = error;
        },
      }),
    );
    return this.#engine;
  }

  /** A link that signs in on this page (see SIGN_IN_PARAM); `#` when the session cannot work. */
  loginUrl(returnTo?: string, level?: Level): string {
    if (!this.settings) return '#';
    const url = new URL(this.settings.redirectUri);
    url.searchParams.set(SIGN_IN_PARAM, '1');
    if (returnTo) url.searchParams.set('returnTo', returnTo);
    if (level) url.searchParams.set('level', level);
    return url.href;
  }

  async signIn(returnTo?: string, level?: Level): Promise<void> {
    await (await this.#load()).signIn(returnTo, level);
  }

  async session(): Promise<SessionInfo> {
    try {
      return await this.#session();
    } finally {
      // Whatever the answer, `<llave-session>` may now have a message to show.
      (this.#host as ReactiveElement).requestUpdate();
    }
  }

  async #session(): Promise<SessionInfo> {
    if (!this.settings) throw this.problem;
    const start = signInRequest(this.settings, location.href);
    if (start) {
      // Once: a reload or the back button must not start another sign-in.
      history.replaceState(history.state, '', start.rest);
      void this.signIn(start.returnTo, start.level);
      return { authenticated: false };
    }
    // Tokens live in memory: a page loaded any other way is signed out, no library needed.
    if (!this.#engine && !isIdpAnswer(this.settings, location.href)) {
      return { authenticated: false };
    }
    return (await this.#load()).session();
  }

  async refresh(): Promise<SessionInfo> {
    if (!this.#engine) return this.session();
    return (await this.#load()).refresh();
  }

  async logout(): Promise<void> {
    if (this.#engine) await (await this.#engine).logout();
  }

  async apiTarget(path: string): Promise<ApiTarget> {
    if (!this.settings) throw this.problem;
    const token = this.#engine ? await (await this.#engine).accessToken() : undefined;
    return {
      url: `${this.settings.api}${path}`,
      headers: token ? { Authorization: `Bearer ${token}` } : {},
      credentials: 'omit',
    };
  }

  /** The message for `host`'s shadow root, in the host's language, or nothing. */
  view(host: HTMLElement) {
    const error = this.problem ?? this.signInError;
    if (!error) return nothing;
    const root = host.shadowRoot;
    const sheet = styles.styleSheet;
    // Adopted, not a <style> element: pages under a strict style-src (DESIGN.md §6).
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    const tag = host.closest('[lang]')?.getAttribute('lang');
    const lng = tag ? resolveLanguage(tag) : this.#i18n.language;
    if (!this.#languages.has(lng)) {
      this.#languages.add(lng);
      void S.load(lng).then(this.changed);
    }
    const t = (key: 'dismiss' | 'sign_in_failed') =>
      S.t(key, { lng, setting: error.fields.setting ?? '' });
    const dismiss = () => {
      this.signInError = undefined;
      this.changed();
    };
    return html`<div part="error" class="error" role="alert" tabindex="-1">
      <span>${t(error.code as 'sign_in_failed')}</span>${
        error === this.signInError
          ? html`<button part="dismiss" type="button" @click=${dismiss}>${t('dismiss')}</button>`
          : nothing
      }
    </div>`;
  }

  /**
   * After a render: a refused sign-in is the first thing on a page just back from the IdP, so it
   * takes focus, as an error summary does (GOV.UK), to be read and not missed. Once per error.
   */
  rendered(host: HTMLElement): void {
    const error = this.signInError;
    if (!error || error === this.#focused) return;
    this.#focused = error;
    host.shadowRoot?.querySelector<HTMLElement>('[part="error"]')?.focus();
  }
}
