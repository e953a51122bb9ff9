import i18next, { type i18n as I18next } from 'i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { defineNamespace, I18n, type Language, type Resources, resolveLanguage } from './i18n.js';
import en from './locales/en/common.js';
import es from './locales/es-MX/common.js';
import { leafKeys } from './test-helpers.js';

const source = {
  hello: 'Hola, {{name}}',
  nested: { deep: { key: 'Profundo' } },
  files_zero: 'Sin archivos',
  files_one: '{{count}} archivo',
  files_many: '{{count}} de archivos',
  files_other: '{{count}} archivos',
  onlyInSpanish: 'Solo en español',
};
const english = {
  hello: 'Hello, {{name}}',
  nested: { deep: { key: 'Deep' } },
  files_one: '{{count}} file',
  files_other: '{{count}} files',
};

function fresh() {
  const i18n = new I18n();
  i18n.addResources('es-MX', 'demo', source);
  i18n.addResources('en', 'demo', english);
  return i18n;
}

describe('I18n runtime', () => {
  it('starts in es-MX and looks keys up by namespace and dotted path', () => {
    const i18n = fresh();
    expect(i18n.language).toBe('es-MX');
    expect(i18n.t('demo:nested.deep.key')).toBe('Profundo');
  });

  it('interpolates values as text and leaves unknown placeholders visible', () => {
    const i18n = fresh();
    expect(i18n.t('demo:hello', { name: '<b>Ana</b>' })).toBe('Hola, <b>Ana</b>');
    expect(i18n.t('demo:hello')).toBe('Hola, {{name}}');
    expect(i18n.t('demo:hello', { name: 0 })).toBe('Hola, 0');
  });

  it('chooses plural forms with the language rules, using _zero only for an exact 0', () => {
    const i18n = fresh();
    expect([0, 1, 2, 1_000_000].map((count) => i18n.t('demo:files', { count }))).toEqual([
      'Sin archivos',
      '1 archivo',
      '2 archivos',
      '1000000 de archivos',
    ]);
    expect([0, 1, 2].map((count) => i18n.t('demo:files', { count, lng: 'en' }))).toEqual([
      '0 files',
      '1 file',
      '2 files',
    ]);
  });

  it('uses _other when a language lacks the category its rules pick (kinder than showing a key)', () => {
    const i18n = new I18n();
    i18n.addResources('es-MX', 'p', { n_one: 'uno', n_other: '{{count}} varios' });
    expect(i18n.t('p:n', { count: 1_000_000 })).toBe('1000000 varios'); // Spanish picks `many`
  });

  it('falls back to es-MX for a key the current language lacks, then to the key or defaultValue', async () => {
    const i18n = fresh();
    await i18n.changeLanguage('en');
    expect(i18n.t('demo:hello', { name: 'Ana' })).toBe('Hello, Ana');
    expect(i18n.t('demo:onlyInSpanish')).toBe('Solo en español');
    expect(i18n.t('demo:nope')).toBe('nope');
    expect(i18n.t('demo:nope', { defaultValue: 'Por defecto' })).toBe('Por defecto');
  });

  it('uses the common namespace when the key has none', () => {
    const i18n = new I18n();
    i18n.addResources('es-MX', 'common', { yes: 'Sí' });
    expect(i18n.t('yes')).toBe('Sí');
  });

  it('loads a language lazily, once, even when asked twice at the same time', async () => {
    const i18n = new I18n();
    const loader = vi.fn(async () => ({ default: { greeting: 'Hi' } }));
    i18n.addResources('es-MX', 'lazy', { greeting: 'Hola' });
    i18n.registerLoader('en', 'lazy', loader);
    expect(loader).not.toHaveBeenCalled();
    await Promise.all([i18n.load(['lazy'], 'en'), i18n.changeLanguage('en', ['lazy'])]);
    await i18n.load(['lazy'], 'en');
    expect(loader).toHaveBeenCalledTimes(1);
    expect(i18n.t('lazy:greeting')).toBe('Hi');
  });

  it('accepts a loader that resolves to the resources themselves (no default export)', async () => {
    const i18n = new I18n();
    i18n.registerLoader('en', 'plain', async () => ({ word: 'plain' }));
    await i18n.load(['plain'], 'en');
    expect(i18n.t('plain:word', { lng: 'en' })).toBe('plain');
  });

  it('survives a failing loader: shows es-MX, and tries again on the next load', async () => {
    const i18n = new I18n();
    i18n.addResources('es-MX', 'flaky', { word: 'palabra' });
    const loader = vi
      .fn<() => Promise<{ default: Resources }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce({ default: { word: 'word' } });
    i18n.registerLoader('en', 'flaky', loader);
    await expect(i18n.changeLanguage('en', ['flaky'])).resolves.toBeUndefined();
    expect(i18n.language).toBe('en');
    expect(i18n.t('flaky:word')).toBe('palabra');
    await i18n.load(['flaky']);
    expect(i18n.t('flaky:word')).toBe('word');
    expect(loader).toHaveBeenCalledTimes(2);
  });

  it('tells listeners about a change once, and not when the language stays the same', async () => {
    const i18n = fresh();
    const heard: Language[] = [];
    i18n.onLanguageChanged((lng) => heard.push(lng));
    await i18n.changeLanguage('en-US');
    await i18n.changeLanguage('en');
    await i18n.changeLanguage('es');
    expect(heard).toEqual(['en', 'es-MX']);
  });

  it('removes exactly the one listener whose remover is called', async () => {
    const i18n = fresh();
    const a = vi.fn();
    const b = vi.fn();
    const removeA = i18n.onLanguageChanged(a);
    i18n.onLanguageChanged(b);
    // The same function subscribed twice (two components sharing a handler) is two subscriptions.
    const removeBAgain = i18n.onLanguageChanged(b);
    removeA();
    removeA(); // idempotent: calling it again removes nobody else
    removeBAgain();
    await i18n.changeLanguage('en');
    expect(a).not.toHaveBeenCalled();
    expect(b).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledWith('en');
  });

  it('lets a listener unsubscribe itself while listeners are being called', async () => {
    const i18n = fresh();
    const second = vi.fn();
    const remove = i18n.onLanguageChanged(() => remove());
    i18n.onLanguageChanged(second);
    await i18n.changeLanguage('en');
    await i18n.changeLanguage('es-MX');
    expect(second).toHaveBeenCalledTimes(2);
  });
});

describe('resolveLanguage', () => {
  it.each([
    ['en', 'en'],
    ['en-US', 'en'],
    ['EN-gb', 'en'],
    ['es', 'es-MX'],
    ['es-ES', 'es-MX'],
    ['es-MX', 'es-MX'],
    ['fr', 'es-MX'],
    ['english', 'es-MX'],
    ['', 'es-MX'],
    [null, 'es-MX'],
    [undefined, 'es-MX'],
  ])('resolves %j to %s', (tag, lng) => {
    expect(resolveLanguage(tag)).toBe(lng);
  });
});

describe('defineNamespace', () => {
  it('bundles the es-MX source and loads other languages only when asked', async () => {
    const i18n = new I18n();
    const loader = vi.fn(async () => ({ default: { title: 'Title' } }));
    const ns = defineNamespace('page', { title: 'Título' }, { en: loader }, i18n);
    expect(ns.t('title')).toBe('Título');
    expect(loader).not.toHaveBeenCalled();
    await i18n.changeLanguage('en');
    expect(ns.t('title')).toBe('Título'); // not loaded yet: fallback, never a key
    await ns.load();
    expect(ns.t('title')).toBe('Title');
  });
});

/* ------------------------------------------------------- parity with real i18next */

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;
const SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every base key with the variables its templates use, and whether it has plural forms. */
function keysWithVariables(res: Resources) {
  const out = new Map<string, { vars: Set<string>; plural: boolean }>();
  const walk = (node: Resources, prefix: string) => {
    for (const [k, v] of Object.entries(node)) {
      if (typeof v !== 'string') {
        walk(v, `${prefix}${k}.`);
        continue;
      }
      const base = `${prefix}${k.replace(SUFFIX, '')}`;
      const entry = out.get(base) ?? { vars: new Set<string>(), plural: false };
      if (SUFFIX.test(k)) entry.plural = true;
      for (const m of v.matchAll(PLACEHOLDER)) entry.vars.add(m[1]!);
      out.set(base, entry);
    }
  };
  walk(res, '');
  return out;
}

describe('parity with i18next 25', () => {
  let reference: I18next;
  let ours: I18n;

  beforeAll(async () => {
    reference = i18next.createInstance();
    await reference.init({
      lng: 'es-MX',
      fallbackLng: 'es-MX',
      supportedLngs: ['es-MX', 'en'],
      ns: ['common', 'demo'],
      defaultNS: 'common',
      resources: { 'es-MX': { common: es, demo: source }, en: { common: en, demo: english } },
      // Our runtime inserts text and leaves escaping to Lit; compare like with like.
      interpolation: { escapeValue: false },
      showSupportNotice: false,
    });
    ours = new I18n();
    ours.addResources('es-MX', 'common', es);
    ours.addResources('en', 'common', en);
    ours.addResources('es-MX', 'demo', source);
    ours.addResources('en', 'demo', english);
  });

  const cases: Array<[string, Resources]> = [
    ['common', es as Resources],
    ['demo', source],
  ];
  for (const [ns, res] of cases) {
    for (const lng of ['es-MX', 'en'] as const) {
      it(`gives the same text for every ${ns} key in ${lng}, with and without values`, () => {
        let compared = 0;
        for (const [key, { vars, plural }] of keysWithVariables(res)) {
          const values = Object.fromEntries([...vars].map((v) => [v, `«${v}»`]));
          const variants: Array<Record<string, unknown>> = [{}, values];
          if (plural || vars.has('count')) {
            for (const count of [0, 1, 2, 5, 1.5, 1_000_000]) variants.push({ ...values, count });
          }
          for (const opts of variants) {
            const full = `${ns}:${key}`;
            expect(ours.t(full, { ...opts, lng }), `${lng} ${full} ${JSON.stringify(opts)}`).toBe(
              reference.t(full, { ...opts, lng }),
            );
            compared++;
          }
        }
        expect(compared).toBeGreaterThan(ns === 'common' ? 150 : 10);
      });
    }
  }

  it('agrees on missing keys', () => {
    expect(ours.t('common:no.such.key')).toBe(reference.t('common:no.such.key'));
    expect(ours.t('common:nope', { defaultValue: 'x' })).toBe(
      reference.t('common:nope', { defaultValue: 'x' }),
    );
  });

  it('covers the same keys as the structure walk of both languages', () => {
    expect([...keysWithVariables(en as Resources).keys()].sort()).toEqual(
      leafKeys(es as Resources),
    );
  });
});
