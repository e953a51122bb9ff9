/**
 * A strength estimate from 0 (guessed at once) to 4 (very hard to guess), with tips.
 *
 * How: the password is split into the cheapest sequence of pieces an attacker could guess
 * separately (a plain character, or a pattern: a repeat, an alphabetic or numeric run, a
 * keyboard walk, a date or year, a common word). Each piece costs bits; a shortest-path over
 * the positions finds the cheapest split, and the total bits give the score. Patterns found on
 * that cheapest path become the tips. It is an estimate for feedback, not the rule: the rule is
 * `validatePassword`.
 */

import { PASSWORD_MIN_LENGTH, PASSWORD_RECOMMENDED_LENGTH, passwordLength } from './password.js';
import {
  COMMON_PASSWORDS,
  foldForComparison,
  isCommonPassword,
  unleet,
} from './password-blocklist.js';
import { contextTokens, type PasswordContext } from './password-context.js';

export type PasswordScore = 0 | 1 | 2 | 3 | 4;

export const PASSWORD_TIPS = [
  'password_tip_longer', // shorter than the recommended 15
  'password_tip_more_words', // score below 3: a few unrelated words are easy to remember
  'password_tip_repeats',
  'password_tip_sequences',
  'password_tip_keyboard',
  'password_tip_dates',
  'password_tip_common_words',
  'password_tip_personal',
] as const;
export type PasswordTip = (typeof PASSWORD_TIPS)[number];

export interface PasswordStrength {
  score: PasswordScore;
  /** Estimated log2 of the guesses needed. */
  bits: number;
  tips: PasswordTip[];
}

const MAX_ENTRY_LENGTH = Math.max(...[...COMMON_PASSWORDS].map((w) => w.length));

type Pattern = Exclude<PasswordTip, 'password_tip_longer' | 'password_tip_more_words'>;
interface Piece {
  start: number;
  end: number;
  bits: number;
  tip: Pattern;
}

// Unshifted letter rows shared by the Latin American and US layouts. The ñ key is left out:
// input is accent-folded first, so ñ arrives as n and cannot be told apart from it.
const ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const KEY_POS = new Map<string, [number, number]>();
for (const [r, row] of ROWS.entries()) {
  for (const [c, ch] of [...row].entries()) KEY_POS.set(ch, [r, c]);
}

/** Neighbours on the keyboard, including the diagonals of the staggered rows (1q, qa, az, 2w…). */
function adjacent(a: string, b: string): boolean {
  const pa = KEY_POS.get(a);
  const pb = KEY_POS.get(b);
  if (!pa || !pb) return false;
  const dr = pb[0] - pa[0];
  const dc = pb[1] - pa[1];
  if (dr === 0) return Math.abs(dc) === 1;
  // Row below is shifted right by half a key: its neighbours are columns c-1 and c.
  if (dr === 1) return dc === 0 || dc === -1;
  if (dr === -1) return dc === 0 || dc === 1;
  return false;
}

function poolSize(password: string): number {
  let pool = 0;
  if (/[a-z]/.test(password)) pool += 26;
  if (/[A-Z]/.test(password)) pool += 26;
  if (/\d/.test(password)) pool += 10;
  if (/[ -/:-@[-`{-~]/.test(password)) pool += 33;
  if (/[^\x20-\x7e]/u.test(password)) pool += 40;
  return Math.max(pool, 10);
}

function runs(chars: string[], linked: (a: string, b: string, i: number) => boolean, min: number) {
  const found: Array<[number, number]> = [];
  let start = 0;
  for (let i = 1; i <= chars.length; i++) {
    if (i < chars.length && linked(chars[i - 1]!, chars[i]!, i)) continue;
    if (i - start >= min) found.push([start, i]);
    start = i;
  }
  return found;
}

function findPieces(chars: string[], charBits: number, personal: readonly string[]): Piece[] {
  const pieces: Piece[] = [];
  const s = chars.join('');
  for (const [a, b] of runs(chars, (x, y) => x === y, 3)) {
    pieces.push({
      start: a,
      end: b,
      bits: charBits + Math.log2(b - a),
      tip: 'password_tip_repeats',
    });
  }
  // A block typed twice or more (`abcabc`, `hola hola`): the copies cost almost nothing.
  for (const m of s.matchAll(/(.{2,}?)\1+/gu)) {
    const unit = [...m[1]!].length;
    const start = [...s.slice(0, m.index)].length;
    const end = start + [...m[0]].length;
    pieces.push({
      start: start + unit,
      end,
      bits: Math.log2((end - start) / unit) + 1,
      tip: 'password_tip_repeats',
    });
  }
  // Alphabet and number runs up or down: abc, 123, 987, zyx.
  for (const dir of [1, -1]) {
    const step = (x: string, y: string) =>
      /[a-z0-9]/.test(x) && /[a-z0-9]/.test(y) && y.charCodeAt(0) - x.charCodeAt(0) === dir;
    for (const [a, b] of runs(chars, step, 3)) {
      pieces.push({
        start: a,
        end: b,
        bits: charBits + Math.log2(b - a) + 1,
        tip: 'password_tip_sequences',
      });
    }
  }
  for (const [a, b] of runs(chars, adjacent, 4)) {
    // Each next key has about 4 plausible neighbours: 2 bits per key after the first.
    pieces.push({
      start: a,
      end: b,
      bits: charBits + 2 * (b - a - 1),
      tip: 'password_tip_keyboard',
    });
  }
  for (const m of s.matchAll(/(?:19|20)\d\d/g)) {
    const start = [...s.slice(0, m.index)].length;
    pieces.push({ start, end: start + 4, bits: 7, tip: 'password_tip_dates' }); // ~130 likely years
  }
  // Day-month-year with or without separators: 150390, 15/03/1990, 1990-03-15.
  const DATE =
    /(?:[0-3]?\d[-/. ]?[01]?\d[-/. ]?(?:19|20)?\d\d|(?:19|20)\d\d[-/. ]?[01]?\d[-/. ]?[0-3]?\d)/g;
  for (const m of s.matchAll(DATE)) {
    const start = [...s.slice(0, m.index)].length;
    pieces.push({ start, end: start + [...m[0]].length, bits: 16, tip: 'password_tip_dates' });
  }
  // Dictionary and personal words, also in leet spelling.
  const plain = chars.map((c) => unleet(c));
  const dictionaryBits = Math.log2(COMMON_PASSWORDS.size);
  // No word is longer than the longest entry: bounds the scan to O(n·L), not O(n²).
  const longest = Math.max(MAX_ENTRY_LENGTH, ...personal.map((w) => w.length));
  for (let a = 0; a < chars.length; a++) {
    let word = plain.slice(a, a + 3).join('');
    for (let b = a + 4; b <= Math.min(chars.length, a + longest); b++) {
      word += plain[b - 1];
      if (COMMON_PASSWORDS.has(word))
        pieces.push({ start: a, end: b, bits: dictionaryBits, tip: 'password_tip_common_words' });
      if (personal.includes(word))
        pieces.push({ start: a, end: b, bits: 4, tip: 'password_tip_personal' });
    }
  }
  return pieces;
}

function scoreFor(bits: number): PasswordScore {
  if (bits < 30) return 0;
  if (bits < 45) return 1;
  if (bits < 60) return 2;
  if (bits < 80) return 3;
  return 4;
}

export function estimatePasswordStrength(
  password: string,
  context: PasswordContext = {},
): PasswordStrength {
  const folded = foldForComparison(password);
  const chars = [...folded];
  const n = chars.length;
  const charBits = Math.log2(poolSize(password));
  const pieces = findPieces(chars, charBits, contextTokens(context));

  // Shortest path: best[i] is the cheapest cost of the first i characters.
  const best: number[] = [0];
  const via: Array<Piece | undefined> = [undefined];
  for (let i = 1; i <= n; i++) {
    best[i] = best[i - 1]! + charBits;
    via[i] = undefined;
  }
  const byEnd = new Map<number, Piece[]>();
  for (const p of pieces) byEnd.set(p.end, [...(byEnd.get(p.end) ?? []), p]);
  for (let i = 1; i <= n; i++) {
    let cost = best[i - 1]! + charBits;
    let from: Piece | undefined;
    for (const p of byEnd.get(i) ?? []) {
      const c = best[p.start]! + p.bits;
      if (c < cost) {
        cost = c;
        from = p;
      }
    }
    best[i] = cost;
    via[i] = from;
  }
  const found = new Set<PasswordTip>();
  for (let i = n; i > 0; ) {
    const p = via[i];
    if (p) found.add(p.tip);
    i = p ? p.start : i - 1;
  }

  const bits = Math.round(best[n]! * 10) / 10;
  const length = passwordLength(password);
  let score = scoreFor(bits);
  if (length < PASSWORD_MIN_LENGTH || isCommonPassword(password)) score = 0;
  const tips: PasswordTip[] = [];
  if (length < PASSWORD_RECOMMENDED_LENGTH) tips.push('password_tip_longer');
  if (score < 3) tips.push('password_tip_more_words');
  for (const tip of PASSWORD_TIPS) if (found.has(tip)) tips.push(tip);
  return { score, bits, tips };
}
