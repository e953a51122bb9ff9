import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

/**
 * What the field templates need from the component that renders them: ids, errors and the
 * few words every form shares, already translated (each component words them in its own
 * namespace, so the templates need no translator and no component's draft).
 */
export interface FieldView {
  /** Field name → error code. */
  errors: Readonly<Record<string, string | undefined>>;
  /** Unique light-DOM id for a field (`llave-rw-3-curp`). */
  id(name: string): string;
  /** Translates an error code next to its field. */
  message(code: string): string;
  /** The current value of a field, when the option does not give one. */
  value?(name: string): string;
  /** "(opcional)" after the label of an optional field. */
  optionalLabel?: string;
  /** The empty first option of a select ("Elige una opción"). */
  chooseLabel?: string;
}

export interface FieldOptions {
  label: string;
  help?: string;
  type?: string;
  autocomplete?: string;
  inputmode?: string;
  optional?: boolean;
  readonly?: boolean;
  value?: string;
  maxlength?: number;
  /** `characters` for codes typed in capitals (CURP) on phone keyboards. */
  autocapitalize?: string;
}

/**
 * Label, help, input and error side by side in the light DOM, so `for`, `aria-describedby` and
 * the browser's autofill all work (they do not across shadow roots). A boolean bound to an
 * attribute is written as "true" or "false", the values the `aria-*` states take.
 */
export function textField(v: FieldView, name: string, o: FieldOptions): TemplateResult {
  const id = v.id(name);
  const error = v.errors[name];
  const value = o.value ?? v.value?.(name) ?? '';
  return html`<div class="llave-rw-field">
    <label for=${id}>${o.label}${o.optional ? html` <span class="llave-rw-optional">${v.optionalLabel}</span>` : nothing}</label>
    ${o.help ? html`<p class="llave-rw-help" id="${id}-help">${o.help}</p>` : nothing}
    <input
      id=${id}
      name=${name}
      type=${o.type ?? 'text'}
      autocomplete=${o.autocomplete ?? 'off'}
      inputmode=${ifDefined(o.inputmode)}
      maxlength=${ifDefined(o.maxlength)}
      autocapitalize=${ifDefined(o.autocapitalize)}
      ?readonly=${o.readonly}
      aria-required=${!(o.optional || o.readonly)}
      aria-invalid=${!!error}
      aria-describedby="${o.help ? `${id}-help ` : ''}${id}-error"
      .value=${live(value)}
    />
    <p class="llave-rw-error" id="${id}-error">${error ? v.message(error) : ''}</p>
  </div>`;
}

export function selectField(
  v: FieldView,
  name: string,
  o: { label: string; help?: string; options: Array<[string, string]> },
): TemplateResult {
  const id = v.id(name);
  const error = v.errors[name];
  const value = v.value?.(name) ?? '';
  return html`<div class="llave-rw-field">
    <label for=${id}>${o.label}</label>
    ${o.help ? html`<p class="llave-rw-help" id="${id}-help">${o.help}</p>` : nothing}
    <select
      id=${id}
      name=${name}
      aria-required="true"
      aria-invalid=${!!error}
      aria-describedby="${o.help ? `${id}-help ` : ''}${id}-error"
    >
      <option value="" ?selected=${value === ''}>${v.chooseLabel ?? ''}</option>
      ${o.options.map(([val, text]) => html`<option value=${val} ?selected=${val === value}>${text}</option>`)}
    </select>
    <p class="llave-rw-error" id="${id}-error">${error ? v.message(error) : ''}</p>
  </div>`;
}
