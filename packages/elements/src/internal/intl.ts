/**
 * The dates, sizes and lists the components show, formatted exactly as `Intl` formats them.
 *
 * Why not always `Intl`: the first Intl formatter a page builds (date, number or list, any
 * language) initialises ICU's formatting data, one call that takes 60–150 ms at 4× CPU throttle,
 * a long task by itself that no scheduling can split (issue 18; the expediente, the trámite
 * list and the size hint all formatted while their page loaded). For the two languages the
 * components ship (es-MX, en) and the few formats they use, the output is short CLDR data, so
 * it is built here from the date's and number's own fields, with no ICU at all; `intl.test.ts`
 * proves it equal to Chromium's `Intl` for every format over many values. Anything else (another
 * language, other options, a value outside the plain range) goes to `Intl`, built once per
 * language and options and reused (building one costs far more than using it).
 */
type Fast = 'es-MX' | 'en';
const fast = (lang: string): lang is Fast => lang === 'es-MX' || lang === 'en';

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

/** Only what is set, so `{ dateStyle: 'long', timeZone: undefined }` reads as `{ dateStyle }`. */
const shape = (options: object) =>
  Object.entries(options)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${v}`)
    .sort()
    .join(',');

// CLDR (as Chromium's ICU has it): month names, and how a long date and a short time read.
const MONTHS: Record<Fast, string[]> = {
  'es-MX':
    'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(
      ' ',
    ),
  en: 'January February March April May June July August September October November December'.split(
    ' ',
  ),
};

function fastDate(lang: Fast, options: Intl.DateTimeFormatOptions) {
  const utc = options.timeZone === 'UTC';
  const s = shape({ ...options, timeZone: utc ? undefined : options.timeZone });
  const both = s === 'dateStyle=long,timeStyle=short';
  const date = both || s === 'dateStyle=long';
  const time = both || s === 'timeStyle=short';
  if (!date && !time) return undefined;
  const en = lang === 'en';
  return (value?: Date | number): string => {
    const d = new Date(value ?? Date.now());
    if (Number.isNaN(d.getTime())) throw new RangeError('Invalid time value');
    const [y, m, day, h, min] = utc
      ? [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()]
      : [d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()];
    const month = MONTHS[lang][m];
    const long = en ? `${month} ${day}, ${y}` : `${day} de ${month} de ${y}`;
    const period = en ? (h < 12 ? 'AM' : 'PM') : h < 12 ? 'a.m.' : 'p.m.';
    const short = `${h % 12 || 12}:${String(min).padStart(2, '0')} ${period}`;
    if (both) return `${long} ${en ? 'at' : 'a las'} ${short}`;
    return date ? long : short;
  };
}

export function dateTimeFormat(
  lang: string,
  options: Intl.DateTimeFormatOptions = {},
): Pick<Intl.DateTimeFormat, 'format'> {
  return cached('date', lang, options, () => {
    const format = fast(lang) && fastDate(lang, options);
    return format ? { format } : new Intl.DateTimeFormat(lang, options);
  });
}

const UNITS: Record<string, string> = { byte: 'byte', kilobyte: 'kB', megabyte: 'MB' };

/** `1234.56` → `1,234.6`: grouped by thousands, one decimal at most, half away from zero. */
function oneDecimal(value: number): string | undefined {
  // Rounded from the shortest decimal that reads back as the number, as ICU does: 1.45 is
  // 1.4499999… in binary, yet shows as 1.5.
  const text = String(value);
  if (!(value >= 0) || value >= 1e15 || text.includes('e')) return undefined;
  const [int = '0', frac = ''] = text.split('.');
  const tenths = Number(int) * 10 + Number(frac[0] ?? 0) + (frac[1] && frac[1] >= '5' ? 1 : 0);
  const whole = String(Math.floor(tenths / 10)).replace(/\B(?=(\d{3})+$)/g, ',');
  return tenths % 10 ? `${whole}.${tenths % 10}` : whole;
}

const intlNumber = (lang: string, options: Intl.NumberFormatOptions) =>
  cached('intl-number', lang, options, () => new Intl.NumberFormat(lang, options));

export function numberFormat(
  lang: string,
  options: Intl.NumberFormatOptions = {},
): Pick<Intl.NumberFormat, 'format'> {
  return cached('number', lang, options, () => {
    const unit = options.unit ?? '';
    const plain =
      fast(lang) &&
      UNITS[unit] &&
      shape(options) === `maximumFractionDigits=1,style=unit,unit=${unit},unitDisplay=short`;
    if (!plain) return intlNumber(lang, options);
    return {
      format: (value: number | bigint) => {
        const text = typeof value === 'number' ? oneDecimal(value) : undefined;
        // Rare (negative, huge): Intl, whose first use is the cost avoided everywhere else.
        if (text === undefined) return intlNumber(lang, options).format(value);
        // es-MX says "1 B" but "0 byte", "2 byte" (its plural forms); English "byte" always.
        const name = unit === 'byte' && lang === 'es-MX' && text === '1' ? 'B' : UNITS[unit];
        return `${text} ${name}`;
      },
    };
  });
}

/**
 * Spanish "y" becomes "e" before a word that starts with the sound /i/: "i…", and "hi…" unless an
 * "a" or "e" follows ("hielo", "hiato" keep "y"), as ICU's list formatter has it.
 */
const spanishE = (word: string) => /^(i|hi(?![ae]))/i.test(word);

export function listFormat(
  lang: string,
  options: Intl.ListFormatOptions = {},
): Pick<Intl.ListFormat, 'format'> {
  return cached('list', lang, options, () => {
    if (!fast(lang) || shape(options) !== 'type=conjunction') {
      return new Intl.ListFormat(lang, options);
    }
    return {
      format: (items: Iterable<string>) => {
        const list = [...items];
        const last = list.pop();
        if (last === undefined) return '';
        if (!list.length) return last;
        const and = lang === 'en' ? 'and' : spanishE(last) ? 'e' : 'y';
        const oxford = lang === 'en' && list.length > 1 ? ',' : '';
        return `${list.join(', ')}${oxford} ${and} ${last}`;
      },
    };
  });
}
