/**
 * The read-only sections of the ficha (registry data, level, expediente summary, consent
 * history): templates of what the profile read, no state of their own.
 */
import {
  type ConsentHistory,
  CURP_STATES,
  type DocumentList,
  type ForeignPersonalData,
  LEVELS,
  type Level,
  type PersonalData,
  type Profile,
  type SessionInfo,
} from '@llave-cdmx/core';
import { html, nothing } from 'lit';
import { formatDocDate } from '../internal/documents-format.js';
import type { ProfileT } from './profile.strings.js';

/** One of the profile's reads, while and after it runs. */
export type Load<T> =
  | { status: 'idle' | 'loading' | 'error'; value?: T; code?: string }
  | { status: 'ready'; value: T };

/** LOCATEL and the Llave help pages: where the guide sends people with a problem. */
const DEFAULT_HELP = 'https://llave.cdmx.gob.mx/ayuda';

export function personalSection(p: Profile, t: ProfileT, lang: string, helpHref?: string) {
  const d = p.personal;
  const name = [d.nombre, d.primerApellido, d.segundoApellido].filter(Boolean).join(' ');
  const row = (label: string, value: string) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
  const national = 'curp' in d ? (d as PersonalData) : undefined;
  const foreign = national ? undefined : (d as ForeignPersonalData);
  const state = (code: string) =>
    code === 'NE'
      ? t('common:estados.NE')
      : (CURP_STATES[code as keyof typeof CURP_STATES] ?? code);
  return html`<section part="section" aria-labelledby="personal-title">
    <h3 id="personal-title">${t('personal.title')}</h3>
    <dl>
      ${row(t('personal.nombre'), name)}
      ${national ? row(t('common:personal.curp'), national.curp) : nothing}
      ${row(t('common:personal.sexo'), t(`common:sexo.${d.sexo}`))}
      ${row(t('common:personal.fechaNacimiento'), formatDocDate(d.fechaNacimiento, lang))}
      ${national ? row(t('common:personal.estadoNacimiento'), state(national.estadoNacimiento)) : nothing}
      ${foreign ? row(t('personal.nacionalidad'), new Intl.DisplayNames([lang], { type: 'region' }).of(foreign.nacionalidad) ?? foreign.nacionalidad) : nothing}
      ${foreign ? row(t('common:personal.documento'), `${t(`common:foreignDocumentTypes.${foreign.documentoTipo}`)} ${foreign.documentoNumero}`) : nothing}
    </dl>
    ${national ? html`<p class="help">${t('personal.fromRenapo')}</p>` : nothing}
    <p class="help">${t(national ? 'personal.howToCorrect' : 'personal.foreignHowToCorrect')}
      <a href=${helpHref ?? DEFAULT_HELP}>${t('personal.help')}</a></p>
  </section>`;
}

/**
 * The badge and the way to the next level, as the BFF says it is reached (`levelUp`); a BFF
 * without `levelUp` knows only the step-up sign-in.
 */
export function levelSection(
  level: Level,
  t: ProfileT,
  levelUp: SessionInfo['levelUp'],
  loginUrl: (level: Level) => string,
) {
  const name = (l: Level) => t(`common:levels.${l}.name`);
  const next = LEVELS[LEVELS.indexOf(level) + 1];
  const way = next && (levelUp?.[next] ?? 'login');
  return html`<section part="section" aria-labelledby="level-title">
    <h3 id="level-title">${t('level.title')}</h3>
    <p><span class="badge" part="badge">${t('level.badge', { level: name(level) })}</span></p>
    <p class="help">${t(`common:levels.${level}.description`)}</p>
    ${
      !next
        ? html`<p>${t('level.isTop')}</p>`
        : way === 'login'
          ? html`<a class="button" href=${loginUrl(next)}>${t('level.login', { level: name(next) })}</a>`
          : html`<p>${t(way === 'verify-contact' ? 'level.verify-contact' : 'common:levelUnavailable', { level: name(next) })}</p>`
    }
  </section>`;
}

export function expedienteSection(d: Load<DocumentList>, t: ProfileT, documentsHref?: string) {
  let text: string;
  if (d.status === 'ready') {
    const cotejados = d.value.items.filter((x) => x.status === 'cotejado').length;
    text = d.value.items.length
      ? t('expediente.count', { count: d.value.items.length, cotejados })
      : t('expediente.empty');
  } else if (d.status === 'error')
    text = t(d.code === 'level_required' ? 'expediente.needsLevel' : 'expediente.unavailable');
  else text = t('common:status.loading');
  return html`<section part="section" aria-labelledby="expediente-title">
    <h3 id="expediente-title">${t('expediente.title')}</h3>
    <p>${text}</p>
    ${documentsHref && d.status === 'ready' ? html`<a href=${documentsHref}>${t('expediente.open')}</a>` : nothing}
  </section>`;
}

/** Every consent given through the document picker (Lineamientos 7.1.2: the holder sees each). */
export function consentsSection(c: Load<ConsentHistory>, t: ProfileT, lang: string) {
  return html`<section part="section" aria-labelledby="consents-title">
    <h3 id="consents-title">${t('consents.title')}</h3>
    <p class="help">${t('consents.intro')}</p>
    ${
      c.status === 'ready'
        ? c.value.items.length
          ? html`<ul class="consents">${c.value.items.map(
              (x) => html`<li class="contact">
                <p><strong>${t('consents.item', { agency: x.agency.name, tramite: x.tramite })}</strong></p>
                <p class="muted">${t('consents.grantedAt', { date: formatDocDate(x.grantedAt, lang, true) })}</p>
                <p>${t('consents.documents')}:</p>
                <ul>${x.documents.map((doc) => html`<li>${t(`common:documentTypes.${doc.type}`)}: ${doc.name}</li>`)}</ul>
              </li>`,
            )}</ul>`
          : html`<p class="muted">${t('consents.empty')}</p>`
        : html`<p class="muted">${c.status === 'error' ? t('consents.unavailable') : t('common:status.loading')}</p>`
    }
  </section>`;
}
