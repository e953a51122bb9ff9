import { DOCUMENT_TYPES } from '@llave-cdmx/core';
import { expect } from '@open-wc/testing';
import { dateTimeFormat, listFormat, numberFormat } from './intl.js';

/**
 * intl.ts formats the components' dates, sizes and lists without ICU for es-MX and en (the first
 * Intl formatter of a page is a long task on a slow phone, issue 18): here its output is proven
 * equal to the browser's own Intl, value by value, for every format the components use.
 */
const LANGS = ['es-MX', 'en'] as const;

/** Dates over 1900–2100 at every hour and a spread of minutes, in local time and in UTC. */
function dates(): Date[] {
  const out: Date[] = [];
  for (let i = 0; i < 1500; i++) {
    const t = Date.UTC(1900, 0, 1) + i * 4_412_345_678 + (i % 24) * 3_600_000 + (i % 60) * 60_000;
    out.push(new Date(t));
  }
  out.push(
    new Date(2026, 0, 1, 0, 0),
    new Date(2026, 11, 31, 12, 0),
    new Date(2026, 5, 15, 23, 59),
  );
  return out;
}

describe('intl (formats equal to Intl without building ICU formatters)', () => {
  it('passes accessibility checks', async () => {
    // No UI of its own: what it formats is text inside the components' own checked markup.
    const p = document.createElement('p');
    p.textContent = dateTimeFormat('es-MX', { dateStyle: 'long' }).format(new Date(2026, 0, 5));
    document.body.append(p);
    await expect(p).to.be.accessible();
    p.remove();
  });

  for (const lang of LANGS) {
    for (const options of [
      { dateStyle: 'long' },
      { dateStyle: 'long', timeStyle: 'short' },
      { timeStyle: 'short' },
      { dateStyle: 'long', timeZone: 'UTC' },
    ] as Intl.DateTimeFormatOptions[]) {
      it(`formats dates as Intl does: ${lang} ${JSON.stringify(options)}`, () => {
        const ours = dateTimeFormat(lang, options);
        const intl = new Intl.DateTimeFormat(lang, options);
        expect(ours).to.not.be.instanceOf(Intl.DateTimeFormat);
        for (const d of dates()) expect(ours.format(d), d.toISOString()).to.equal(intl.format(d));
        expect(() => ours.format(new Date(Number.NaN))).to.throw(RangeError);
      });
    }

    for (const unit of ['byte', 'kilobyte', 'megabyte']) {
      it(`formats ${unit}s as Intl does: ${lang}`, () => {
        const options = {
          style: 'unit',
          unit,
          unitDisplay: 'short',
          maximumFractionDigits: 1,
        } as const;
        const ours = numberFormat(lang, options);
        const intl = new Intl.NumberFormat(lang, options);
        expect(ours).to.not.be.instanceOf(Intl.NumberFormat);
        const values = [
          0,
          1,
          2,
          0.05,
          0.95,
          1.05,
          1.15,
          1.25,
          1.35,
          1.45,
          999.95,
          1023.96,
          1e6 + 0.05,
        ];
        for (let i = 0; i < 3000; i++)
          values.push(i / 7, i * 13.37, ((i * 104_729) % 5_000_000) / 1024);
        for (const v of values) expect(ours.format(v), String(v)).to.equal(intl.format(v));
      });
    }

    it(`joins lists as Intl does: ${lang}`, () => {
      const ours = listFormat(lang, { type: 'conjunction' });
      const intl = new Intl.ListFormat(lang, { type: 'conjunction' });
      expect(ours).to.not.be.instanceOf(Intl.ListFormat);
      // The document types the picker names, and words that decide Spanish "y" / "e".
      const words = [
        ...DOCUMENT_TYPES,
        'Identificación',
        'Inmueble',
        'idea',
        'hijo',
        'Hilo',
        'hielo',
        'hiato',
        'hiena',
        'hioides',
        'Hi',
        'HIE',
        'ícono',
        'hígado',
        'h',
        'yodo',
        '',
      ];
      for (let n = 0; n <= 4; n++) {
        for (const last of words) {
          const list = [...words.slice(0, n), last];
          expect(ours.format(list), list.join('|')).to.equal(intl.format(list));
        }
      }
      expect(ours.format([])).to.equal(intl.format([]));
    });
  }

  it('leaves other languages and options to Intl', () => {
    expect(dateTimeFormat('fr', { dateStyle: 'long' })).to.be.instanceOf(Intl.DateTimeFormat);
    expect(dateTimeFormat('es-MX', { dateStyle: 'medium' })).to.be.instanceOf(Intl.DateTimeFormat);
    expect(
      dateTimeFormat('en', { timeZone: 'America/Mexico_City', dateStyle: 'long' }),
    ).to.be.instanceOf(Intl.DateTimeFormat);
    expect(numberFormat('en', { maximumFractionDigits: 1 })).to.be.instanceOf(Intl.NumberFormat);
    expect(listFormat('en', { type: 'disjunction' })).to.be.instanceOf(Intl.ListFormat);
    // A value the plain path does not cover still formats, through Intl.
    const bytes = numberFormat('en', {
      style: 'unit',
      unit: 'byte',
      unitDisplay: 'short',
      maximumFractionDigits: 1,
    });
    expect(bytes.format(-3)).to.equal('-3 byte');
    expect(bytes.format(1e21)).to.equal(
      new Intl.NumberFormat('en', {
        style: 'unit',
        unit: 'byte',
        unitDisplay: 'short',
        maximumFractionDigits: 1,
      }).format(1e21),
    );
  });
});
