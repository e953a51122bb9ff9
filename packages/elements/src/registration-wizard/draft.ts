import { FOREIGN_DOCUMENT_TYPES, type ForeignDocumentType, type Sexo } from '@llave-cdmx/core';

/** The sexes a CURP or the foreigner's form may give, in the order the form offers them. */
export const SEXOS: readonly Sexo[] = ['H', 'M', 'X'];

/**
 * What the citizen has typed, kept in sessionStorage so a reload or a wrong tap loses nothing
 * (WCAG 3.3.7 Redundant Entry). The password is NEVER part of it: only fields listed here are
 * written, so a new field is not saved until someone decides it is safe to.
 */
export interface Draft {
  step: 1 | 2 | 3;
  kind: 'nacional' | 'extranjero';
  curp: string;
  nombre: string;
  primerApellido: string;
  segundoApellido: string;
  sexo: Sexo | '';
  fechaNacimiento: string;
  /** The birth date's day, month and year as typed (foreigners), kept even when invalid. */
  fechaDia: string;
  fechaMes: string;
  fechaAnio: string;
  estadoNacimiento: string;
  /** The names came from RENAPO and are shown read-only. */
  fromRegistry: boolean;
  nacionalidad: string;
  /** The nationality as typed in the searchable field; `nacionalidad` is its ISO code once it matches. */
  nacionalidadTexto: string;
  documentoTipo: ForeignDocumentType | '';
  documentoNumero: string;
  codigoPostal: string;
  asentamientoId: string;
  calle: string;
  numeroExterior: string;
  numeroInterior: string;
  email: string;
  mobile: string;
  acceptPrivacyNotice: boolean;
}

export type DraftField = Exclude<keyof Draft, 'step' | 'kind' | 'fromRegistry'>;

export const emptyDraft = (): Draft => ({
  step: 1,
  kind: 'nacional',
  curp: '',
  nombre: '',
  primerApellido: '',
  segundoApellido: '',
  sexo: '',
  fechaNacimiento: '',
  fechaDia: '',
  fechaMes: '',
  fechaAnio: '',
  estadoNacimiento: '',
  fromRegistry: false,
  nacionalidad: '',
  nacionalidadTexto: '',
  documentoTipo: '',
  documentoNumero: '',
  codigoPostal: '',
  asentamientoId: '',
  calle: '',
  numeroExterior: '',
  numeroInterior: '',
  email: '',
  mobile: '',
  acceptPrivacyNotice: false,
});

const KEYS = Object.keys(emptyDraft()) as Array<keyof Draft>;
const storageKey = (key: string) => `llave-registration:${key}`;

/** Reads a saved draft; anything unreadable or unknown is ignored rather than trusted. */
export function loadDraft(key: string): Draft {
  const draft = emptyDraft();
  try {
    const saved = JSON.parse(sessionStorage.getItem(storageKey(key)) ?? '{}') as Partial<Draft>;
    const into = draft as unknown as Record<string, unknown>;
    for (const k of KEYS) if (typeof saved[k] === typeof draft[k]) into[k] = saved[k];
    if (![1, 2, 3].includes(draft.step)) draft.step = 1;
    if (draft.kind !== 'extranjero') draft.kind = 'nacional';
    // Closed lists stay closed: a stale or edited draft must not carry an unknown value.
    if (!(SEXOS as readonly string[]).includes(draft.sexo)) draft.sexo = '';
    if (!(FOREIGN_DOCUMENT_TYPES as readonly string[]).includes(draft.documentoTipo))
      draft.documentoTipo = '';
  } catch {
    // Storage blocked (private mode, sandboxed iframe) or corrupt: start empty.
  }
  return draft;
}

export function saveDraft(key: string, draft: Draft): void {
  const copy: Record<string, unknown> = {};
  for (const k of KEYS) copy[k] = draft[k];
  try {
    sessionStorage.setItem(storageKey(key), JSON.stringify(copy));
  } catch {
    // Full or blocked storage: the form still works, only reload-survival is lost.
  }
}

export function clearDraft(key: string): void {
  try {
    sessionStorage.removeItem(storageKey(key));
  } catch {
    // Nothing to clear where storage is blocked.
  }
}
