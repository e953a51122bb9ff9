// Two-letter codes Intl knows as regions but that are not countries one can be a national of.
const NOT_COUNTRIES = new Set([
  'EU',
  'EZ',
  'UN',
  'QO',
  'XA',
  'XB',
  'ZZ',
  'AC',
  'CP',
  'DG',
  'EA',
  'IC',
  'TA',
  'MX',
]);

const cache = new Map<string, Array<[string, string]>>();

/**
 * ISO 3166-1 alpha-2 countries with their names in `lang`, sorted for that language. The names
 * come from the browser (`Intl.DisplayNames`), so no country list ships in the bundle. Mexico is
 * left out: this list is for people registering without a CURP.
 */
export function countryOptions(lang: string): Array<[string, string]> {
  const cached = cache.get(lang);
  if (cached) return cached;
  const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
  const list: Array<[string, string]> = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(code)) continue;
      const name = names.of(code);
      if (name && name !== code) list.push([code, name]);
    }
  }
  const collator = new Intl.Collator(lang);
  list.sort((x, y) => collator.compare(x[1], y[1]));
  cache.set(lang, list);
  return list;
}
