/**
 * The officially assigned ISO 3166-1 alpha-2 codes (249, as the ISO 3166 Maintenance Agency
 * lists them): one entry per country or territory, no withdrawn codes (CS, YU, DD, SU, AN…) and
 * no exceptionally reserved ones (EU, UK, AC…). Only the codes ship; the names come from the
 * browser in the page's language (`Intl.DisplayNames`), so no translation of 249 names is
 * bundled. Mexico is left out: this list is for people registering without a CURP.
 *
 * Written grouped by first letter ("ADEF…" is AD AE AF…): each word is a first letter and the
 * second letters that follow it, which halves what the list costs to download.
 */
export const ISO_3166_ALPHA2 = (
  'ADEFGILMOQRSTUWXZ BABDEFGHIJLMNOQRSTVWYZ CACDFGHIKLMNORUVWXYZ DEJKMOZ ECEGHRST FIJKMOR ' +
  'GABDEFGHILMNPQRSTUWY HKMNRTU IDELMNOQRST JEMOP KEGHIMNPRWYZ LABCIKRSTUVY ' +
  'MACDEFGHKLMNOPQRSTUVWXYZ NACEFGILOPRUZ OM PAEFGHKLMNRSTWY QA REOSUW ' +
  'SABCDEGHIJKLMNORSTVXYZ TCDFGHJKLMNORTVWZ UAGMSYZ VACEGINU WFS YET ZAMW'
)
  .split(' ')
  .flatMap(([first, ...seconds]) => seconds.map((second) => first + second));

const cache = new Map<string, Array<[string, string]>>();

/** The countries with their names in `lang`, sorted for that language (Mexico left out). */
export function countryOptions(lang: string): Array<[string, string]> {
  const cached = cache.get(lang);
  if (cached) return cached;
  const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
  const list = ISO_3166_ALPHA2.filter((code) => code !== 'MX').map(
    (code) => [code, names.of(code) ?? code] as [string, string],
  );
  const collator = new Intl.Collator(lang);
  list.sort((x, y) => collator.compare(x[1], y[1]));
  cache.set(lang, list);
  return list;
}

/** Case and accents aside, so "peru" finds Perú and "ESPANA" finds España. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase().trim();

/** The code of the country named `text` (in `lang`, or its ISO code), or '' when none is. */
export function countryCode(text: string, lang: string): string {
  const wanted = fold(text);
  if (!wanted) return '';
  const options = countryOptions(lang);
  const byCode = options.find(([code]) => code.toLowerCase() === wanted);
  if (byCode) return byCode[0];
  return options.find(([, name]) => fold(name) === wanted)?.[0] ?? '';
}

/** The name of `code` in `lang` ('' for none). */
export function countryName(code: string, lang: string): string {
  return countryOptions(lang).find(([c]) => c === code)?.[1] ?? '';
}
