import type { Level } from '@llave-cdmx/core';
import type { Context } from 'hono';
import { interpolate, messagesFor } from '../pages/messages.js';
import { renderPage } from '../pages/page.js';

type PageKind = 'unavailable' | 'store' | 'loginFailed' | 'rateLimited' | 'error';

/** A readable page in the visitor's language (es-MX unless they prefer English). */
export function errorPage(c: Context, kind: PageKind, status: number, retryHref = '/'): Response {
  const m = messagesFor(c.req.header('accept-language'));
  const title = m[`${kind}Title`];
  const body = m[`${kind}Body`];
  const html = renderPage({
    lang: m.lang,
    title,
    body,
    link: { href: retryHref, text: kind === 'loginFailed' ? m.retry : m.home },
  });
  return c.html(html, status as 200);
}

export function levelPage(
  c: Context,
  level: Level,
  stepUpPossible: boolean,
  continueTo: string,
  status = 200,
): Response {
  const m = messagesFor(c.req.header('accept-language'));
  const body = interpolate(stepUpPossible ? m.levelOidcBody : m.levelLlaveBody, {
    level: m.levelNames[level],
  });
  const html = renderPage({
    lang: m.lang,
    title: m.levelTitle,
    body,
    link: { href: continueTo, text: m.continue },
  });
  return c.html(html, status as 200);
}

/** Lands on `returnTo` through a same-origin navigation (see session/cookies.ts for why). */
export function landingPage(c: Context, returnTo: string): Response {
  const m = messagesFor(c.req.header('accept-language'));
  const html = renderPage({
    lang: m.lang,
    title: m.redirectingTitle,
    body: m.redirectingBody,
    link: { href: returnTo, text: m.continue },
    refreshTo: returnTo,
  });
  return c.html(html, 200);
}
