import { expect } from '@open-wc/testing';
import { RatesFormatError } from '../../src/snapshot.js';
import { erApiUrl, parseErApi } from '../../src/providers/er-api.js';
import { closeTo, fixture, plain, query } from './helpers.js';

describe('er-api adapter', () => {
  // The capture has base EUR: every rate per USD is crossed through EUR.
  let eur: Record<string, unknown> & { rates: Record<string, number> };
  before(async () => {
    eur = (await fixture('er-api-latest-EUR-2025-08-13.json')) as typeof eur;
  });

  const perUsd: Array<[string, number]> = [
    ['KGS', 101.454893 / 1.16591],
    ['KZT', 630.989034 / 1.16591],
    ['TJS', 10.890955 / 1.16591],
    ['UZS', 14598.653067 / 1.16591],
    ['TMT', 4.063004 / 1.16591],
  ];
  for (const [code, expected] of perUsd) {
    it(`crosses ${code} per USD through the EUR base`, () => {
      expect(parseErApi(eur, query()).snapshot.rates[code]).to.be.closeTo(...closeTo(expected));
    });
  }

  it('lets the TMT peg float, as the aggregator publishes it (3.4848, not 3.5)', () => {
    const tmt = parseErApi(eur, query()).snapshot.rates.TMT;
    expect(tmt).to.be.closeTo(3.4848, 0.0001);
  });

  it('reads the base as published without crossing', () => {
    const { snapshot } = parseErApi(eur, query({ base: 'EUR' }));
    expect(plain(snapshot.rates)).to.deep.equal({
      KGS: 101.454893,
      KZT: 630.989034,
      TJS: 10.890955,
      UZS: 14598.653067,
      TMT: 4.063004,
    });
  });

  it('dates the snapshot by time_last_update_unix and has no previous value', () => {
    const { snapshot } = parseErApi(eur, query());
    expect(snapshot.asOf).to.equal(new Date(1755043351 * 1000).toISOString());
    expect(snapshot.asOf).to.equal('2025-08-13T00:02:31.000Z');
    expect(snapshot.previous).to.equal(undefined);
  });

  it('leaves the snapshot undated, never "Invalid Date", when time_last_update_unix is missing or no number', () => {
    const { time_last_update_unix: _unused, ...rest } = eur;
    expect(parseErApi(rest, query()).snapshot.asOf).to.equal(undefined);
    expect(parseErApi({ ...eur, time_last_update_unix: '1755043351' }, query()).snapshot.asOf).to.equal(undefined);
    expect(parseErApi({ ...eur, time_last_update_unix: 1e20 }, query()).snapshot.asOf).to.equal(undefined);
  });

  it('always carries the attribution its terms require', () => {
    const loaded = parseErApi(eur, query());
    expect(loaded.provider).to.equal('er-api');
    expect(loaded.attribution).to.deep.equal({ text: 'Rates By Exchange Rate API', href: 'https://www.exchangerate-api.com' });
    expect(loaded.snapshot.source).to.equal('Rates By Exchange Rate API');
  });

  it('skips and reports currencies it lacks', () => {
    const { snapshot, missing } = parseErApi(eur, query({ symbols: ['KZT', 'AMD', 'UZS'] }));
    expect(Object.keys(snapshot.rates)).to.deep.equal(['KZT', 'UZS']);
    expect(missing).to.deep.equal(['AMD']);
  });

  it('drops a zero rate and reports it', () => {
    const { snapshot, missing } = parseErApi({ ...eur, rates: { ...eur.rates, KGS: 0 } }, query());
    expect(snapshot.rates.KGS).to.equal(undefined);
    expect(missing).to.deep.equal(['KGS']);
  });

  it('reports the error type of an error answer', () => {
    expect(() => parseErApi({ result: 'error', 'error-type': 'unsupported-code' }, query())).to.throw(
      RatesFormatError,
      'er-api: error unsupported-code',
    );
  });

  it('does not echo markup from an error answer', () => {
    expect(() => parseErApi({ result: 'error', 'error-type': '<img src=x onerror=alert(1)>' }, query())).to.throw(
      RatesFormatError,
      'er-api: expected {result: "success", base_code}',
    );
  });

  const malformed: Array<[string, () => unknown]> = [
    ['an array', () => [eur]],
    ['no result', () => ({ base_code: 'USD', rates: { KZT: 541 } })],
    ['a lower-case base', () => ({ result: 'success', base_code: 'usd', rates: { KZT: 541 } })],
    ['rates as an array', () => ({ result: 'success', base_code: 'USD', rates: [541] })],
    ['a base the query cannot be crossed into', () => ({ result: 'success', base_code: 'EUR', rates: { KZT: 630 } })],
  ];
  for (const [what, makeBody] of malformed) {
    it(`throws a RatesFormatError for ${what}`, () => {
      const body = makeBody();
      expect(() => parseErApi(body, query())).to.throw(RatesFormatError, /^er-api: /);
    });
  }

  it('has a public URL per base', () => {
    expect(erApiUrl('USD')).to.equal('https://open.er-api.com/v6/latest/USD');
  });
});
