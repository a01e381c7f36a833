import { expect } from '@open-wc/testing';
import { RatesFormatError } from '../../src/snapshot.js';
import { parseFeed } from '../../src/providers/index.js';
import { closeTo, plain, query } from './helpers.js';

const feed = {
  base: 'USD',
  asOf: '2025-08-13T00:00:00Z',
  rates: { KGS: 87.45, KZT: 520.1, TJS: 10.02, UZS: 12500, TMT: 3.5, EUR: 0.857 },
  previous: { KGS: 87.45, KZT: 519.5, TJS: 10.02, UZS: 12510, TMT: 3.5 },
  source: 'National banks; TMT official peg',
};

describe('feed adapter', () => {
  it('keeps the feed as it is, narrowed to the requested symbols', () => {
    const { snapshot, missing, provider } = parseFeed(feed, query());
    expect(provider).to.equal('feed');
    expect(missing).to.deep.equal([]);
    expect(snapshot).to.deep.equal({
      base: 'USD',
      asOf: feed.asOf,
      rates: Object.assign(Object.create(null), { KGS: 87.45, KZT: 520.1, TJS: 10.02, UZS: 12500, TMT: 3.5 }),
      previous: Object.assign(Object.create(null), feed.previous),
      source: feed.source,
    });
  });

  it('crosses a feed in another base through that base, previous values included', () => {
    const { snapshot } = parseFeed(feed, query({ base: 'EUR', symbols: ['KZT', 'USD'] }));
    expect(snapshot.base).to.equal('EUR');
    expect(snapshot.rates.KZT).to.be.closeTo(...closeTo(520.1 / 0.857));
    expect(snapshot.rates.USD).to.be.closeTo(...closeTo(1 / 0.857));
    // EUR has no previous value in the feed, so no change can be crossed.
    expect(snapshot.previous).to.equal(undefined);
  });

  it('keeps the banks of an --official feed for the currencies asked, and drops them when crossed into another base', () => {
    const official = { ...feed, official: { KGS: 'NBKR', KZT: 'NBK', UZS: 'CBU' } };
    expect(parseFeed(official, query({ symbols: ['KZT', 'TMT', 'KGS'] })).snapshot.official).to.deep.equal({
      KZT: 'NBK',
      KGS: 'NBKR',
    });
    expect(parseFeed(official, query({ symbols: ['TMT'] })).snapshot.official).to.equal(undefined);
    expect(parseFeed(official, query({ base: 'EUR', symbols: ['KZT'] })).snapshot.official).to.equal(undefined);
  });

  it('skips and reports symbols the feed lacks or has unusable', () => {
    const { snapshot, missing } = parseFeed(
      { ...feed, rates: { ...feed.rates, TJS: 0, UZS: 'x' } },
      query({ symbols: ['KZT', 'TJS', 'UZS', 'AMD'] }),
    );
    expect(plain(snapshot.rates)).to.deep.equal({ KZT: 520.1 });
    expect(missing).to.deep.equal(['TJS', 'UZS', 'AMD']);
  });

  const malformed: Array<[string, unknown]> = [
    ['null', null],
    ['no base', { rates: feed.rates }],
    ['a base the query cannot be crossed into', { base: 'EUR', rates: { KZT: 600 } }],
    ['no requested symbol', { base: 'USD', rates: { EUR: 0.857 } }],
  ];
  for (const [what, body] of malformed) {
    it(`throws a RatesFormatError for ${what}`, () => {
      expect(() => parseFeed(body, query())).to.throw(RatesFormatError, /^feed: /);
    });
  }

  it('narrows history to the requested symbols and crosses it into another base', () => {
    const withHistory = {
      ...feed,
      history: {
        KZT: [
          ['2025-08-12', 519.5],
          ['2025-08-13', 520.1],
        ],
        KGS: [['2025-08-13', 87.45]],
        EUR: [
          ['2025-08-12', 0.86],
          ['2025-08-13', 0.857],
        ],
      },
    };
    const usd = parseFeed(withHistory, query({ symbols: ['KZT'] })).snapshot;
    expect(JSON.parse(JSON.stringify(usd.history))).to.deep.equal({
      KZT: [
        ['2025-08-12', 519.5],
        ['2025-08-13', 520.1],
      ],
    });
    const eur = parseFeed(withHistory, query({ base: 'EUR', symbols: ['KZT', 'USD'] })).snapshot;
    expect(eur.history!.KZT.map(([, rate]) => rate)).to.deep.equal([519.5 / 0.86, 520.1 / 0.857]);
    expect(eur.history!.USD.map(([, rate]) => rate)).to.deep.equal([1 / 0.86, 1 / 0.857]);
  });
});
