import { expect } from '@open-wc/testing';
import { RatesFormatError, cleanRateTable, rebase, toSnapshot } from '../src/snapshot.js';

describe('toSnapshot', () => {
  const valid = {
    base: 'USD',
    asOf: '2025-08-13T00:00:00Z',
    rates: { KGS: 87.45, KZT: 520.1, TJS: 10.02, UZS: 12500, TMT: 3.5 },
    previous: { KGS: 87.45, KZT: 519.5, TJS: 10.02, UZS: 12510, TMT: 3.5 },
    source: 'National banks; TMT official peg',
  };

  it('keeps a valid feed as it is', () => {
    const snapshot = toSnapshot(valid);
    expect(snapshot.base).to.equal('USD');
    expect({ ...snapshot.rates }).to.deep.equal(valid.rates);
    expect({ ...snapshot.previous }).to.deep.equal(valid.previous);
    expect(snapshot.asOf).to.equal(valid.asOf);
    expect(snapshot.source).to.equal(valid.source);
  });

  const rejects: Array<[string, unknown]> = [
    ['null', null],
    ['an array', [1, 2]],
    ['a string', 'USD'],
    ['a lower-case base', { ...valid, base: 'usd' }],
    ['a missing base', { rates: valid.rates }],
    ['rates as an array', { base: 'USD', rates: [87.45] }],
    ['no usable rate', { base: 'USD', rates: { KGS: 0, KZT: -1, TJS: 'x', UZS: null } }],
  ];
  for (const [what, input] of rejects) {
    it(`rejects ${what} with a RatesFormatError`, () => {
      expect(() => toSnapshot(input)).to.throw(RatesFormatError);
    });
  }

  it('drops unusable single rates and keeps the rest', () => {
    const snapshot = toSnapshot({
      base: 'USD',
      rates: { KGS: 87.45, KZT: 0, TJS: -3, UZS: 'NaN', TMT: Infinity, usd: 1, XXXX: 2 },
    });
    expect(Object.keys(snapshot.rates)).to.deep.equal(['KGS']);
  });

  it('ignores prototype keys in hostile JSON', () => {
    const hostile = JSON.parse('{"base":"USD","rates":{"__proto__":{"KGS":1},"constructor":5,"KZT":520}}');
    const snapshot = toSnapshot(hostile);
    expect(Object.keys(snapshot.rates)).to.deep.equal(['KZT']);
    expect(({} as Record<string, unknown>).KGS).to.equal(undefined);
  });

  it('drops an unparseable date and caps long text', () => {
    const snapshot = toSnapshot({ ...valid, asOf: 'yesterday-ish', source: 'x'.repeat(5000) });
    expect(snapshot.asOf).to.equal(undefined);
    expect(snapshot.source).to.have.length(200);
  });
});

describe('cleanRateTable', () => {
  it('returns an empty table for anything that is not an object', () => {
    for (const input of [undefined, null, 5, 'x', [1]]) {
      expect(Object.keys(cleanRateTable(input))).to.have.length(0);
    }
  });
});

describe('rebase', () => {
  it('crosses rates and previous values through the old base', () => {
    const eur = { base: 'EUR', rates: { USD: 1.16591, KGS: 101.454893 }, previous: { USD: 1.2, KGS: 102 } };
    const usd = rebase(eur, 'USD')!;
    expect(usd.base).to.equal('USD');
    expect(usd.rates.KGS).to.be.closeTo(101.454893 / 1.16591, 1e-9);
    expect(usd.rates.EUR).to.be.closeTo(1 / 1.16591, 1e-12);
    expect(usd.rates.USD).to.equal(undefined);
    expect(usd.previous!.KGS).to.be.closeTo(102 / 1.2, 1e-9);
  });

  it('returns the same snapshot when the base already matches', () => {
    const snapshot = { base: 'USD', rates: { KGS: 87 } };
    expect(rebase(snapshot, 'USD')).to.equal(snapshot);
  });

  it('returns undefined when the new base is not quoted', () => {
    expect(rebase({ base: 'EUR', rates: { KGS: 101 } }, 'USD')).to.equal(undefined);
  });

  it('drops previous values that cannot be crossed', () => {
    const usd = rebase({ base: 'EUR', rates: { USD: 1.1, KGS: 101 }, previous: { KGS: 100 } }, 'USD')!;
    expect(usd.previous).to.equal(undefined);
  });
});
