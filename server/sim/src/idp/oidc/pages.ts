/**
 * oidc-provider's own pages (errors, end-session confirmation, signed out) in the hosted pages'
 * look, language and CSP, instead of its defaults that pull a font from Google and use inline
 * styles.
 */
import { html, raw } from 'hono/html';
import type { KoaContextWithOIDC } from 'oidc-provider';
import { SECURITY_HEADERS } from '../hosted/shared.js';
import { LANGUAGE_COOKIE, pickLanguage, translator } from '../i18n.js';
import { type PageFrame, page } from '../pages/layout.js';
import { messageBody } from '../pages/views.js';

async function send(
  ctx: KoaContextWithOIDC,
  frame: (t: ReturnType<typeof translator>) => Omit<PageFrame, 't' | 'lng'>,
) {
  const lng = pickLanguage(undefined, ctx.cookies.get(LANGUAGE_COOKIE), ctx.get('accept-language'));
  const t = translator(lng);
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) ctx.set(k, v);
  ctx.set('Content-Language', lng);
  ctx.type = 'html';
  ctx.body = String(await page({ ...frame(t), t, lng }));
}

export async function renderError(
  ctx: KoaContextWithOIDC,
  out: { error: string; error_description?: string },
) {
  await send(ctx, (t) => ({
    title: t('errors.title'),
    // The OAuth error code is shown for support; the description is the library's English text.
    body: html`${messageBody(t('errors.badRequest'))}<p class="help"><code>${out.error}</code></p>`,
  }));
}

export async function logoutSource(ctx: KoaContextWithOIDC, form: string) {
  await send(ctx, (t) => ({
    title: t('logout.title'),
    // `form` is oidc-provider's own markup (hidden xsrf field); the buttons submit it.
    body: html`<p>${t('logout.intro')}</p>${raw(form)}
<div class="actions"><button type="submit" form="op.logoutForm" value="yes" name="logout">${t('logout.confirm')}</button>
<button class="secondary" type="submit" form="op.logoutForm">${t('logout.cancel')}</button></div>`,
  }));
}

export async function postLogoutSuccessSource(ctx: KoaContextWithOIDC) {
  await send(ctx, (t) => ({ title: t('logout.doneTitle'), body: messageBody(t('logout.done')) }));
}
