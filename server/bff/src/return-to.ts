/**
 * `returnTo` must be a same-origin relative path: anything else is an open redirect
 * (OWASP Unvalidated Redirects). Accepts `/path?query#hash` only; refuses scheme-relative
 * `//host`, backslashes (browsers read `/\host` as `//host`), encoded slashes or backslashes
 * that a later decode could turn into either, control characters and whitespace, and anything
 * that does not resolve to our own origin.
 */
const FALLBACK = '/';

export function safeReturnTo(value: string | undefined | null, origin: string): string {
  if (!value || value.length > 2048) return FALLBACK;
  if (!value.startsWith('/') || value.startsWith('//')) return FALLBACK;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we refuse
  if (/[\\\u0000-\u001f\u007f\s]/.test(value)) return FALLBACK;
  if (/%(2f|5c|0[0-9a-f]|1[0-9a-f]|7f|09|20)/i.test(value)) return FALLBACK;
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return FALLBACK;
  }
  if (url.origin !== new URL(origin).origin) return FALLBACK;
  return `${url.pathname}${url.search}${url.hash}`;
}
