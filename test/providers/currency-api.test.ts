import { expect } from '@open-wc/testing';
import { RatesFormatError } from '../../src/snapshot.js';
import { currencyApiPreviousUrl, currencyApiUrl, parseCurrencyApi } from '../../src/providers/currency-api.js';
import { closeTo, fixture, plain, query } from './helpers.js';

describe('currency-api adapter', () => {
  let latest: { date: string; usd: Record<string, number> };
  let dayBefore: { date: string; usd: Record<string, number> };
  before(async () => {
    latest = (await fixture('currency-api-usd-2025-08-13.json')) as typeof latest;
    dayBefore = (await fixture('currency-api-usd-2025-08-12.json')) as typeof dayBefore;
  });

  it('reads lower-case codes into upper-case rates, dated by the publication', () => {
    const { snapshot, missing, provider } = parseCurrencyApi(latest, query());
    expect(provider).to.equal('currency-api');
    expect(missing).to.deep.equal([]);
    expect(snapshot.base).to.equal('USD');
    expect(snapshot.asOf).to.equal('2025-08-13');
    expect(plain(snapshot.rates)).to.deep.equal({
      KGS: 87.43130036,
      KZT: 541.30012245,
      TJS: 9.34115019,
      UZS: 12521.25049912,
      TMT: 3.49999982,
    });
    expect(snapshot.previous).to.equal(undefined);
    expect(snapshot.source).to.be.a('string').and.not.be.empty;
  });

  it('takes previous values from the publication of the day before', () => {
    const { snapshot } = parseCurrencyApi(latest, query(), dayBefore);
    expect(plain(snapshot.previous)).to.deep.equal({
      KGS: 87.44651237,
      KZT: 540.87003117,
      TJS: 9.34609988,
      UZS: 12548.70981244,
      TMT: 3.50000017,
    });
  });

  it('ignores a "previous" publication that is not older', () => {
    expect(parseCurrencyApi(latest, query(), latest).snapshot.previous).to.equal(undefined);
  });

  it('ignores a broken previous publication and keeps the rates', () => {
    const { snapshot } = parseCurrencyApi(latest, query(), '<html>Not found</html>');
    expect(snapshot.rates.KZT).to.equal(541.30012245);
    expect(snapshot.previous).to.equal(undefined);
  });

  it('crosses a table in another base through it, previous values included', () => {
    const eur = (day: string, usd: number, kzt: number) => ({ date: day, eur: { usd, kzt } });
    const { snapshot } = parseCurrencyApi(
      eur('2025-08-13', 1.16591, 630.989),
      query({ symbols: ['KZT'] }),
      eur('2025-08-12', 1.1651, 630.17),
    );
    expect(snapshot.rates.KZT).to.be.closeTo(...closeTo(630.989 / 1.16591));
    expect(snapshot.previous!.KZT).to.be.closeTo(...closeTo(630.17 / 1.1651));
  });

  it('reports currencies it lacks', () => {
    const { snapshot, missing } = parseCurrencyApi(latest, query({ symbols: ['KZT', 'AMD', 'XAU'] }));
    expect(Object.keys(snapshot.rates)).to.deep.equal(['KZT', 'XAU']);
    expect(missing).to.deep.equal(['AMD']);
  });

  it('keeps only three-letter codes from a table that also lists longer names', () => {
    const { snapshot, missing } = parseCurrencyApi(latest, query({ symbols: ['BTC', '1INCH', 'EUR', 'XAU', 'RUB'] }));
    expect(Object.keys(snapshot.rates)).to.deep.equal(['BTC', 'EUR', 'XAU', 'RUB']);
    expect(missing).to.deep.equal(['1INCH']);
  });

  it('reads string numbers and drops a zero', () => {
    const { snapshot, missing } = parseCurrencyApi(
      { date: '2025-08-13', usd: { kzt: '541,30', uzs: 0 } },
      query({ symbols: ['KZT', 'UZS'] }),
    );
    expect(plain(snapshot.rates)).to.deep.equal({ KZT: 541.3 });
    expect(missing).to.deep.equal(['UZS']);
  });

  const malformed: Array<[string, () => unknown]> = [
    ['no date', () => ({ usd: { kzt: 541.3 } })],
    ['an impossible date', () => ({ date: '2025-13-01', usd: { kzt: 541.3 } })],
    ['no currency table', () => ({ date: '2025-08-13' })],
    ['two tables, neither the base', () => ({ date: '2025-08-13', eur: { kzt: 630 }, gbp: { kzt: 700 } })],
    ['a table that cannot be crossed into the base', () => ({ date: '2025-08-13', eur: { kzt: 630 } })],
    ['an array', () => [latest]],
  ];
  for (const [what, makeBody] of malformed) {
    it(`throws a RatesFormatError for ${what}`, () => {
      const body = makeBody();
      expect(() => parseCurrencyApi(body, query())).to.throw(RatesFormatError, /^currency-api: /);
    });
  }
});

describe('currency-api URLs', () => {
  it('has a public jsDelivr URL per base', () => {
    expect(currencyApiUrl('USD')).to.equal(
      'https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@latest/v1/currencies/usd.min.json',
    );
  });

  const previous: Array<[string, string, string | undefined]> = [
    [
      'https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@latest/v1/currencies/usd.min.json',
      '2025-08-13',
      'https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@2025-08-12/v1/currencies/usd.min.json',
    ],
    [
      'https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@latest/v1/currencies/usd.json',
      '2025-03-01',
      'https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@2025-02-28/v1/currencies/usd.json',
    ],
    [
      'https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@2025-08-13/v1/currencies/usd.json',
      '2025-08-13',
      'https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@2025-08-12/v1/currencies/usd.json',
    ],
    [
      'https://latest.currency-api.pages.dev/v1/currencies/usd.json',
      '2025-01-01',
      'https://2024-12-31.currency-api.pages.dev/v1/currencies/usd.json',
    ],
    ['https://rates.example/usd.json', '2025-08-13', undefined],
    ['https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@latest/v1/currencies/usd.min.json', 'yesterday', undefined],
  ];
  for (const [url, date, expected] of previous) {
    it(`dates ${url} for the day before ${date}`, () => {
      expect(currencyApiPreviousUrl(url, date)).to.equal(expected);
    });
  }
});
