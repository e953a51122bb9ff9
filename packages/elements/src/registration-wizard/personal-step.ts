import { CURP_STATES, FOREIGN_DOCUMENT_TYPES, type PostalCodeLookup } from '@llave-cdmx/core';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { selectField, textField } from '../internal/form/fields.js';
import { dateTimeFormat } from '../internal/intl.js';
import { countryName, countryOptions } from './countries.js';
import { SEXOS } from './draft.js';
import type { WizardView } from './view.js';

export interface PersonalStepState {
  /** `undefined` not asked yet, `null` unknown CP. */
  postal?: PostalCodeLookup | null;
  postalPending: boolean;
  curpPending: boolean;
}

/** Step 1: identity (CURP or the foreigner branch) and address. */
export function personalStep(v: WizardView, s: PersonalStepState) {
  const d = v.draft;
  const foreign = d.kind === 'extranjero';
  const names = d.fromRegistry && !foreign;
  const sexo = SEXOS.map((x) => [x, v.t(`common:sexo.${x}`)] as [string, string]);
  return html`
    ${
      foreign
        ? nothing
        : textField(v, 'curp', {
            label: v.t('common:personal.curp'),
            help: v.t('personal.curpHelp'),
            autocomplete: 'off',
            maxlength: 18,
            autocapitalize: 'characters',
          })
    }
    <div class="llave-rw-check">
      <input type="checkbox" id=${v.id('noCurp')} name="noCurp" .checked=${foreign} />
      <label for=${v.id('noCurp')}>${v.t('personal.noCurp')}</label>
    </div>
    ${s.curpPending ? html`<p class="llave-rw-help">${v.t('personal.looking')}</p>` : nothing}
    ${names ? html`<p class="llave-rw-help" id=${v.id('registry')}>${v.t('personal.fromRegistry')}</p>` : nothing}
    ${textField(v, 'nombre', { label: v.t('personal.nombre'), autocomplete: 'given-name', readonly: names })}
    ${textField(v, 'primerApellido', { label: v.t('personal.primerApellido'), autocomplete: 'family-name', readonly: names })}
    ${textField(v, 'segundoApellido', { label: v.t('personal.segundoApellido'), autocomplete: 'additional-name', readonly: names, optional: !names })}
    ${
      foreign
        ? html`
          ${selectField(v, 'sexo', { label: v.t('common:personal.sexo'), options: sexo })}
          ${memorableDate(v)}
          ${countryField(v)}
          ${selectField(v, 'documentoTipo', {
            label: v.t('common:personal.documento'),
            options: FOREIGN_DOCUMENT_TYPES.map(
              (x) => [x, v.t(`common:foreignDocumentTypes.${x}`)] as [string, string],
            ),
          })}
          ${textField(v, 'documentoNumero', { label: v.t('personal.documentoNumero'), maxlength: 30 })}`
        : d.sexo
          ? html`<dl class="llave-rw-facts">
              <div><dt>${v.t('common:personal.sexo')}</dt><dd>${v.t(`common:sexo.${d.sexo}`)}</dd></div>
              <div><dt>${v.t('common:personal.fechaNacimiento')}</dt><dd>${formatDate(d.fechaNacimiento, v.lang)}</dd></div>
              <div><dt>${v.t('common:personal.estadoNacimiento')}</dt><dd>${
                d.estadoNacimiento === 'NE'
                  ? v.t('common:estados.NE')
                  : (CURP_STATES[d.estadoNacimiento as keyof typeof CURP_STATES] ??
                    d.estadoNacimiento)
              }</dd></div>
            </dl>`
          : nothing
    }
    <fieldset class="llave-rw-fieldset">
      <legend>${v.t('common:address.legend')}</legend>
      ${textField(v, 'codigoPostal', {
        label: v.t('common:address.codigoPostal'),
        help: v.t('common:address.codigoPostalHelp'),
        autocomplete: 'postal-code',
        inputmode: 'numeric',
        maxlength: 5,
      })}
      ${s.postalPending ? html`<p class="llave-rw-help">${v.t('common:address.looking')}</p>` : nothing}
      ${
        s.postal
          ? html`
            ${textField(v, 'estado', { label: v.t('common:address.estado'), readonly: true, value: s.postal.estado, autocomplete: 'address-level1' })}
            ${textField(v, 'municipio', { label: v.t('common:address.municipio'), readonly: true, value: s.postal.municipio, autocomplete: 'address-level2' })}
            ${selectField(v, 'asentamientoId', {
              label: v.t('common:address.colonia'),
              help: v.t('address.coloniaHelp'),
              options: s.postal.asentamientos.map(
                (a) =>
                  [a.id, v.t('address.coloniaOption', { nombre: a.nombre, tipo: a.tipo })] as [
                    string,
                    string,
                  ],
              ),
            })}`
          : nothing
      }
      ${textField(v, 'calle', { label: v.t('common:address.calle'), autocomplete: 'address-line1' })}
      ${textField(v, 'numeroExterior', { label: v.t('common:address.numeroExterior') })}
      ${textField(v, 'numeroInterior', { label: v.t('common:address.numeroInterior'), optional: true, autocomplete: 'address-line2' })}
    </fieldset>
  `;
}

function formatDate(iso: string, lang: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  return Number.isNaN(d.getTime())
    ? iso
    : dateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}

/**
 * The birth date as three labelled fields, day, month and year (GOV.UK memorable date): a
 * browser date field turned 15031960 into 1960-12-03. What is typed stays as typed; the error
 * (under the legend) says what is wrong. The day field carries the date's id, so the error
 * summary's link lands on it.
 */
function memorableDate(v: WizardView) {
  const d = v.draft;
  const id = v.id('fechaNacimiento');
  const error = v.errors.fechaNacimiento;
  const part = (
    name: 'fechaDia' | 'fechaMes' | 'fechaAnio',
    autocomplete: string,
    size: string,
  ) => {
    const partId = name === 'fechaDia' ? id : v.id(name);
    return html`<div class="llave-rw-date-part ${size}">
      <label for=${partId}>${v.t(`personal.${name}`)}</label>
      <input
        id=${partId}
        name=${name}
        type="text"
        inputmode="numeric"
        autocomplete=${autocomplete}
        spellcheck="false"
        aria-invalid=${!!error}
        .value=${live(d[name])}
      />
    </div>`;
  };
  return html`<fieldset class="llave-rw-fieldset llave-rw-date" role="group" aria-describedby="${id}-hint ${id}-error">
    <legend>${v.t('common:personal.fechaNacimiento')}</legend>
    <p class="llave-rw-help" id="${id}-hint">${v.t('personal.fechaHint')}</p>
    <p class="llave-rw-error" id="${id}-error">${error ? v.message(error) : ''}</p>
    <div class="llave-rw-date-parts">
      ${part('fechaDia', 'bday-day', 'two')} ${part('fechaMes', 'bday-month', 'two')}
      ${part('fechaAnio', 'bday-year', 'four')}
    </div>
  </fieldset>`;
}

/**
 * Nationality: type to search (a native datalist filters the 249 ISO 3166-1 countries, named in
 * the page's language), then pick. What was typed stays when it matches no country, with the
 * error next to it.
 */
function countryField(v: WizardView) {
  const d = v.draft;
  const id = v.id('nacionalidad');
  const error = v.errors.nacionalidad;
  const shown = d.nacionalidadTexto || countryName(d.nacionalidad, v.lang);
  return html`<div class="llave-rw-field">
    <label for=${id}>${v.t('personal.nacionalidad')}</label>
    <p class="llave-rw-help" id="${id}-help">${v.t('personal.nacionalidadHelp')}</p>
    <input
      id=${id}
      name="nacionalidad"
      type="text"
      list="${id}-list"
      autocomplete="off"
      spellcheck="false"
      aria-required="true"
      aria-invalid=${!!error}
      aria-describedby="${id}-help ${id}-error"
      .value=${live(shown)}
    />
    <datalist id="${id}-list">
      ${countryOptions(v.lang).map(([, name]) => html`<option value=${name}></option>`)}
    </datalist>
    <p class="llave-rw-error" id="${id}-error">${error ? v.message(error) : ''}</p>
  </div>`;
}
