import { expect } from '@open-wc/testing';
import { formatChange, formatRate, quoteFor } from '../src/format.js';
import type { RatesSnapshot } from '../src/snapshot.js';

const feed: RatesSnapshot = {
  base: 'USD',
  rates: { KGS: 87.45, KZT: 520.1, TJS: 10.02, UZS: 12500, TMT: 3.5 },
  previous: { KGS: 87.45, KZT: 519.5, TJS: 10.02, UZS: 12510, TMT: 3.5 },
};

describe('quoteFor', () => {
  it('shows base per symbol as 1 / rate', () => {
    expect(quoteFor(feed, 'KGS', false)!.value).to.equal(1 / 87.45);
  });

  it('shows symbol per base with inverse', () => {
    expect(quoteFor(feed, 'KGS', true)!.value).to.equal(87.45);
  });

  it('quotes no item for the base itself, even when a source lists it at 1', () => {
    const withBase = { ...feed, rates: { ...feed.rates, [feed.base]: 1 }, previous: { ...feed.previous, [feed.base]: 1 } };
    expect(quoteFor(withBase, feed.base, false)).to.equal(undefined);
    expect(quoteFor(withBase, feed.base, true)).to.equal(undefined);
  });

  it('computes change as previous / rate − 1, so a weaker tenge reads as a fall', () => {
    expect(quoteFor(feed, 'KZT', false)!.changePercent).to.be.closeTo((519.5 / 520.1 - 1) * 100, 1e-12);
  });

  it('computes change as rate / previous − 1 with inverse', () => {
    expect(quoteFor(feed, 'KZT', true)!.changePercent).to.be.closeTo((520.1 / 519.5 - 1) * 100, 1e-12);
  });

  it('gives no change without a previous value', () => {
    expect(quoteFor({ base: 'USD', rates: { KGS: 87 } }, 'KGS', false)!.changePercent).to.equal(undefined);
  });

  it('ignores an unusable previous value', () => {
    const quote = quoteFor({ base: 'USD', rates: { KGS: 87 }, previous: { KGS: 0 } }, 'KGS', false)!;
    expect(quote.changePercent).to.equal(undefined);
  });

  for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, undefined]) {
    it(`skips a symbol whose rate is ${String(bad)}`, () => {
      expect(quoteFor({ base: 'USD', rates: { KGS: bad as number } }, 'KGS', false)).to.equal(undefined);
    });
  }

  it('skips the base itself and unknown symbols', () => {
    expect(quoteFor(feed, 'USD', false)).to.equal(undefined);
    expect(quoteFor(feed, 'EUR', false)).to.equal(undefined);
  });

  it('skips a rate so small its inverse overflows', () => {
    expect(quoteFor({ base: 'USD', rates: { KGS: 1e-320 } }, 'KGS', false)).to.equal(undefined);
  });
});

describe('formatRate', () => {
  const cases: Array<[number, { locale: string; digits: number; decimals?: number }, string]> = [
    [1 / 87.45, { locale: 'en', digits: 4 }, '0.01144'],
    [1 / 497.5, { locale: 'en', digits: 4 }, '0.002010'],
    [1 / 12900, { locale: 'en', digits: 4 }, '0.00007752'],
    [1 / 3.5, { locale: 'en', digits: 4 }, '0.2857'],
    [1 / 10.9, { locale: 'en', digits: 4 }, '0.09174'],
    [1 / 12500, { locale: 'en', digits: 4, decimals: 5 }, '0.00008'],
    [1 / 87.45, { locale: 'en', digits: 4, decimals: 2 }, '0.01'],
    [87.45, { locale: 'en', digits: 4, decimals: 0 }, '87'],
    [12500, { locale: 'en', digits: 4 }, '12,500'],
    [12512.34, { locale: 'en', digits: 6 }, '12,512.3'],
    [1 / 87.45, { locale: 'en', digits: 2 }, '0.011'],
    [1 / 87.45, { locale: 'ru', digits: 4 }, '0,01144'],
    [12500, { locale: 'ru', digits: 4 }, '12\u00a0500'],
    [1 / 520.1, { locale: 'de', digits: 4 }, '0,001923'],
    [520.1, { locale: 'fr', digits: 4 }, '520,1'],
    [87.45, { locale: 'en', digits: 1 }, '90'],
  ];
  for (const [value, style, expected] of cases) {
    it(`${value} with ${JSON.stringify(style)} → ${expected}`, () => {
      expect(formatRate(value, style)).to.equal(expected);
    });
  }
});

describe('formatChange', () => {
  const cases: Array<[number, string, string, string]> = [
    [0.12, 'en', '+0.12%', 'up'],
    [-0.14, 'en', '\u22120.14%', 'down'],
    [0, 'en', '0%', 'flat'],
    [-0, 'en', '0%', 'flat'],
    [0.001, 'en', '0%', 'flat'],
    [-0.004, 'en', '0%', 'flat'],
    [0.005, 'en', '+0.01%', 'up'],
    [1.5, 'en', '+1.5%', 'up'],
    [-12.3456, 'en', '\u221212.35%', 'down'],
    [0.12, 'ru', '+0,12\u00a0%', 'up'],
    [-0.14, 'ru', '\u22120,14\u00a0%', 'down'],
  ];
  for (const [percent, locale, text, direction] of cases) {
    it(`${percent}% in ${locale} → ${text} (${direction})`, () => {
      expect(formatChange(percent, locale)).to.deep.equal({ text, direction });
    });
  }
});
