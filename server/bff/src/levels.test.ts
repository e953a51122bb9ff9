import { describe, expect, it } from 'vitest';
import { levelUpTable, parseLevel, satisfiesLevel } from './levels.js';

describe('levelUpTable', () => {
  it('lists only the levels above each one, with how the IdP reaches them', () => {
    const table = levelUpTable({ verificada: 'verify-contact', firma: 'unavailable' });
    expect(table.basica).toEqual({ verificada: 'verify-contact', firma: 'unavailable' });
    expect(table.verificada).toEqual({ firma: 'unavailable' });
    expect(table.firma).toEqual({});
  });

  it('calls a level the IdP does not name unavailable', () => {
    expect(levelUpTable({ verificada: 'login' }).basica).toEqual({
      verificada: 'login',
      firma: 'unavailable',
    });
  });

  it('hands out frozen maps, shared by every answer', () => {
    const table = levelUpTable({ firma: 'login' });
    expect(Object.isFrozen(table.basica)).toBe(true);
  });
});

describe('levels', () => {
  it('orders them', () => {
    expect(satisfiesLevel('verificada', 'basica')).toBe(true);
    expect(satisfiesLevel('basica', 'verificada')).toBe(false);
    expect(parseLevel('firma')).toBe('firma');
    expect(parseLevel('admin')).toBeNull();
  });
});
