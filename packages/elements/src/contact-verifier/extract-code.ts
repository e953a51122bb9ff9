/** Codes the Llave API sends are six digits. */
export const CODE_LENGTH = 6;

/**
 * Reads a code out of whatever the citizen pasted or typed: `123456`, `123 456`, `123-456`, or a
 * whole message such as "Tu código es 123456. Vence en 10 min." (the "10" must not leak in).
 * Returns at most CODE_LENGTH digits, so typing stays possible digit by digit.
 */
export function extractCode(text: string, length = CODE_LENGTH): string {
  const exact = text.match(new RegExp(`(?<!\\d)\\d{${length}}(?!\\d)`));
  if (exact) return exact[0];
  // Digits grouped by spaces or dashes ("123 456"), as people copy them from an SMS.
  const grouped = text.match(/\d[\d\s-]*\d/g)?.map((g) => g.replace(/\D/g, ''));
  const whole = grouped?.find((g) => g.length === length);
  if (whole) return whole;
  return text.replace(/\D/g, '').slice(0, length);
}
