/**
 * Reading request bodies safely: JSON that does not parse, a body that is not an object, or a
 * field of the wrong type becomes a clear 400/422, never a 500. Size is capped by `bodyLimit`
 * in front of every JSON route (see index.ts).
 */
import type { Context } from 'hono';
import { badRequest, SimError } from '../errors.js';

export type Json = Record<string, unknown>;

export async function readJson(c: Context, { optional = false } = {}): Promise<Json> {
  const type = c.req.header('content-type') ?? '';
  const text = await c.req.text();
  if (text.trim() === '') {
    if (optional) return {};
    throw badRequest('Falta el cuerpo JSON de la solicitud.');
  }
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    throw new SimError(415, 'unsupported_media_type', 'Envía el cuerpo como application/json.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw badRequest('El cuerpo no es JSON válido.');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw badRequest('El cuerpo debe ser un objeto JSON.');
  }
  return parsed as Json;
}

/** Collects field errors so one 422 lists every problem at once. */
export class FieldErrors {
  readonly fields: Record<string, string> = {};

  add(path: string, code: string): void {
    this.fields[path] ??= code;
  }

  get empty(): boolean {
    return Object.keys(this.fields).length === 0;
  }

  /** A required, non-empty string up to `max` characters (trimmed). */
  text(obj: Json, key: string, path: string, { max = 120, optional = false } = {}) {
    const v = obj[key];
    if (v === undefined || v === null || v === '') {
      if (!optional) this.add(path, 'required');
      return undefined;
    }
    if (typeof v !== 'string') {
      this.add(path, 'invalid_type');
      return undefined;
    }
    const t = v.trim();
    if (t === '') {
      if (!optional) this.add(path, 'required');
      return undefined;
    }
    if (t.length > max) {
      this.add(path, 'too_long');
      return undefined;
    }
    return t;
  }

  /** A nested object, or an error at `path`. */
  object(obj: Json, key: string, path: string): Json | undefined {
    const v = obj[key];
    if (v === undefined || v === null) {
      this.add(path, 'required');
      return undefined;
    }
    if (typeof v !== 'object' || Array.isArray(v)) {
      this.add(path, 'invalid_type');
      return undefined;
    }
    return v as Json;
  }
}
