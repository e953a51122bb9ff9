/**
 * The shape every validator returns: the normalised value, or a stable code to translate
 * (`common:errors.<code>`). Codes never change meaning once published, because a 422 from the
 * server carries the same code in `fields` and the browser translates both the same way.
 */
export type ValidationResult<T, C extends string = string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: C };

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function fail<C extends string>(code: C): { readonly ok: false; readonly code: C } {
  return { ok: false, code };
}
