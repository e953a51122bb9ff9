import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './return-to.js';

const ORIGIN = 'https://tramites.example.test';

describe('safeReturnTo', () => {
  it('keeps same-origin relative paths with query and hash', () => {
    expect(safeReturnTo('/tramites/licencia?paso=2#datos', ORIGIN)).toBe(
      '/tramites/licencia?paso=2#datos',
    );
    expect(safeReturnTo('/', ORIGIN)).toBe('/');
  });

  it.each([
    ['//evil.example'],
    ['//evil.example/path'],
    ['/\\evil.example'],
    ['\\\\evil.example'],
    ['https://evil.example'],
    ['http://tramites.example.test/x'],
    ['/%2F%2Fevil.example'],
    ['/%2f%2fevil.example'],
    ['/%5Cevil.example'],
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    ['data:text/html,hi'],
    ['/\tevil'],
    ['/\n/evil.example'],
    ['/\u0000x'],
    ['/%09/evil.example'],
    ['/%0d%0aSet-Cookie:x=1'],
    [' /x'],
    ['evil.example'],
    ['./x'],
    [''],
    [undefined],
    [`/${'a'.repeat(3000)}`],
  ])('refuses %j and falls back to /', (value) => {
    expect(safeReturnTo(value as string | undefined, ORIGIN)).toBe('/');
  });
});

/** A small seeded PRNG (mulberry32), so a failing case can be replayed from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Pieces that, combined, reach every trick known to turn a path into another host: dot
// segments, doubled and mixed separators, encodings (once and twice), whitespace and control
// characters browsers strip, unicode look-alikes and full-width solidus, userinfo, schemes.
const PIECES = [
  '/',
  '//',
  '\\',
  '/\\',
  '\\/',
  '.',
  '..',
  './',
  '../',
  '/./',
  '/../',
  '/.//',
  '/..//',
  '%2F',
  '%2f',
  '%5C',
  '%5c',
  '%252F',
  '%2e',
  '%2E%2E',
  '%09',
  '%0a',
  '%0d',
  '%00',
  '%20',
  '\t',
  '\n',
  '\r',
  ' ',
  '\u0000',
  '\u007f',
  '\u00a0',
  '\u2028',
  '\uff0f',
  '\u2215',
  '\u3002',
  'evil.example',
  'evil.example:443',
  '@evil.example',
  'user:pass@',
  'a',
  'b',
  'tramites',
  'http:',
  'https:',
  'javascript:',
  '//evil.example',
  '?',
  '#',
  '&',
  '=',
  ';',
  ':',
  '%',
  'ñ',
  'É',
  '\ud83d\ude00',
  '\u202e',
  'xn--',
  '\ufeff',
];

function hostile(random: () => number): string {
  const n = 1 + Math.floor(random() * 8);
  let out = random() < 0.8 ? '/' : '';
  for (let i = 0; i < n; i++) out += PIECES[Math.floor(random() * PIECES.length)];
  return out;
}

describe('safeReturnTo, as a property', () => {
  it.each([
    ['/.//evil.example'],
    ['/a/..//evil.example'],
    ['/./\\evil.example'],
    ['/a/../\\evil.example'],
    ['/.%2F/evil.example'],
    ['/%2e/%2fevil.example'],
    ['/%2e%2e//evil.example'],
    ['/./%5Cevil.example'],
  ])('refuses %j, which normalises to a scheme-relative URL', (value) => {
    expect(safeReturnTo(value, ORIGIN)).toBe('/');
  });

  it('whatever the input, emits a same-origin path that no browser reads as another host', () => {
    const origin = new URL(ORIGIN).origin;
    const failures: string[] = [];
    for (let seed = 1; seed <= 20_000; seed++) {
      const input = hostile(prng(seed));
      const out = safeReturnTo(input, ORIGIN);
      const ok =
        out.startsWith('/') &&
        out[1] !== '/' &&
        out[1] !== '\\' &&
        // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are refused
        !/[\s\u0000-\u001f\u007f\\]/.test(out) &&
        // As a browser resolves it from another page, and from the landing page of ours.
        new URL(out, 'https://agency.example').origin === 'https://agency.example' &&
        new URL(out, `${ORIGIN}/llave/callback`).origin === origin &&
        // Idempotent: what we emit passes through again unchanged.
        safeReturnTo(out, ORIGIN) === out;
      if (!ok) failures.push(`seed ${seed}: ${JSON.stringify(input)} → ${JSON.stringify(out)}`);
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });
});
