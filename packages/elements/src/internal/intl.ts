/**
 * Intl formatters built once per language and options, then reused. Building one costs far more
 * than using it (each construction resolves the locale's ICU data): the expediente formatted two
 * dates per document with a fresh `Intl.DateTimeFormat` on every render, which made its first
 * render a long task on a slow phone (issue 18).
 */
const cache = new Map<string, unknown>();

function cached<T>(kind: string, lang: string, options: object, make: () => T): T {
  const key = `${kind}|${lang}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

export const dateTimeFormat = (lang: string, options: Intl.DateTimeFormatOptions = {}) =>
  cached('date', lang, options, () => new Intl.DateTimeFormat(lang, options));

export const numberFormat = (lang: string, options: Intl.NumberFormatOptions = {}) =>
  cached('number', lang, options, () => new Intl.NumberFormat(lang, options));

export const listFormat = (lang: string, options: Intl.ListFormatOptions = {}) =>
  cached('list', lang, options, () => new Intl.ListFormat(lang, options));
