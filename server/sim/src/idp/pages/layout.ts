/**
 * The frame of every hosted page: language, skip link, simulator notice, language toggle, and
 * the error summary pattern (GOV.UK / VA.gov): a list of links to the fields at the top, focused
 * target ids on each field, so screen-reader and keyboard users reach each problem (WCAG 3.3.1).
 * Styles come from one same-origin stylesheet: the pages run under `default-src 'self'`.
 */
import type { Language } from '@llave-cdmx/core';
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Translate } from '../i18n.js';

export const STYLESHEET_PATH = '/idp/assets/idp.css';
/** Progressive enhancement only (show-password toggles); every page works without it. */
export const SCRIPT_PATH = '/idp/assets/idp.js';

export type Markup = HtmlEscapedString | Promise<HtmlEscapedString>;

export interface PageFrame {
  t: Translate;
  lng: Language;
  title: string;
  /** URL of this page in the other language (the toggle link); none where a reload would repeat an action. */
  switchHref?: string;
  /**
   * Field errors, in page order: field id → message. `inline: false` lists it in the summary
   * only (linking to the field), for a problem that is not one field's, said once.
   */
  errors?: Array<{ field?: string; message: string; inline?: boolean }>;
  /** A success or information note above the form. */
  notice?: string;
  body: Markup;
}

export function page(frame: PageFrame): Markup {
  const { t, lng, title, errors = [], notice } = frame;
  const fullTitle = errors.length ? `Error: ${title} · ${t('brand')}` : `${title} · ${t('brand')}`;
  return html`<!doctype html>
<html lang="${lng}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${fullTitle}</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
<script src="${SCRIPT_PATH}" defer></script>
</head>
<body>
<a class="skip" href="#main">${t('skipToContent')}</a>
<header class="bar">
<span class="brand">${t('brand')}</span>
${frame.switchHref ? html`<a class="lang" href="${frame.switchHref}" lang="${t('switchLanguageLang')}" hreflang="${t('switchLanguageLang')}">${t('switchLanguage')}</a>` : ''}
</header>
<main id="main" tabindex="-1">
<p class="sim">${t('simulatorNotice')}</p>
<h1>${title}</h1>
${
  errors.length
    ? // Focused on load (autofocus, no script needed) so the citizen hears the problem first and
      // Tab goes on to its links (GOV.UK error summary). No role="alert" as well: with the
      // focus it would be read twice.
      html`<div class="error-summary" tabindex="-1" autofocus>
<h2 id="error-summary-title">${t('errorSummaryTitle')}</h2>
<ul>${errors.map((e) => (e.field ? html`<li><a href="#${e.field}">${e.message}</a></li>` : html`<li>${e.message}</li>`))}</ul>
</div>`
    : ''
}
${notice ? html`<p class="notice" role="status">${notice}</p>` : ''}
${frame.body}
</main>
</body>
</html>`;
}

/** A labelled input with its help and error next to it (`aria-describedby`, WCAG 1.3.1 / 3.3.1). */
export function field(opts: {
  id: string;
  name?: string;
  label: string;
  type?: string;
  autocomplete: string;
  value?: string;
  help?: string;
  error?: string;
  inputmode?: string;
  required?: boolean;
  /** Label of a show/hide toggle for a password (shown only once the page script runs). */
  toggle?: string;
  /** Ids the toggle shows and hides (default: this field's). */
  toggles?: string;
}): Markup {
  const describedBy = [opts.help ? `${opts.id}-help` : '', opts.error ? `${opts.id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return html`<div class="field${opts.error ? ' field-error' : ''}">
<label for="${opts.id}">${opts.label}</label>
${opts.help ? html`<p class="help" id="${opts.id}-help">${opts.help}</p>` : ''}
${opts.error ? html`<p class="error" id="${opts.id}-error">${opts.error}</p>` : ''}
<input id="${opts.id}" name="${opts.name ?? opts.id}" type="${opts.type ?? 'text'}" autocomplete="${opts.autocomplete}"${opts.inputmode ? raw(` inputmode="${opts.inputmode}"`) : ''}${opts.required === false ? '' : raw(' required')}${describedBy ? raw(` aria-describedby="${describedBy}"`) : ''}${opts.error ? raw(' aria-invalid="true"') : ''} value="${opts.value ?? ''}" spellcheck="false" autocapitalize="none">
${opts.toggle ? html`<button type="button" class="secondary toggle" data-toggle-password aria-controls="${opts.toggles ?? opts.id}" aria-pressed="false" hidden>${opts.toggle}</button>` : ''}
</div>`;
}

export function csrfInput(token: string): Markup {
  return html`<input type="hidden" name="csrf" value="${token}">`;
}
