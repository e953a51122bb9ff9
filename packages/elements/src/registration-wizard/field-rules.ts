import {
  FOREIGN_DOCUMENT_TYPES,
  isoDate,
  isPlausibleBirthDate,
  type PostalCodeLookup,
  parseCurp,
  validateEmail,
  validateMobile,
  validateName,
  validatePostalCode,
} from '@llave-cdmx/core';
import type { Secrets } from '../internal/form/password-stage.js';
import { countryCode } from './countries.js';
import { type Draft, SEXOS } from './draft.js';

/**
 * Field name → error code. A code is worded by the wizard's own `errors.<code>` first, then
 * core's `common:errors.<code>` (the translator's `error()`), so every rule below names its
 * message by code and no rule holds words.
 */
export type FieldErrors = Record<string, string>;

export type { Secrets } from '../internal/form/password-stage.js';

/** What a rule may look at besides the draft. */
export interface RuleContext {
  lookup?: PostalCodeLookup;
  secrets: Secrets;
  lang: string;
  /**
   * Core's password rule, from the password step's module: it carries the breached-password
   * list, so it loads only when the citizen gets near step 3 (always before step 3 shows).
   */
  passwordError?: (password: string, d: Draft) => string | undefined;
}

type Result = { ok: true } | { ok: false; code: string };
const code = (r: Result) => (r.ok ? undefined : r.code);
const filled = (s: string) => s.trim() !== '';

/** One field of the wizard: where it is, when it is asked, how it is checked and read. */
export interface FieldRule {
  /** The step it lives on: conflicts and server errors send the citizen there. */
  step: 1 | 2 | 3;
  /** Asked on one branch only: the CURP for nationals, the foreigner's document for foreigners. */
  only?: Draft['kind'];
  /** The error code, or nothing when the field is right. No `check`: never an error of its own. */
  check?(d: Draft, c: RuleContext): string | undefined;
  /** How an input changes the draft; default: the value as typed, under the field's name. */
  read?(el: HTMLInputElement, d: Draft, c: RuleContext): Partial<Draft>;
  /** The field whose error this input re-checks (a date part re-checks the date). */
  checks?: string;
  /** Re-checked on every input, not only once it shows an error. */
  eager?(patch: Partial<Draft>): boolean;
  /** Leaving it with a value checks it (not for parts of a whole, nor for secrets). */
  onLeave?: false;
  /** Held in memory only, never in the draft (the password). */
  secret?: true;
  /** Switches the form's branch: every error shown belongs to the other one. */
  resets?: true;
}

/**
 * The memorable-date check (GOV.UK): what is missing, a year not written in full, a day that
 * does not exist (31 April, 30 February), or a date in the future, each said plainly.
 */
export function birthDateError(d: Pick<Draft, 'fechaDia' | 'fechaMes' | 'fechaAnio'>) {
  const [day, month, year] = [d.fechaDia, d.fechaMes, d.fechaAnio].map((s) => s.trim());
  if (!day || !month || !year) return 'date_incomplete';
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month)) return 'date_impossible';
  if (!/^\d{4}$/.test(year)) return 'date_year';
  const iso = isoDate(Number(year), Number(month), Number(day));
  if (!iso) return 'date_impossible';
  return isPlausibleBirthDate(iso) ? undefined : 'date';
}

type DatePart = 'fechaDia' | 'fechaMes' | 'fechaAnio';

/**
 * A part of the birth date changed. A whole date typed or pasted into the day field
 * (15031960, 15/03/1960) is spread over the three fields instead of being lost.
 */
const datePart =
  (name: DatePart) =>
  (el: HTMLInputElement, d: Draft): Partial<Draft> => {
    const v = el.value.trim();
    const whole =
      name === 'fechaDia' &&
      (/^(\d{2})(\d{2})(\d{4})$/.exec(v) ?? /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})$/.exec(v));
    const parts = whole
      ? { fechaDia: whole[1]!, fechaMes: whole[2]!, fechaAnio: whole[3]! }
      : { fechaDia: d.fechaDia, fechaMes: d.fechaMes, fechaAnio: d.fechaAnio, [name]: el.value };
    const iso = birthDateError(parts)
      ? ''
      : isoDate(Number(parts.fechaAnio), Number(parts.fechaMes), Number(parts.fechaDia))!;
    return { ...parts, fechaNacimiento: iso };
  };

const name = (key: 'nombre' | 'primerApellido'): FieldRule => ({
  step: 1,
  check: (d) => code(validateName(d[key])),
});
const required = (key: 'calle' | 'numeroExterior'): FieldRule => ({
  step: 1,
  check: (d) => (filled(d[key]) ? undefined : 'required'),
});

/**
 * Every field, in on-screen order (the error summary lists them this way). Adding a field is
 * one row here, its template in its step, and its key in the draft.
 */
export const FIELDS: Record<string, FieldRule> = {
  curp: { step: 1, only: 'nacional', check: (d) => code(parseCurp(d.curp)) },
  noCurp: {
    step: 1,
    read: (el) => ({ kind: el.checked ? 'extranjero' : 'nacional', fromRegistry: false }),
    resets: true,
  },
  nombre: name('nombre'),
  primerApellido: name('primerApellido'),
  segundoApellido: {
    step: 1,
    check: (d) => (filled(d.segundoApellido) ? code(validateName(d.segundoApellido)) : undefined),
  },
  sexo: {
    step: 1,
    only: 'extranjero',
    check: (d) => ((SEXOS as readonly string[]).includes(d.sexo) ? undefined : 'choose'),
  },
  fechaNacimiento: { step: 1, only: 'extranjero', check: (d) => birthDateError(d) },
  fechaDia: { step: 1, read: datePart('fechaDia'), checks: 'fechaNacimiento', onLeave: false },
  fechaMes: { step: 1, read: datePart('fechaMes'), checks: 'fechaNacimiento', onLeave: false },
  // The year is the date's last part: leaving it checks the whole date.
  fechaAnio: { step: 1, read: datePart('fechaAnio'), checks: 'fechaNacimiento' },
  estadoNacimiento: { step: 1 },
  nacionalidad: {
    step: 1,
    only: 'extranjero',
    check: (d) => (/^[A-Z]{2}$/.test(d.nacionalidad) ? undefined : 'country'),
    read: (el, _d, c) => ({
      nacionalidad: countryCode(el.value, c.lang),
      nacionalidadTexto: el.value,
    }),
    // A country found as typed clears its error at once.
    eager: (patch) => Boolean(patch.nacionalidad),
  },
  documentoTipo: {
    step: 1,
    only: 'extranjero',
    check: (d) =>
      (FOREIGN_DOCUMENT_TYPES as readonly string[]).includes(d.documentoTipo)
        ? undefined
        : 'choose',
  },
  documentoNumero: {
    step: 1,
    only: 'extranjero',
    check: (d) =>
      /^[\p{L}\p{N} -]{1,30}$/u.test(d.documentoNumero.trim()) ? undefined : 'documentoNumero',
  },
  codigoPostal: { step: 1, check: (d) => code(validatePostalCode(d.codigoPostal)) },
  asentamientoId: {
    step: 1,
    check: (d, c) =>
      c.lookup?.asentamientos.some((a) => a.id === d.asentamientoId) ? undefined : 'colonia',
  },
  calle: required('calle'),
  numeroExterior: required('numeroExterior'),
  numeroInterior: { step: 1 },
  email: { step: 2, check: (d) => code(validateEmail(d.email)) },
  mobile: {
    step: 2,
    check: (d) => (filled(d.mobile) ? code(validateMobile(d.mobile)) : undefined),
  },
  password: {
    step: 3,
    // Core's one rule, the one the server applies: every name part, CURP and contacts.
    check: (d, c) => c.passwordError?.(c.secrets.password, d),
    secret: true,
    onLeave: false,
  },
  passwordConfirm: {
    step: 3,
    check: (_d, { secrets: s }) =>
      s.password && s.password !== s.passwordConfirm ? 'password_mismatch' : undefined,
    secret: true,
    onLeave: false,
  },
  acceptPrivacyNotice: {
    step: 3,
    check: (d) => (d.acceptPrivacyNotice ? undefined : 'privacy'),
    read: (el) => ({ acceptPrivacyNotice: el.checked }),
  },
};

/** One field's check, or nothing where the field is not asked on this branch. */
export function validateField(field: string, d: Draft, c: RuleContext): string | undefined {
  const rule = FIELDS[field];
  if (!rule?.check || (rule.only && rule.only !== d.kind)) return undefined;
  return rule.check(d, c);
}

/** Every error of a step, in on-screen order. `lookup` null: a CP the catalog does not know. */
export function validateStep(
  step: 1 | 2 | 3,
  d: Draft,
  lookup: PostalCodeLookup | null | undefined,
  c: Omit<RuleContext, 'lookup'>,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, rule] of Object.entries(FIELDS)) {
    if (rule.step !== step) continue;
    const found = validateField(field, d, { ...c, lookup: lookup ?? undefined });
    if (found) errors[field] = found;
  }
  // A CP the catalog does not know is its own error, not "choose a colonia".
  if (lookup === null && !errors.codigoPostal) {
    errors.codigoPostal = 'postal_code_not_found';
    delete errors.asentamientoId;
  }
  return errors;
}
