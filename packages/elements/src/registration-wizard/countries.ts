/**
 * The officially assigned ISO 3166-1 alpha-2 codes (249, as the ISO 3166 Maintenance Agency
 * lists them): one entry per country or territory, no withdrawn codes (CS, YU, DD, SU, AN…) and
 * no exceptionally reserved ones (EU, UK, AC…). Only the codes ship; the names come from the
 * browser in the page's language (`Intl.DisplayNames`), so no translation of 249 names is
 * bundled. Mexico is left out: this list is for people registering without a CURP.
 */
export const ISO_3166_ALPHA2 = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ ' +
  'BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM ' +
  'DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS ' +
  'GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN ' +
  'KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ ' +
  'MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM ' +
  'PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV ' +
  'SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI ' +
  'VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

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
