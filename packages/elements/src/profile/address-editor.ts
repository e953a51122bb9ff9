import {
  type Address,
  apiPaths,
  type BffClient,
  LlaveError,
  type PostalCodeLookup,
  type Profile,
  type UpdateAddressRequest,
  validatePostalCode,
} from '@llave-cdmx/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type AddressField =
  | 'codigoPostal'
  | 'asentamientoId'
  | 'calle'
  | 'numeroExterior'
  | 'numeroInterior';
type Draft = Record<AddressField, string>;

/**
 * The limits the simulator's API applies, so the browser says it first (server/sim address.ts);
 * also the form's `maxlength`.
 */
export const MAX: Record<AddressField, number> = {
  codigoPostal: 5,
  asentamientoId: 10,
  calle: 150,
  numeroExterior: 20,
  numeroInterior: 20,
};
/** The fields in the form's order (MAX's), the order errors are found and focused in. */
const ORDER = Object.keys(MAX) as AddressField[];

/** A draft of `from`'s fields (an address), every missing one empty. */
const draftOf = (from?: Partial<Record<AddressField, string>>): Draft =>
  Object.fromEntries(ORDER.map((field) => [field, from?.[field] ?? ''])) as Draft;

/**
 * The address of the ficha being edited: postal code → estado, alcaldía/municipio and the
 * colonias of that code from the catalog (as the registration wizard does), then calle and
 * números. Validates before saving and keeps the draft on every error, network ones included
 * (WCAG 3.3.7: nothing typed is asked for twice).
 */
export class AddressEditor implements ReactiveController {
  // The flags start undefined (falsy), with no initialiser to ship.
  open?: boolean;
  draft: Draft = draftOf();
  errors: Partial<Record<AddressField, string>> = {};
  /** `undefined` not looked up yet, `null` unknown. */
  postal?: PostalCodeLookup | null;
  looking?: boolean;
  saving?: boolean;
  /** A failure that belongs to no field (network, server), as an error code. */
  failure?: string;
  #lookup?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly client: () => BffClient,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#lookup?.abort();
  }

  /** Opens the form on the current address (or an empty one). */
  start(current?: Address): void {
    this.open = true;
    this.errors = {};
    this.failure = undefined;
    this.draft = draftOf(current);
    this.postal = undefined;
    if (current) void this.#lookupPostal(current.codigoPostal);
    this.host.requestUpdate();
  }

  close(): void {
    this.open = false;
    this.#lookup?.abort();
    this.host.requestUpdate();
  }

  /** A field changed: keep it, and look the postal code up as soon as it has five digits. */
  input(name: string, value: string): void {
    if (!(name in this.draft)) return;
    const field = name as AddressField;
    this.draft = { ...this.draft, [field]: value };
    if (this.errors[field]) this.errors = { ...this.errors, [field]: this.#check(field) };
    if (field === 'codigoPostal') {
      const cp = validatePostalCode(value);
      if (cp.ok) void this.#lookupPostal(cp.value);
      else this.postal = undefined;
    }
    this.host.requestUpdate();
  }

  #check(field: AddressField): string | undefined {
    const value = this.draft[field].trim();
    if (field === 'codigoPostal') {
      const cp = validatePostalCode(value);
      if (!cp.ok) return cp.code;
      return this.postal === null ? 'postal_code_not_found' : undefined;
    }
    if (field === 'asentamientoId') {
      if (!this.postal) return undefined; // the postal code's own error says what to do
      return this.postal.asentamientos.some((a) => a.id === value) ? undefined : 'colonia';
    }
    if (value === '') return field === 'numeroInterior' ? undefined : 'required';
    return value.length > MAX[field] ? 'too_long' : undefined;
  }

  /** Validates every field; answers the first one in error (for focus), if any. */
  validate(): AddressField | undefined {
    const errors: Partial<Record<AddressField, string>> = {};
    for (const field of ORDER) {
      const code = this.#check(field);
      if (code) errors[field] = code;
    }
    this.errors = errors;
    this.host.requestUpdate();
    return ORDER.find((f) => errors[f]);
  }

  /**
   * Saves through the BFF (`PATCH /v1/me/address`) a draft that `validate()` passed; answers the
   * new profile, or undefined with the errors set (fields from a 422, or `failure`) and the
   * draft untouched.
   */
  async save(): Promise<Profile | undefined> {
    this.failure = undefined;
    this.saving = true;
    this.host.requestUpdate();
    const d = this.draft;
    // The validator's value: the code without its spaces.
    const cp = validatePostalCode(d.codigoPostal);
    const body: UpdateAddressRequest = {
      codigoPostal: cp.ok ? cp.value : '',
      asentamientoId: d.asentamientoId,
      calle: d.calle.trim(),
      numeroExterior: d.numeroExterior.trim(),
      ...(d.numeroInterior.trim() ? { numeroInterior: d.numeroInterior.trim() } : {}),
    };
    try {
      const profile = await this.client().api<Profile>(apiPaths.meAddress, {
        method: 'PATCH',
        body,
      });
      this.open = false;
      return profile;
    } catch (err) {
      const e = err instanceof LlaveError ? err : undefined;
      const fields = Object.entries(e?.fields ?? {}).filter(([k]) => k in this.draft);
      if (fields.length) this.errors = Object.fromEntries(fields);
      else this.failure = e?.code ?? 'internal_error';
      return undefined;
    } finally {
      this.saving = false;
      this.host.requestUpdate();
    }
  }

  async #lookupPostal(cp: string): Promise<void> {
    this.#lookup?.abort();
    const abort = new AbortController();
    this.#lookup = abort;
    this.looking = true;
    this.host.requestUpdate();
    try {
      const found = await this.client().api<PostalCodeLookup>(apiPaths.postalCode(cp), {
        signal: abort.signal,
      });
      this.postal = found;
      const keep = found.asentamientos.some((a) => a.id === this.draft.asentamientoId);
      const only = found.asentamientos.length === 1 ? found.asentamientos[0]!.id : '';
      if (!keep) this.draft = { ...this.draft, asentamientoId: only };
      if (this.errors.codigoPostal === 'postal_code_not_found') {
        this.errors = { ...this.errors, codigoPostal: undefined };
      }
    } catch (err) {
      if (abort.signal.aborted) return;
      if (err instanceof LlaveError && (err.kind === 'not-found' || err.kind === 'validation')) {
        this.postal = null;
        this.errors = { ...this.errors, codigoPostal: 'postal_code_not_found' };
      }
    } finally {
      if (this.#lookup === abort) {
        this.looking = false;
        this.host.requestUpdate();
      }
    }
  }
}
