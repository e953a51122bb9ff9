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
  /** The lookup of each kind under way, cancelled by the next one of its kind. */
  readonly #running: Partial<Record<'curp' | 'postal', AbortController>> = {};
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
    this.#running.curp?.abort();
    this.#running.postal?.abort();
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
    // The registry is a convenience: when it fails, the citizen types the names.
    void this.#lookup<CurpLookup>('curp', apiPaths.curp, curp, (found) => {
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
    });
  }

  /** Asks the catalog for `cp` (also for a CP restored from the draft). */
  postalCode(cp: string): Promise<void> {
    return this.#lookup<PostalCodeLookup>(
      'postal',
      apiPaths.postalCode,
      cp,
      (found) => {
        this.postal = found;
        const chosen = this.#d.draft.asentamientoId;
        const only = found.asentamientos.length === 1 ? found.asentamientos[0]!.id : '';
        if (!found.asentamientos.some((a) => a.id === chosen))
          this.#d.update({ asentamientoId: only });
        this.#d.setErrors(without(this.#d.errors, 'codigoPostal'));
      },
      (err) => {
        if (err instanceof LlaveError && (err.kind === 'not-found' || err.kind === 'validation')) {
          this.postal = null;
          this.#d.setErrors({ ...this.#d.errors, codigoPostal: 'postal_code_not_found' });
        }
      },
    );
  }

  /**
   * One lookup of a kind at a time: the one before it is cancelled, `curpPending` or
   * `postalPending` is true while it runs, and the host renders as it starts and as it ends.
   * `failed` hears what went wrong (the path too: a key it cannot encode), unless the lookup
   * was cancelled.
   */
  async #lookup<T>(
    kind: 'curp' | 'postal',
    path: (key: string) => string,
    key: string,
    found: (res: T) => void,
    failed?: (err: unknown) => void,
  ): Promise<void> {
    this.#running[kind]?.abort();
    const abort = new AbortController();
    this.#running[kind] = abort;
    this[`${kind}Pending`] = true;
    this.#host.requestUpdate();
    try {
      found(await this.#client().api<T>(path(key), { signal: abort.signal }));
    } catch (err) {
      if (!abort.signal.aborted) failed?.(err);
    } finally {
      if (this.#running[kind] === abort) this[`${kind}Pending`] = false;
      this.#host.requestUpdate();
    }
  }
}
