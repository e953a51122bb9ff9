/** The SHA-256 people compare: computed in the browser with Web Crypto, shown in groups. */

export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * `ab12cd34…` → `AB12 CD34 …`: 16 groups of 4 are how fingerprints are compared by eye (and
 * read aloud group by group) instead of one 64-character run.
 */
export function groupFingerprint(hex: string): string[] {
  return hex.toUpperCase().match(/.{1,4}/g) ?? [];
}
