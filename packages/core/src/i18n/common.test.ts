import { describe, expect, it } from 'vitest';
import { LEVELS } from '../contract.js';
import {
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  FOREIGN_DOCUMENT_TYPES,
  TRAMITE_STATUSES,
} from '../enums.js';
import { VALIDATION_ERROR_CODES } from '../validators/index.js';
import { PASSWORD_TIPS } from '../validators/password-strength.js';
import { common } from './common.js';
import { I18n, type Resources } from './i18n.js';
import en from './locales/en/common.js';
import es from './locales/es-MX/common.js';
import type { LocaleShape } from './locales/shape.js';
import { API_ERROR_CODES, leafKeys } from './test-helpers.js';

type Sample = { a: string; b: { c: string }; n_one: string; n_other: string };
// @ts-expect-error a locale missing a key does not satisfy the shape
const missing: LocaleShape<Sample> = { a: 'x', b: {} };
// @ts-expect-error a locale with a key the source lacks does not satisfy the shape
const extra: LocaleShape<Sample> = { a: 'x', b: { c: 'y' }, z: 'extra' };
const pluralsDiffer: LocaleShape<Sample> = { a: 'x', b: { c: 'y' }, n_other: 'z' };

describe('common namespace', () => {
  it('type-checks locales against the es-MX source (see the @ts-expect-error lines)', () => {
    expect([missing, extra, pluralsDiffer]).toHaveLength(3);
  });

  it('has the same keys in es-MX and en, once plural suffixes are folded', () => {
    expect(leafKeys(en as Resources)).toEqual(leafKeys(es as Resources));
  });

  it('has no empty message in either language', () => {
    for (const res of [es, en] as Resources[]) {
      const i18n = new I18n();
      i18n.addResources('es-MX', 'x', res);
      for (const key of leafKeys(res, false)) expect(i18n.t(`x:${key}`).trim(), key).not.toBe('');
    }
  });

  it.each([...VALIDATION_ERROR_CODES, ...API_ERROR_CODES, 'network_error'])(
    'has a message for the error code %s in both languages',
    async (code) => {
      const i18n = new I18n();
      i18n.addResources('es-MX', 'common', es);
      i18n.addResources('en', 'common', en);
      const esMsg = i18n.t(`errors.${code}`, { lng: 'es-MX' });
      const enMsg = i18n.t(`errors.${code}`, { lng: 'en' });
      expect(esMsg).not.toBe(`errors.${code}`);
      expect(enMsg).not.toBe(`errors.${code}`);
      expect(enMsg).not.toBe(esMsg);
    },
  );

  it('labels every level, document type and status, trámite status, foreign document and tip', () => {
    const keys = [
      ...LEVELS.flatMap((l) => [`levels.${l}.name`, `levels.${l}.description`]),
      ...DOCUMENT_TYPES.map((t) => `documentTypes.${t}`),
      ...DOCUMENT_STATUSES.map((s) => `documentStatuses.${s}`),
      ...TRAMITE_STATUSES.map((s) => `tramiteStatuses.${s}`),
      ...FOREIGN_DOCUMENT_TYPES.map((t) => `foreignDocumentTypes.${t}`),
      ...PASSWORD_TIPS.map((t) => `password.tips.${t}`),
      ...['H', 'M', 'X'].map((s) => `sexo.${s}`),
      ...[0, 1, 2, 3, 4].map((s) => `password.strength.${s}`),
    ];
    const leaves = new Set(leafKeys(es as Resources));
    for (const key of keys) expect(leaves.has(key), key).toBe(true);
  });

  it('reads the level names the guidelines use', () => {
    expect(LEVELS.map((l) => common.t(`levels.${l}.name`))).toEqual([
      'Básica',
      'Verificada',
      'Con firma',
    ]);
  });
});
