import { expect } from '@open-wc/testing';
import { MAX_HISTORY_POINTS, RatesFormatError, cleanRateTable, rebase, toSnapshot } from '../src/snapshot.js';

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

describe("a feed's official banks", () => {
  const feed = { base: 'USD', rates: { KGS: 87.45, KZT: 520.1, TMT: 3.5 } };

  it('keeps each bank key of a currency that has a rate', () => {
    expect({ ...toSnapshot({ ...feed, official: { KGS: 'NBKR', KZT: 'NBK' } }).official }).to.deep.equal({
      KGS: 'NBKR',
      KZT: 'NBK',
    });
  });

  it('drops entry by entry what names no bank: markup, numbers, currencies without a rate, bad codes', () => {
    const official = JSON.parse(
      '{"__proto__": "NBK", "KGS": "<b>NBKR</b>", "KZT": 7, "UZS": "CBU", "tmt": "NBT", "TMT": "nbt", "EUR": "NBK"}',
    ) as unknown;
    expect(toSnapshot({ ...feed, official }).official).to.equal(undefined);
    expect(toSnapshot({ ...feed, official: ['NBK'] }).official).to.equal(undefined);
    expect(toSnapshot({ ...feed, official: 'NBK' }).official).to.equal(undefined);
  });

  it("is not carried into another base: a crossed rate is no longer the bank's own figure", () => {
    const snapshot = toSnapshot({ ...feed, rates: { ...feed.rates, EUR: 0.86 }, official: { KZT: 'NBK' } });
    expect(rebase(snapshot, 'USD')!.official).to.deep.equal({ KZT: 'NBK' });
    expect(rebase(snapshot, 'EUR')!.official).to.equal(undefined);
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

describe('history in the feed format', () => {
  const feed = { base: 'USD', rates: { KGS: 87.45, KZT: 520.1 } };
  const history = (input: unknown) => toSnapshot({ ...feed, history: input }).history;
  const plainHistory = (value: unknown) => JSON.parse(JSON.stringify(value ?? null));

  it('keeps valid points per symbol, oldest first', () => {
    const kept = history({
      KGS: [
        ['2025-08-11', 87.31],
        ['2025-08-12', 87.45],
      ],
      KZT: [['2025-08-12T00:00:00Z', 519.5]],
    });
    expect(plainHistory(kept)).to.deep.equal({
      KGS: [
        ['2025-08-11', 87.31],
        ['2025-08-12', 87.45],
      ],
      KZT: [['2025-08-12T00:00:00Z', 519.5]],
    });
  });

  it('drops a point not later than the one before it: the format is oldest first, one point per date', () => {
    const kept = history({
      KGS: [
        ['2025-08-11', 87.31],
        ['2025-08-12', 87.45],
        ['2025-08-12', 87.5],
        ['2025-08-10', 87],
        ['2025-08-13', 87.6],
      ],
    });
    expect(plainHistory(kept)).to.deep.equal({
      KGS: [
        ['2025-08-11', 87.31],
        ['2025-08-12', 87.45],
        ['2025-08-13', 87.6],
      ],
    });
  });

  const badPoints: Array<[string, unknown]> = [
    ['a zero rate', ['2025-08-10', 0]],
    ['a negative rate', ['2025-08-10', -87]],
    ['a rate as text', ['2025-08-10', '87.3']],
    // JSON.parse reads 1e400 as Infinity, as a hostile feed would send it.
    ['a non-finite rate', ['2025-08-10', Infinity]],
    ['free text for a date', ['yesterday', 87.3]],
    ['a date that does not exist', ['2025-13-45', 87.3]],
    ['a date as a number', [20250810, 87.3]],
    ['an object for a point', { date: '2025-08-10', rate: 87.3 }],
    ['a point missing its rate', ['2025-08-10']],
    ['null', null],
  ];
  for (const [what, point] of badPoints) {
    it(`drops a point with ${what}, keeps the others, never NaN`, () => {
      const kept = history({ KGS: [point, ['2025-08-11', 87.31], ['2025-08-12', 87.45]] });
      expect(plainHistory(kept)).to.deep.equal({
        KGS: [
          ['2025-08-11', 87.31],
          ['2025-08-12', 87.45],
        ],
      });
    });
  }

  it('drops series under a key that is not ISO 4217, or that are not arrays, and prototype keys', () => {
    const hostile = JSON.parse(
      '{"__proto__":[["2025-08-11",1]],"kgs":[["2025-08-11",1]],"KZT":{"0":["2025-08-11",1]},"TJS":[["2025-08-11",10]]}',
    );
    expect(plainHistory(history(hostile))).to.deep.equal({ TJS: [['2025-08-11', 10]] });
    expect(({} as Record<string, unknown>)[0]).to.equal(undefined);
  });

  it('leaves history out when it has no usable point or is not an object', () => {
    for (const input of [undefined, null, [], 'x', { KGS: [] }, { KGS: [['x', 1]] }]) {
      expect(history(input)).to.equal(undefined);
    }
  });

  it('keeps only the newest points of a huge series', () => {
    const start = Date.parse('2020-01-01');
    const long = Array.from({ length: 5000 }, (_, i) => [
      new Date(start + i * 86_400_000).toISOString().slice(0, 10),
      80 + i / 1000,
    ]);
    const kept = history({ KGS: long })!.KGS;
    expect(kept).to.have.length(MAX_HISTORY_POINTS);
    expect(kept.at(-1)).to.deep.equal(long.at(-1));
  });
});

describe('rebase with history', () => {
  const eur = {
    base: 'EUR',
    rates: { USD: 1.16, KZT: 629.6 },
    history: {
      USD: [['2025-08-11', 1.1] as [string, number], ['2025-08-12', 1.2] as [string, number]],
      KZT: [
        ['2025-08-10', 600] as [string, number],
        ['2025-08-11', 594] as [string, number],
        ['2025-08-12', 648] as [string, number],
      ],
    },
  };

  it("crosses each point with the new base's point of the same date, and drops dates the base lacks", () => {
    const usd = rebase(eur, 'USD')!;
    const kzt = usd.history!.KZT;
    expect(kzt.map(([date]) => date)).to.deep.equal(['2025-08-11', '2025-08-12']);
    expect(kzt[0][1]).to.be.closeTo(594 / 1.1, 1e-9);
    expect(kzt[1][1]).to.be.closeTo(648 / 1.2, 1e-9);
  });

  it('gives the old base the series 1 / pivot and the new base none', () => {
    const usd = rebase(eur, 'USD')!;
    expect(usd.history!.EUR.map(([, rate]) => rate)).to.deep.equal([1 / 1.1, 1 / 1.2]);
    expect(usd.history!.USD).to.equal(undefined);
  });

  it('drops the history when the new base has none', () => {
    const usd = rebase({ ...eur, history: { KZT: eur.history.KZT } }, 'USD')!;
    expect(usd.history).to.equal(undefined);
    expect(usd.rates.KZT).to.be.closeTo(629.6 / 1.16, 1e-9);
  });
});
