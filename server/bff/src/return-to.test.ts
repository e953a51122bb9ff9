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
