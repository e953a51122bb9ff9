import type { Tramite } from '@llave-cdmx/core';
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { formatDocDate } from '../internal/documents-format.js';
import type { Translator } from '../internal/i18n-controller.js';
import type { TrackerNamespaces } from './tramite-tracker.strings.js';

type Tr = Translator<TrackerNamespaces>;

/** A folio used in an id: folios are `[A-Z0-9]`, but a server could send anything. */
const idOf = (folio: string) => `t-${folio.replace(/[^A-Za-z0-9_-]/g, '_')}`;

const status = (t: Tramite, tr: Tr) =>
  html`<span part="status" class="status ${t.status}">${tr(`common:tramiteStatuses.${t.status}`)}</span>`;

/** The facts of a trámite; `summary` are the three a row shows (folio, status, last update). */
function facts(t: Tramite, tr: Tr, lang: string, which: 'all' | 'summary' | 'rest') {
  const row = (term: string, value: unknown, mono = false) =>
    html`<div><dt>${term}</dt><dd class=${mono ? 'mono' : ''}>${value}</dd></div>`;
  const summary = which !== 'rest';
  const rest = which !== 'summary';
  return html`<dl>
    ${rest ? row(tr('tramite.agency'), t.agency.name) : nothing}
    ${summary ? row(tr('tramite.folio'), t.folio, true) : nothing}
    ${rest && t.lineaCaptura ? row(tr('tramite.lineaCaptura'), t.lineaCaptura, true) : nothing}
    ${rest ? row(tr('tramite.createdAt'), formatDocDate(t.createdAt, lang)) : nothing}
    ${summary ? row(tr('tramite.updatedAt'), formatDocDate(t.updatedAt, lang, true)) : nothing}
    ${summary ? row(tr('tramite.status'), status(t, tr)) : nothing}
  </dl>`;
}

/**
 * The status timeline as an ordered list, oldest first, with the current step marked
 * `aria-current="step"` and said in words too (not by colour alone, WCAG 1.4.1).
 */
function timeline(t: Tramite, tr: Tr, lang: string) {
  const id = idOf(t.folio);
  const last = t.timeline.length - 1;
  return html`<h4 id="${id}-tl">${tr('tramite.timeline')}</h4>
    <ol part="timeline" class="timeline" aria-labelledby="${id}-tl">
      ${t.timeline.map(
        (e, i) => html`<li
          part=${i === last ? 'step current-step' : 'step'}
          class=${i === last ? 'current' : ''}
          aria-current=${i === last ? 'step' : nothing}
        >
          <strong>${tr(`common:tramiteStatuses.${e.status}`)}</strong>
          ${i === last ? html`<span class="visually-hidden">${tr('tramite.current')}</span>` : nothing}
          <time datetime=${e.at}>${formatDocDate(e.at, lang, true)}</time>
          ${e.note ? html`<p lang="es-MX">${e.note}</p>` : nothing}
        </li>`,
      )}
    </ol>`;
}

/** One trámite in full: its facts and its timeline. */
export function renderTramite(t: Tramite, tr: Tr, lang: string) {
  const id = idOf(t.folio);
  return html`<article part="tramite" class="tramite" aria-labelledby=${id}>
    <h3 id=${id} tabindex="-1">${t.name}</h3>
    ${facts(t, tr, lang, 'all')} ${timeline(t, tr, lang)}
  </article>`;
}

/**
 * One row of the compact list: name (a heading, so a screen-reader user can jump from row to
 * row), folio, status and last update, and a disclosure button (GOV.UK details / WAI disclosure:
 * `aria-expanded`, `aria-controls`, focus stays on the button and the detail follows it in
 * reading order). The button names its trámite, as several say "Ver detalle" (WCAG 2.4.6).
 */
function renderRow(
  t: Tramite,
  tr: Tr,
  lang: string,
  open: boolean,
  toggle: (folio: string) => void,
) {
  const id = idOf(t.folio);
  return html`<li part="row" class="tramite" aria-labelledby=${id}>
    <h3 id=${id}>${t.name}</h3>
    ${facts(t, tr, lang, 'summary')}
    <button
      part="toggle"
      type="button"
      class="toggle"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="${id}-detail"
      @click=${() => toggle(t.folio)}
    >
      ${tr(open ? 'row.hide' : 'row.show')}<span class="visually-hidden">: ${t.name}</span>
    </button>
    <div id="${id}-detail" part="detail" class="detail" ?hidden=${!open}>
      ${open ? html`${facts(t, tr, lang, 'rest')} ${timeline(t, tr, lang)}` : nothing}
    </div>
  </li>`;
}

/** The trámites shown, each in full or (`rows`) as one compact row, keyed by folio. */
export function renderTramites(
  items: Tramite[],
  tr: Tr,
  lang: string,
  { rows, open, toggle }: { rows: boolean; open: Set<string>; toggle: (folio: string) => void },
) {
  const each = repeat(
    items,
    (t) => t.folio,
    (t) => (rows ? renderRow(t, tr, lang, open.has(t.folio), toggle) : renderTramite(t, tr, lang)),
  );
  return rows
    ? html`<ul part="list" class="list rows">${each}</ul>`
    : html`<div class="list">${each}</div>`;
}
