/** The hosted pages' bodies: sign-in, step-up, password reset and the error page. */
import { html } from 'hono/html';
import type { Translate } from '../i18n.js';
import { csrfInput, field, type Markup } from './layout.js';

export interface FieldErrors {
  [field: string]: string | undefined;
}

export function loginBody(opts: {
  t: Translate;
  action: string;
  resetHref: string;
  csrf: string;
  login?: string;
  errors: FieldErrors;
  client: string;
}): Markup {
  const { t, errors } = opts;
  return html`<p>${t('login.intro', { client: opts.client })}</p>
<form method="post" action="${opts.action}" novalidate>
${csrfInput(opts.csrf)}
${field({ id: 'login', label: t('login.loginLabel'), help: t('login.loginHelp'), autocomplete: 'username', value: opts.login, error: errors.login })}
${field({ id: 'password', label: t('login.passwordLabel'), type: 'password', autocomplete: 'current-password', error: errors.password, toggle: t('login.showPassword') })}
<div class="actions"><button type="submit">${t('login.submit')}</button></div>
</form>
<p class="links"><a href="${opts.resetHref}">${t('login.forgot')}</a></p>`;
}

export function stepUpBody(opts: {
  t: Translate;
  intro: string;
  sent?: string;
  action?: string;
  resendAction?: string;
  abortAction: string;
  csrf: string;
  error?: string;
  client: string;
}): Markup {
  const { t } = opts;
  return html`<p>${opts.intro}</p>
${
  opts.action
    ? html`<p>${opts.sent}</p>
<form method="post" action="${opts.action}" novalidate>
${csrfInput(opts.csrf)}
${field({ id: 'code', label: t('stepUp.codeLabel'), help: t('stepUp.codeHelp'), autocomplete: 'one-time-code', inputmode: 'numeric', error: opts.error })}
<div class="actions"><button type="submit">${t('stepUp.submit')}</button></div>
</form>
<form method="post" action="${opts.resendAction}">${csrfInput(opts.csrf)}<button class="secondary" type="submit">${t('stepUp.resend')}</button></form>`
    : ''
}
<form method="post" action="${opts.abortAction}">${csrfInput(opts.csrf)}<div class="actions"><button class="secondary" type="submit">${t('stepUp.back', { client: opts.client })}</button></div></form>`;
}

export function resetStartBody(opts: {
  t: Translate;
  action: string;
  backHref: string;
  csrf: string;
  curp?: string;
  contact?: string;
  errors: FieldErrors;
}): Markup {
  const { t, errors } = opts;
  return html`<p>${t('reset.intro')}</p>
<form method="post" action="${opts.action}" novalidate>
${csrfInput(opts.csrf)}
${field({ id: 'curp', label: t('reset.curpLabel'), autocomplete: 'off', value: opts.curp, error: errors.curp })}
${field({ id: 'contact', label: t('reset.contactLabel'), autocomplete: 'username', value: opts.contact, error: errors.contact })}
<div class="actions"><button type="submit">${t('reset.submit')}</button></div>
</form>
<p class="links"><a href="${opts.backHref}">${t('reset.backToLogin')}</a></p>`;
}

export function resetCodeBody(opts: {
  t: Translate;
  action: string;
  backHref: string;
  csrf: string;
  destination: string;
  error?: string;
}): Markup {
  const { t } = opts;
  return html`<p>${t('reset.codeSent', { destination: opts.destination })}</p>
<form method="post" action="${opts.action}" novalidate>
${csrfInput(opts.csrf)}
${field({ id: 'code', label: t('reset.codeLabel'), autocomplete: 'one-time-code', inputmode: 'numeric', error: opts.error })}
<div class="actions"><button type="submit">${t('reset.codeSubmit')}</button></div>
</form>
<p class="links"><a href="${opts.backHref}">${t('reset.backToLogin')}</a></p>`;
}

export function resetPasswordBody(opts: {
  t: Translate;
  action: string;
  csrf: string;
  errors: FieldErrors;
}): Markup {
  const { t, errors } = opts;
  return html`<form method="post" action="${opts.action}" novalidate>
${csrfInput(opts.csrf)}
${field({ id: 'password', label: t('reset.passwordLabel'), help: t('reset.passwordHelp'), type: 'password', autocomplete: 'new-password', error: errors.password })}
${field({ id: 'confirm', label: t('reset.confirmLabel'), type: 'password', autocomplete: 'new-password', error: errors.confirm, toggle: t('login.showPassword'), toggles: 'password confirm' })}
<div class="actions"><button type="submit">${t('reset.passwordSubmit')}</button></div>
</form>`;
}

export function messageBody(message: string, link?: { href: string; label: string }): Markup {
  return html`<p>${message}</p>${link ? html`<p class="links"><a href="${link.href}">${link.label}</a></p>` : ''}`;
}
