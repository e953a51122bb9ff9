import {
  FOREIGN_DOCUMENT_TYPES,
  isoDate,
  isPlausibleBirthDate,
  type PostalCodeLookup,
  parseCurp,
  passwordContextFor,
  validateEmail,
  validateMobile,
  validateName,
  validatePassword,
  validatePostalCode,
} from '@llave-cdmx/core';
import type { Draft } from './draft.js';

/** Field name → error code (a core validator code, or one of the wizard's own `errors.*`). */
export type FieldErrors = Record<string, string>;

/** Which step each field lives on: conflicts and server errors send the citizen there. */
export const FIELD_STEP: Record<string, 1 | 2 | 3> = {
  curp: 1,
  nombre: 1,
  primerApellido: 1,
  segundoApellido: 1,
  sexo: 1,
  fechaNacimiento: 1,
  estadoNacimiento: 1,
  nacionalidad: 1,
  documentoTipo: 1,
  documentoNumero: 1,
  codigoPostal: 1,
  asentamientoId: 1,
  calle: 1,
  numeroExterior: 1,
  numeroInterior: 1,
  email: 2,
  mobile: 2,
  password: 3,
  passwordConfirm: 3,
  acceptPrivacyNotice: 3,
};

const err = <T>(r: { ok: true; value: T } | { ok: false; code: string }) =>
  r.ok ? undefined : r.code;

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

export interface Secrets {
  password: string;
  passwordConfirm: string;
}

/** One field's check, in the order the citizen sees the fields. */
export function validateField(
  name: string,
  d: Draft,
  lookup: PostalCodeLookup | undefined,
  s: Secrets = { password: '', passwordConfirm: '' },
): string | undefined {
  const foreign = d.kind === 'extranjero';
  switch (name) {
    case 'curp':
      return foreign ? undefined : err(parseCurp(d.curp));
    case 'nombre':
    case 'primerApellido':
      return err(validateName(d[name]));
    case 'segundoApellido':
      return d.segundoApellido.trim() ? err(validateName(d.segundoApellido)) : undefined;
    case 'sexo':
      return ['H', 'M', 'X'].includes(d.sexo) ? undefined : 'choose';
    case 'fechaNacimiento':
      return foreign
        ? birthDateError(d)
        : isPlausibleBirthDate(d.fechaNacimiento)
          ? undefined
          : 'date';
    case 'nacionalidad':
      return !foreign || /^[A-Z]{2}$/.test(d.nacionalidad) ? undefined : 'country';
    case 'documentoTipo':
      return !foreign || (FOREIGN_DOCUMENT_TYPES as readonly string[]).includes(d.documentoTipo)
        ? undefined
        : 'choose';
    case 'documentoNumero':
      return !foreign || /^[\p{L}\p{N} -]{1,30}$/u.test(d.documentoNumero.trim())
        ? undefined
        : 'documentoNumero';
    case 'codigoPostal':
      return err(validatePostalCode(d.codigoPostal));
    case 'asentamientoId':
      return lookup?.asentamientos.some((a) => a.id === d.asentamientoId) ? undefined : 'colonia';
    case 'calle':
    case 'numeroExterior':
      return d[name].trim() ? undefined : 'required';
    case 'email':
      return err(validateEmail(d.email));
    case 'mobile':
      return d.mobile.trim() ? err(validateMobile(d.mobile)) : undefined;
    case 'password':
      return err(
        // Core's one rule, the one the server applies: every name part, CURP and contacts.
        validatePassword(s.password, passwordContextFor(d)),
      );
    case 'passwordConfirm':
      return s.password && s.password !== s.passwordConfirm ? 'password_mismatch' : undefined;
    case 'acceptPrivacyNotice':
      return d.acceptPrivacyNotice ? undefined : 'privacy';
    default:
      return undefined;
  }
}

const STEP_FIELDS: Record<1 | 2 | 3, (d: Draft) => string[]> = {
  1: (d) => [
    ...(d.kind === 'nacional' ? ['curp'] : []),
    'nombre',
    'primerApellido',
    'segundoApellido',
    ...(d.kind === 'extranjero'
      ? ['sexo', 'fechaNacimiento', 'nacionalidad', 'documentoTipo', 'documentoNumero']
      : []),
    'codigoPostal',
    'asentamientoId',
    'calle',
    'numeroExterior',
  ],
  2: () => ['email', 'mobile'],
  3: () => ['password', 'passwordConfirm', 'acceptPrivacyNotice'],
};

/** Every error of a step, in on-screen order (the error summary lists them this way). */
export function validateStep(
  step: 1 | 2 | 3,
  d: Draft,
  lookup: PostalCodeLookup | null | undefined,
  s?: Secrets,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const name of STEP_FIELDS[step](d)) {
    const code = validateField(name, d, lookup ?? undefined, s);
    if (code) errors[name] = code;
  }
  // A CP the catalog does not know is its own error, not "choose a colonia".
  if (lookup === null && !errors.codigoPostal) {
    errors.codigoPostal = 'postal_code_not_found';
    delete errors.asentamientoId;
  }
  return errors;
}
