/**
 * Shared by the hostile-input sweeps of the simulator and the BFF: the hostile JSON bodies and
 * the one judgement of an answer (no 5xx, no stack, the error shape), so both servers are held
 * to the same rules.
 */

/** One hostile request's extras, sent to every route of a sweep. */
export interface Shot {
  name: string;
  body?: string | FormData;
  headers?: Record<string, string>;
  query?: string;
}

export const JSON_TYPE = { 'content-type': 'application/json' };

/** An object nested `depth` levels deep. */
export const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** Field names the routes read: a body filled with one wrong value in all of them. */
const FIELDS = [
  'curp',
  'email',
  'mobile',
  'code',
  'channel',
  'destination',
  'contact',
  'kind',
  'personal',
  'address',
  'password',
  'newPassword',
  'resetToken',
  'documentIds',
  'documentId',
  'agency',
  'codigoPostal',
  'calle',
  'reason',
  'description',
  'jws',
  'signature',
  'document',
  'login',
  'id',
  'type',
  'expiresInDays',
  'category',
  'hash',
  'sha256',
  'confirm',
  'returnTo',
  'logout_token',
];
export const fillFields = (v: unknown) =>
  JSON.stringify(Object.fromEntries(FIELDS.map((f) => [f, v])));

/**
 * The malformed bodies both sweeps send to every route, the same on each server: each sweep adds
 * the shots that depend on its own limits and names (a body just over its size limit, its own
 * cookies, content types and queries).
 */
export const MALFORMED_BODIES: Shot[] = [
  { name: 'no body' },
  { name: 'truncated JSON', body: '{"curp": ', headers: JSON_TYPE },
  { name: 'JSON null', body: 'null', headers: JSON_TYPE },
  { name: 'deep object', body: nested(10_000), headers: JSON_TYPE },
  { name: 'nulls', body: fillFields(null), headers: JSON_TYPE },
  { name: 'NUL strings', body: fillFields('a\u0000b'), headers: JSON_TYPE },
  { name: 'overlong strings', body: fillFields('ñ'.repeat(20_000)), headers: JSON_TYPE },
];

/** A browser navigation (a page is the answer, not the JSON error shape) with a broken body. */
export const NAVIGATION: Shot = {
  name: 'navigation',
  headers: { accept: 'text/html', 'sec-fetch-mode': 'navigate' },
  body: '{',
};

/**
 * What is wrong with an answer to a hostile request, or undefined when it is fine.
 * `errorShape`: a 4xx must be the JSON `ApiErrorBody` (API callers); `page`: a 4xx must be a
 * page or that JSON (navigations).
 */
export async function answerProblem(
  res: Response,
  label: string,
  { errorShape, page = false }: { errorShape: boolean; page?: boolean },
): Promise<string | undefined> {
  const at = `${label} → ${res.status}`;
  const type = res.headers.get('content-type') ?? '';
  const text = await res.text();
  if (res.status >= 500) return `${at}: ${text.slice(0, 160)}`;
  if (/at .*\.[jt]s:\d+|\bTypeError\b|\bSyntaxError\b/.test(text)) return `${at}: leaks a stack`;
  if (res.status >= 400 && errorShape) {
    if (!/application\/json/.test(type)) return `${at}: not JSON (${type})`;
    const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    if (typeof body.error?.code !== 'string' || typeof body.error.message !== 'string') {
      return `${at}: not the error shape`;
    }
  }
  if (res.status >= 400 && page && !/text\/html|application\/json/.test(type)) {
    return `${at}: neither a page nor JSON (${type})`;
  }
  return undefined;
}

/** Runs the requests a few at a time, in order, and lists every problem: one run shows all. */
export async function sweep(requests: Array<() => Promise<string | undefined>>) {
  const found: string[] = [];
  for (let i = 0; i < requests.length; i += 8) {
    const answers = await Promise.all(requests.slice(i, i + 8).map((r) => r()));
    found.push(...answers.filter((a): a is string => a !== undefined));
  }
  return found;
}
