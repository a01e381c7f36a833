import { expect } from '@open-wc/testing';
import { fetchRates, readRates, sourceEntry, type GetJson } from '../../src/providers/index.js';
import { fixture, query } from './helpers.js';

/** A GetJson recording each URL with the cache mode it was asked with. */
function recordingGetJson(answer: (url: string) => unknown) {
  const calls: Array<[string, RequestCache | undefined]> = [];
  const getJson: GetJson = (url, cache) => {
    calls.push([url, cache]);
    return Promise.resolve(answer(url));
  };
  return { getJson, calls };
}

describe('fetchRates: cache modes and public URLs', () => {
  let currencyApi: Record<string, unknown>;
  before(async () => {
    currencyApi = {
      '@latest': await fixture('currency-api-usd-2025-08-13.json'),
      '@2025-08-12': await fixture('currency-api-usd-2025-08-12.json'),
    };
  });

  it("asks each provider's public URL with the cache mode its adapter chose", async () => {
    const cases = [
      ['frankfurter', 'https://api.frankfurter.dev/v2/rates?base=USD&quotes=KGS,KZT,TJS,UZS,TMT&from=2025-07-13', 'no-store'],
      ['er-api', 'https://open.er-api.com/v6/latest/USD', 'no-cache'],
      ['cbr', 'https://www.cbr-xml-daily.ru/daily_json.js', 'no-cache'],
      ['cbu', 'https://cbu.uz/en/arkhiv-kursov-valyut/json/', 'no-cache'],
    ] as const;
    for (const [provider, url, cache] of cases) {
      const { getJson, calls } = recordingGetJson(() => []);
      await fetchRates(getJson, sourceEntry(undefined, provider), query());
      expect(calls, provider).to.deep.equal([[url, cache]]);
    }
  });

  it("revalidates currency-api's latest file and lets the HTTP cache answer the dated day before", async () => {
    const { getJson, calls } = recordingGetJson((url) => currencyApi[/@(latest|\d{4}-\d\d-\d\d)/.exec(url)![0]]);
    const fetched = await fetchRates(getJson, sourceEntry(undefined, 'currency-api'), query());
    expect(calls).to.deep.equal([
      ['https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@latest/v1/currencies/usd.min.json', 'no-cache'],
      ['https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@2025-08-12/v1/currencies/usd.min.json', undefined],
    ]);
    expect(readRates(fetched, query()).snapshot.previous?.KGS).to.equal(87.44651237);
  });

  it("keeps a self-hosted feed's own caching, also when its shape is detected", async () => {
    for (const provider of ['feed', 'auto'] as const) {
      const { getJson, calls } = recordingGetJson(() => ({ base: 'USD', rates: { KGS: 87.45 } }));
      await fetchRates(getJson, sourceEntry('https://example.org/rates.json', provider), query());
      expect(calls, provider).to.deep.equal([['https://example.org/rates.json', undefined]]);
    }
  });

  it('asks a public URL for the base of the query, which the other tickers of the page cross from', async () => {
    const { getJson, calls } = recordingGetJson(() => ({
      result: 'success',
      base_code: 'EUR',
      rates: { EUR: 1, KGS: 101.9, USD: 1.165 },
    }));
    const fetched = await fetchRates(getJson, sourceEntry(undefined, 'er-api'), query({ base: 'EUR' }));
    expect(calls[0][0]).to.equal('https://open.er-api.com/v6/latest/EUR');
    expect(readRates(fetched, query({ base: 'USD', symbols: ['KGS'] })).snapshot.rates.KGS).to.be.closeTo(101.9 / 1.165, 1e-9);
  });
});
