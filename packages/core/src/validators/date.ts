/**
 * Calendar dates as ISO `YYYY-MM-DD`, the one place that knows which dates exist: the CURP's
 * birth date, Llave's `fechaNacimiento` (`dd/MM/yyyy`) and the OIDC `birthdate` claim all go
 * through it.
 */

/** `YYYY-MM-DD` for a day that exists in the Gregorian calendar, else undefined. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (![year, month, day].every(Number.isInteger) || year < 1 || year > 9999) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  // Date.UTC rolls 30 Feb over to March: a round trip exposes dates that do not exist.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A full ISO date (`1990-01-15`), as OpenID Connect Core §5.1 writes `birthdate`, when it names
 * a day that exists. Year-only or `0000-MM-DD` values (also allowed by §5.1) are not a birth
 * date the product can use, so they give undefined too.
 */
export function parseIsoDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** Whether a value is already a full ISO date of a day that exists (a guard for API bodies). */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && parseIsoDate(value) === value;
}

/**
 * A birth date a person can have: a real ISO date, not in the future, after 1900. `now` is a
 * parameter so tests decide what "today" is.
 */
export function isPlausibleBirthDate(value: unknown, now: number = Date.now()): value is string {
  if (!isIsoDate(value)) return false;
  const t = Date.parse(`${value}T00:00:00Z`);
  return t <= now && Number(value.slice(0, 4)) > 1900;
}
