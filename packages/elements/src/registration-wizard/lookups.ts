import {
  apiPaths,
  type BffClient,
  type CurpLookup,
  LlaveError,
  type PostalCodeLookup,
  parseCurp,
  validatePostalCode,
} from '@llave-cdmx/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DraftController } from './draft-controller.js';
import type { FieldErrors } from './field-rules.js';

/** What the lookups read and change in the wizard: its draft and its errors. */
export type LookupForm = Pick<
  DraftController,
  'draft' | 'update' | 'errors' | 'setErrors' | 'revalidate'
>;

const without = (errors: FieldErrors, ...names: string[]) => {
  const rest = { ...errors };
  for (const n of names) delete rest[n];
  return rest;
};

/**
 * What step 1 looks up while the citizen types: a complete CURP prefills sex, birth date and
 * state at once, then asks the registry for the names; a postal code fills estado, alcaldía and
 * the colonias. Each lookup is advice (the citizen can always type), cancels the previous one
 * and dies with the element.
 */
export class LookupController implements ReactiveController {
  /** `undefined` not asked yet, `null` a CP the catalog does not know. */
  postal?: PostalCodeLookup | null;
  postalPending = false;
  curpPending = false;
  #curp?: AbortController;
  #postal?: AbortController;
  readonly #host: ReactiveControllerHost;
  readonly #client: () => BffClient;
  readonly #d: LookupForm;

  constructor(host: ReactiveControllerHost, client: () => BffClient, form: LookupForm) {
    this.#host = host;
    this.#client = client;
    this.#d = form;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#curp?.abort();
    this.#postal?.abort();
  }

  /** A field changed: the CURP and the postal code start their lookups. */
  input(field: string, value: string): void {
    if (field === 'curp') this.#onCurp(value);
    if (field === 'codigoPostal') {
      const cp = validatePostalCode(value);
      if (cp.ok) void this.postalCode(cp.value);
      else {
        this.postal = undefined;
        this.#host.requestUpdate();
      }
    }
  }

  /** A complete CURP is checked at once; a valid one prefills, then asks the registry. */
  #onCurp(value: string): void {
    if (value.trim().length < 18) return;
    this.#d.revalidate('curp');
    const parsed = parseCurp(value);
    if (!parsed.ok) return;
    const { sexo, fechaNacimiento, estadoNacimiento, curp } = parsed.value;
    // Names from the registry belonged to the CURP before this one.
    const names = this.#d.draft.fromRegistry
      ? { nombre: '', primerApellido: '', segundoApellido: '', fromRegistry: false }
      : {};
    this.#d.update({ sexo, fechaNacimiento, estadoNacimiento, ...names });
    void this.#lookupCurp(curp);
  }

  async #lookupCurp(curp: string): Promise<void> {
    this.#curp?.abort();
    const abort = new AbortController();
    this.#curp = abort;
    this.curpPending = true;
    this.#host.requestUpdate();
    try {
      const found = await this.#client().api<CurpLookup>(apiPaths.curp(curp), {
        signal: abort.signal,
      });
      if (found.source === 'renapo' && parseCurp(this.#d.draft.curp).ok) {
        this.#d.update({
          nombre: found.nombre,
          primerApellido: found.primerApellido,
          segundoApellido: found.segundoApellido ?? '',
          sexo: found.sexo,
          fechaNacimiento: found.fechaNacimiento,
          estadoNacimiento: found.estadoNacimiento,
          fromRegistry: true,
        });
        this.#d.setErrors(without(this.#d.errors, 'nombre', 'primerApellido', 'segundoApellido'));
      }
    } catch {
      // The registry is a convenience: without it the citizen types the names.
    } finally {
      if (this.#curp === abort) this.curpPending = false;
      this.#host.requestUpdate();
    }
  }

  /** Asks the catalog for `cp` (also for a CP restored from the draft). */
  async postalCode(cp: string): Promise<void> {
    this.#postal?.abort();
    const abort = new AbortController();
    this.#postal = abort;
    this.postalPending = true;
    this.#host.requestUpdate();
    try {
      const found = await this.#client().api<PostalCodeLookup>(apiPaths.postalCode(cp), {
        signal: abort.signal,
      });
      this.postal = found;
      const chosen = this.#d.draft.asentamientoId;
      const only = found.asentamientos.length === 1 ? found.asentamientos[0]!.id : '';
      if (!found.asentamientos.some((a) => a.id === chosen))
        this.#d.update({ asentamientoId: only });
      this.#d.setErrors(without(this.#d.errors, 'codigoPostal'));
    } catch (err) {
      if (abort.signal.aborted) return;
      if (err instanceof LlaveError && (err.kind === 'not-found' || err.kind === 'validation')) {
        this.postal = null;
        this.#d.setErrors({ ...this.#d.errors, codigoPostal: 'postal_code_not_found' });
      }
    } finally {
      if (this.#postal === abort) this.postalPending = false;
      this.#host.requestUpdate();
    }
  }
}
