/**
 * `returnTo` must be a same-origin relative path: anything else is an open redirect
 * (OWASP Unvalidated Redirects). Accepts `/path?query#hash` only; refuses backslashes (browsers
 * read `/\host` as `//host`), encoded slashes or backslashes that a later decode could turn into
 * either, control characters and whitespace, and anything that does not resolve to our own
 * origin.
 *
 * The check that matters runs on the value we emit, after the URL parser has normalised it:
 * `/.//evil.example` and `/a/..//evil.example` pass every check on the input yet normalise to
 * `//evil.example`, which a browser reads as another host (issue 11, item 1).
 */
const FALLBACK = '/';

/** True when a browser resolving `path` against `origin` stays on `origin`, read as a path. */
export function isSameOriginPath(path: string, origin: string): boolean {
  // `//host` and `/\host` are scheme-relative to a browser; only `/` + something else is a path.
  if (!path.startsWith('/') || path[1] === '/' || path[1] === '\\') return false;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we refuse
  if (/[\\\u0000-\u001f\u007f\s]/.test(path)) return false;
  try {
    return new URL(path, origin).origin === new URL(origin).origin;
  } catch {
    return false;
  }
}

export function safeReturnTo(value: string | undefined | null, origin: string): string {
  if (!value || value.length > 2048) return FALLBACK;
  // Cheap refusals on the input: what a later decode could turn into a separator or a break.
  if (!isSameOriginPath(value, origin)) return FALLBACK;
  if (/%(2f|5c|0[0-9a-f]|1[0-9a-f]|7f|09|20)/i.test(value)) return FALLBACK;
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return FALLBACK;
  }
  const out = `${url.pathname}${url.search}${url.hash}`;
  // The emitted value is checked again: normalisation may have made it scheme-relative.
  return isSameOriginPath(out, origin) ? out : FALLBACK;
}
