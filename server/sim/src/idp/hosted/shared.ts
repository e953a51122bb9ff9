/**
 * What the hosted-page routes share: their dependencies, the per-request language, the security
 * headers, form parsing that never throws, and rendering.
 */
import type { Language } from '@llave-cdmx/core';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { SimAccount, SimContext } from '../../types.js';
import { findClient } from '../clients.js';
import type { Csrf } from '../csrf.js';
import { LANGUAGE_COOKIE, pickLanguage, type Translate, translator } from '../i18n.js';
import type { LoginTransaction, LoginTransactions } from '../login-transaction.js';
import { type Markup, type PageFrame, page } from '../pages/layout.js';
import { messageBody } from '../pages/views.js';
import type { LoginRateLimiter } from '../rate-limit.js';

/** How a finished (or abandoned) sign-in goes back to the client, per protocol. */
export interface SignInCompleter {
  /** Returns the URL to send the browser to (the client's redirect, or oidc-provider's resume). */
  complete(txn: LoginTransaction, account: SimAccount, amr: string[]): Promise<string>;
  abort(
    txn: LoginTransaction,
    error: 'access_denied' | 'unmet_authentication_requirements',
    description: string,
  ): Promise<string>;
}

export interface HostedDeps {
  ctx: SimContext;
  txns: LoginTransactions;
  csrf: Csrf;
  limiter: LoginRateLimiter;
  completer: SignInCompleter;
}

export const SECURITY_HEADERS: Record<string, string> = {
  // No inline script or style anywhere; form-action is left out on purpose: Chromium applies it
  // to the redirect that follows a POST, which would block the return to the client.
  'Content-Security-Policy':
    "default-src 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

export function languageOf(c: Context, txn?: LoginTransaction): Language {
  const query = c.req.query('lng');
  const lng = pickLanguage(
    query,
    getCookie(c, LANGUAGE_COOKIE) ?? txn?.uiLocale,
    c.req.header('accept-language'),
  );
  if (query) setCookie(c, LANGUAGE_COOKIE, lng, { path: '/', sameSite: 'Lax', httpOnly: true });
  return lng;
}

export interface PageContext {
  lng: Language;
  t: Translate;
  switchHref: string;
}

export function pageContext(c: Context, txn?: LoginTransaction): PageContext {
  const lng = languageOf(c, txn);
  const other = lng === 'en' ? 'es-MX' : 'en';
  return { lng, t: translator(lng), switchHref: `${c.req.path}?lng=${other}` };
}

export function render(
  c: Context,
  pc: PageContext,
  frame: Omit<PageFrame, 't' | 'lng' | 'switchHref'>,
  status: ContentfulStatusCode = 200,
) {
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.header(k, v);
  c.header('Content-Language', pc.lng);
  return c.html(page({ ...frame, t: pc.t, lng: pc.lng, switchHref: pc.switchHref }), status);
}

export function errorPage(
  c: Context,
  pc: PageContext,
  message: string,
  status: ContentfulStatusCode,
  extra?: Markup,
) {
  return render(
    c,
    pc,
    { title: pc.t('errors.title'), body: extra ?? messageBody(message), errors: [] },
    status,
  );
}

/** Form fields as strings; `undefined` when the body is not a form (malformed, JSON, too big). */
export async function readForm(c: Context): Promise<Record<string, string> | undefined> {
  const type = c.req.header('content-type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) return undefined;
  try {
    const body = await c.req.parseBody();
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(body)) if (typeof v === 'string') out[k] = v;
    return out;
  } catch {
    return undefined;
  }
}

export function clientName(ctx: SimContext, txn: LoginTransaction): string {
  const { clients, publicClients } = ctx.config;
  const client = findClient(clients, txn.clientId) ?? findClient(publicClients, txn.clientId);
  return client?.name ?? txn.clientId;
}

/** The client IP for rate limiting; app.request() tests have no socket. */
export function clientIp(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

export const paths = {
  login: (id: string) => `/login/${id}`,
  stepUp: (id: string) => `/login/${id}/step-up`,
  stepUpResend: (id: string) => `/login/${id}/step-up/resend`,
  abort: (id: string) => `/login/${id}/abort`,
  reset: (id: string) => `/login/${id}/reset`,
  resetCode: (id: string) => `/login/${id}/reset/code`,
  resetPassword: (id: string) => `/login/${id}/reset/password`,
};
