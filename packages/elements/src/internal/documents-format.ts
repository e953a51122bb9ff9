import { dateTimeFormat, numberFormat } from './intl.js';

/**
 * Dates for the expediente and trámite components, in the UI language, as Intl formats them (intl.ts).
 * A bare `YYYY-MM-DD` is a calendar date: read it as local midnight, because `new Date('2026-01-05')`
 * is UTC midnight and shows as January 4 in Mexico City.
 */
export function formatDocDate(value: string | undefined, lang: string, withTime = false): string {
  if (!value) return '';
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return dateTimeFormat(lang, {
    dateStyle: 'long',
    ...(withTime && !day ? { timeStyle: 'short' } : {}),
  }).format(date);
}

/** Case- and accent-insensitive text for searching names ("credencial" finds "Credencial_INE"). */
export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** "2 MB", "500 KB", "812 byte": a size as people read it, in the UI language. */
export function formatBytes(bytes: number, lang: string): string {
  const mb = bytes / (1024 * 1024);
  // Under a kilobyte, bytes: a 300-byte file read as "0 kB" looks empty.
  const [value, unit] =
    mb >= 1 ? [mb, 'megabyte'] : bytes >= 1024 ? [bytes / 1024, 'kilobyte'] : [bytes, 'byte'];
  return numberFormat(lang, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}
