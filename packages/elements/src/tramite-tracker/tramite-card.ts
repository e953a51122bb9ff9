import type { Tramite } from '@llave-cdmx/core';
import { html, nothing } from 'lit';
import { formatDocDate } from '../internal/documents-format.js';
import type { Translator } from '../internal/i18n-controller.js';
import type { TrackerNamespaces } from './tramite-tracker.strings.js';

/**
 * One trámite: its facts and its status timeline as an ordered list, oldest first, with the
 * current step marked `aria-current="step"` and said in words too (not by colour alone, WCAG 1.4.1).
 */
export function renderTramite(t: Tramite, tr: Translator<TrackerNamespaces>, lang: string) {
  const id = `t-${t.folio}`;
  const last = t.timeline.length - 1;
  return html`<article part="tramite" class="tramite" aria-labelledby=${id}>
    <h3 id=${id} tabindex="-1">${t.name}</h3>
    <dl>
      <div><dt>${tr('tramite.agency')}</dt><dd>${t.agency.name}</dd></div>
      <div><dt>${tr('tramite.folio')}</dt><dd class="mono">${t.folio}</dd></div>
      ${
        t.lineaCaptura
          ? html`<div><dt>${tr('tramite.lineaCaptura')}</dt><dd class="mono">${t.lineaCaptura}</dd></div>`
          : nothing
      }
      <div><dt>${tr('tramite.createdAt')}</dt><dd>${formatDocDate(t.createdAt, lang)}</dd></div>
      <div><dt>${tr('tramite.updatedAt')}</dt><dd>${formatDocDate(t.updatedAt, lang, true)}</dd></div>
      <div>
        <dt>${tr('tramite.status')}</dt>
        <dd><span part="status" class="status ${t.status}">${tr(`common:tramiteStatuses.${t.status}`)}</span></dd>
      </div>
    </dl>
    <h4 id="${id}-tl">${tr('tramite.timeline')}</h4>
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
    </ol>
  </article>`;
}
