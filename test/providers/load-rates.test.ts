import { expect } from '@open-wc/testing';
import { RatesFormatError } from '../../src/snapshot.js';
import { DEFAULT_SOURCE, loadRates, type ProviderName } from '../../src/providers/index.js';
import { fakeGetJson, fixture, query } from './helpers.js';

const FRANKFURTER_QUERY = 'base=USD&quotes=KGS,KZT,TJS,UZS,TMT&from=2025-07-13';
const CURRENCY_API_LATEST = 'https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@latest/v1/currencies/usd.min.json';
const CURRENCY_API_DAY_BEFORE = 'https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@2025-08-12/v1/currencies/usd.min.json';

describe('loadRates', () => {
  const bodies: Record<string, unknown> = {};
  before(async () => {
    for (const name of [
      'frankfurter-v2-usd-2025-08-13.json',
      'currency-api-usd-2025-08-13.json',
      'currency-api-usd-2025-08-12.json',
      'er-api-latest-EUR-2025-08-13.json',
      'cbr-daily_json-2023-06-10.json',
      'cbu-json-2026-04-01.json',
    ]) {
      bodies[name] = await fixture(name);
    }
  });

  it('reads Frankfurter from its default URL with base, quotes and from, when auto has no source', async () => {
    const getJson = fakeGetJson(() => bodies['frankfurter-v2-usd-2025-08-13.json']);
    const loaded = await loadRates(getJson, { provider: 'auto', query: query() });
    expect(getJson.urls).to.deep.equal([`${DEFAULT_SOURCE}?${FRANKFURTER_QUERY}`]);
    expect(loaded.provider).to.equal('frankfurter');
    expect(loaded.snapshot.rates.KZT).to.equal(541.3);
  });

  it('gives a self-hosted Frankfurter the same parameters', async () => {
    const getJson = fakeGetJson(() => bodies['frankfurter-v2-usd-2025-08-13.json']);
    await loadRates(getJson, { provider: 'frankfurter', source: 'https://fx.example.org/api/v2/rates', query: query() });
    expect(getJson.urls).to.deep.equal([`https://fx.example.org/api/v2/rates?${FRANKFURTER_QUERY}`]);
  });

  it('recognises a Frankfurter URL in auto mode and sends the parameters on the first request', async () => {
    const getJson = fakeGetJson(() => bodies['frankfurter-v2-usd-2025-08-13.json']);
    const loaded = await loadRates(getJson, { provider: 'auto', source: 'https://fx.example.org/v2/rates', query: query() });
    expect(getJson.urls).to.deep.equal([`https://fx.example.org/v2/rates?${FRANKFURTER_QUERY}`]);
    expect(loaded.provider).to.equal('frankfurter');
  });

  const publicUrls: Array<[ProviderName, string, string]> = [
    ['er-api', 'https://open.er-api.com/v6/latest/USD', 'er-api-latest-EUR-2025-08-13.json'],
    ['cbr', 'https://www.cbr-xml-daily.ru/daily_json.js', 'cbr-daily_json-2023-06-10.json'],
    ['cbu', 'https://cbu.uz/en/arkhiv-kursov-valyut/json/', 'cbu-json-2026-04-01.json'],
  ];
  for (const [provider, url, name] of publicUrls) {
    it(`reads ${provider} from its public URL when named without a source`, async () => {
      const getJson = fakeGetJson(() => bodies[name]);
      const loaded = await loadRates(getJson, { provider, query: query() });
      expect(getJson.urls).to.deep.equal([url]);
      expect(loaded.provider).to.equal(provider);
      expect(Object.keys(loaded.snapshot.rates)).to.deep.equal(['KGS', 'KZT', 'TJS', 'UZS', 'TMT']);
    });
  }

  it("passes er-api's attribution on", async () => {
    const getJson = fakeGetJson(() => bodies['er-api-latest-EUR-2025-08-13.json']);
    const loaded = await loadRates(getJson, { provider: 'er-api', query: query() });
    expect(loaded.attribution).to.deep.equal({ text: 'Rates By Exchange Rate API', href: 'https://www.exchangerate-api.com' });
  });

  it('asks currency-api for the latest publication, then the dated one of the day before', async () => {
    const getJson = fakeGetJson((url) =>
      url === CURRENCY_API_LATEST
        ? bodies['currency-api-usd-2025-08-13.json']
        : url === CURRENCY_API_DAY_BEFORE
          ? bodies['currency-api-usd-2025-08-12.json']
          : new Error(`unexpected ${url}`),
    );
    const loaded = await loadRates(getJson, { provider: 'currency-api', query: query() });
    expect(getJson.urls).to.deep.equal([CURRENCY_API_LATEST, CURRENCY_API_DAY_BEFORE]);
    expect(loaded.snapshot.previous!.KZT).to.equal(540.87003117);
  });

  it('asks for the dated publication on every poll, leaving its reuse to the HTTP cache, since its URL never changes', async () => {
    const getJson = fakeGetJson((url) =>
      url === CURRENCY_API_LATEST ? bodies['currency-api-usd-2025-08-13.json'] : bodies['currency-api-usd-2025-08-12.json'],
    );
    await loadRates(getJson, { provider: 'currency-api', query: query() });
    const again = await loadRates(getJson, { provider: 'currency-api', query: query() });
    expect(getJson.urls).to.deep.equal([
      CURRENCY_API_LATEST,
      CURRENCY_API_DAY_BEFORE,
      CURRENCY_API_LATEST,
      CURRENCY_API_DAY_BEFORE,
    ]);
    expect(again.snapshot.previous!.KZT).to.equal(540.87003117);
  });

  it('still shows currency-api rates, without change, when the day before cannot be fetched', async () => {
    const getJson = fakeGetJson((url) =>
      url === CURRENCY_API_LATEST ? bodies['currency-api-usd-2025-08-13.json'] : new Error('HTTP 404'),
    );
    const loaded = await loadRates(getJson, { provider: 'currency-api', query: query() });
    expect(loaded.snapshot.rates.KZT).to.equal(541.30012245);
    expect(loaded.snapshot.previous).to.equal(undefined);
  });

  it('fetches a source it cannot place once and reads it by its shape', async () => {
    const getJson = fakeGetJson(() => bodies['cbu-json-2026-04-01.json']);
    const loaded = await loadRates(getJson, { provider: 'auto', source: 'https://mirror.example/cbu.json', query: query() });
    expect(getJson.urls).to.deep.equal(['https://mirror.example/cbu.json']);
    expect(loaded.provider).to.equal('cbu');
  });

  it('completes a currency-api body found by its shape with the day before, when its URL is dated', async () => {
    const source = 'https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@latest/v1/currencies/usd.json';
    const getJson = fakeGetJson((url) =>
      url === source ? bodies['currency-api-usd-2025-08-13.json'] : bodies['currency-api-usd-2025-08-12.json'],
    );
    const loaded = await loadRates(getJson, { provider: 'auto', source, query: query() });
    expect(getJson.urls).to.deep.equal([source, source.replace('@latest', '@2025-08-12')]);
    expect(loaded.snapshot.previous!.UZS).to.equal(12548.70981244);
  });

  it('reads a self-hosted feed by its shape', async () => {
    const feed = { base: 'USD', asOf: '2025-08-13', rates: { KZT: 541.3, UZS: 12521.25 } };
    const getJson = fakeGetJson(() => feed);
    const loaded = await loadRates(getJson, { provider: 'auto', source: '/rates.json', query: query() });
    expect(getJson.urls).to.deep.equal(['/rates.json']);
    expect(loaded.provider).to.equal('feed');
    expect(loaded.missing).to.deep.equal(['KGS', 'TJS', 'TMT']);
  });

  it('rejects with the error of a GetJson that got an HTML page instead of JSON', async () => {
    const htmlPage = new Error('response from https://open.er-api.com/v6/latest/USD is not JSON: "<!DOCTYPE html><html>…"');
    const getJson = fakeGetJson(() => htmlPage);
    let error: unknown;
    await loadRates(getJson, { provider: 'er-api', query: query() }).catch((caught: unknown) => (error = caught));
    expect(error).to.equal(htmlPage);
  });

  it('rejects with a RatesFormatError for an er-api error answer', async () => {
    const getJson = fakeGetJson(() => ({ result: 'error', 'error-type': 'unsupported-code' }));
    let error: unknown;
    await loadRates(getJson, { provider: 'auto', source: 'https://open.er-api.com/v6/latest/XXX', query: query() }).catch(
      (caught: unknown) => (error = caught),
    );
    expect(error).to.be.instanceOf(RatesFormatError);
    expect((error as Error).message).to.contain('unsupported-code');
  });

  it('rejects, naming the expected shapes, when auto recognises nothing', async () => {
    const getJson = fakeGetJson(() => ({ ok: true, items: [] }));
    let error: unknown;
    await loadRates(getJson, { provider: 'auto', source: 'https://example.org/data.json', query: query() }).catch(
      (caught: unknown) => (error = caught),
    );
    expect(error).to.be.instanceOf(RatesFormatError);
    expect((error as Error).message).to.equal('expected one of: feed, frankfurter, currency-api, er-api, cbr, cbu');
  });

  it('rejects the feed provider without a source, before any request', async () => {
    const getJson = fakeGetJson(() => ({}));
    let error: unknown;
    await loadRates(getJson, { provider: 'feed', query: query() }).catch((caught: unknown) => (error = caught));
    expect(error).to.be.instanceOf(RatesFormatError);
    expect(getJson.urls).to.deep.equal([]);
  });
});
