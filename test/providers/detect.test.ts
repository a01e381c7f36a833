import { expect } from '@open-wc/testing';
import { RatesFormatError } from '../../src/snapshot.js';
import { PROVIDER_NAMES, detectProvider, loadRates, parseRates, type ProviderName } from '../../src/providers/index.js';
import { fakeGetJson, fixture, query } from './helpers.js';

const FIXTURES: Array<[string, ProviderName]> = [
  ['cbr-daily_json-2023-06-10.json', 'cbr'],
  ['cbu-json-2026-04-01.json', 'cbu'],
  ['er-api-latest-EUR-2025-08-13.json', 'er-api'],
  ['frankfurter-v2-usd-2025-08-13.json', 'frankfurter'],
  ['currency-api-usd-2025-08-13.json', 'currency-api'],
];

describe('detectProvider', () => {
  for (const [name, provider] of FIXTURES) {
    it(`recognises ${name} as ${provider}`, async () => {
      expect(detectProvider(await fixture(name))).to.equal(provider);
    });
  }

  const shapes: Array<[string, unknown, ProviderName]> = [
    ['the feed format', { base: 'USD', rates: { KZT: 541 } }, 'feed'],
    ['an er-api error answer', { result: 'error', 'error-type': 'unsupported-code' }, 'er-api'],
    [
      'a frankfurter v1 answer, which is feed-shaped',
      { amount: 1, base: 'USD', date: '2025-08-13', rates: { KZT: 541 } },
      'feed',
    ],
    // The feed's reader then says what is wrong: the base is no ISO code.
    ['a feed with a lower-case base', { base: 'usd', rates: {} }, 'feed'],
  ];
  for (const [what, body, provider] of shapes) {
    it(`recognises ${what} as ${provider}`, () => {
      expect(detectProvider(body)).to.equal(provider);
    });
  }

  const unknown: Array<[string, unknown]> = [
    ['null', null],
    ['a number', 42],
    ['a string (an HTML page read as text)', '<!DOCTYPE html><title>502 Bad Gateway</title>'],
    ['an empty array', []],
    ['an array of numbers', [1, 2]],
    ['an empty object', {}],
    ['an unrelated object', { status: 'ok', data: { items: [] } }],
  ];
  for (const [what, body] of unknown) {
    it(`recognises nothing in ${what}`, () => {
      expect(detectProvider(body)).to.equal(undefined);
    });
  }
});

describe('parseRates', () => {
  for (const [name, provider] of FIXTURES) {
    it(`reads ${name} in auto mode as it reads it as ${provider}`, async () => {
      const body = await fixture(name);
      const auto = parseRates(body, 'auto', query());
      expect(auto.provider).to.equal(provider);
      expect(auto).to.deep.equal(parseRates(body, provider, query()));
    });
  }

  it('names every expected shape when it recognises none', () => {
    let error: unknown;
    try {
      parseRates({ status: 'ok', data: [] }, 'auto', query());
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(RatesFormatError);
    expect((error as Error).message).to.equal('expected one of: feed, frankfurter, currency-api, er-api, cbr, cbu');
    expect(PROVIDER_NAMES).to.deep.equal(['feed', 'frankfurter', 'currency-api', 'er-api', 'cbr', 'cbu']);
  });

  it('lets the feed reader say what is wrong with a feed-shaped body', () => {
    expect(() => parseRates({ base: 'usd', rates: { KZT: 541 } }, 'auto', query())).to.throw(RatesFormatError, /^feed: "base"/);
  });

  it('lets the named provider say what is wrong with a body of another shape', () => {
    expect(() => parseRates({ base: 'USD', rates: { KZT: 541 } }, 'cbr', query())).to.throw(RatesFormatError, /^cbr: /);
  });
});

describe('auto mode with a source', () => {
  // Frankfurter is the one provider whose URL must carry the query on the first request; any
  // other source is fetched as it is, once, and read by its shape.
  const frankfurterQuery = '?base=USD&quotes=KGS,KZT,TJS,UZS,TMT&from=2025-07-13';
  const rows = [{ date: '2025-08-13', base: 'USD', quote: 'KZT', rate: 541.3 }];
  const feed = { base: 'USD', rates: { KZT: 541.3 } };
  const urls: Array<[string, string]> = [
    ['https://api.frankfurter.dev/v2/rates', `https://api.frankfurter.dev/v2/rates${frankfurterQuery}`],
    ['https://api.frankfurter.dev/v2/rates?base=EUR', `https://api.frankfurter.dev/v2/rates${frankfurterQuery}`],
    ['https://fx.example.com/v2/rates', `https://fx.example.com/v2/rates${frankfurterQuery}`],
    ['https://fx.example.com/v2/rates/', `https://fx.example.com/v2/rates/${frankfurterQuery}`],
    ['/v2/rates', `/v2/rates${frankfurterQuery}`],
    ['https://api.frankfurter.dev/v1/latest', 'https://api.frankfurter.dev/v1/latest'],
    ['https://fx.example.com/v2/rates.json', 'https://fx.example.com/v2/rates.json'],
    [
      'https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@latest/v1/currencies/usd.min.json',
      'https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@latest/v1/currencies/usd.min.json',
    ],
    [
      'https://latest.currency-api.pages.dev/v1/currencies/usd.json',
      'https://latest.currency-api.pages.dev/v1/currencies/usd.json',
    ],
    ['https://open.er-api.com/v6/latest/USD', 'https://open.er-api.com/v6/latest/USD'],
    ['https://www.cbr-xml-daily.ru/daily_json.js', 'https://www.cbr-xml-daily.ru/daily_json.js'],
    [
      'https://www.cbr-xml-daily.ru/archive/2023/06/09/daily_json.js',
      'https://www.cbr-xml-daily.ru/archive/2023/06/09/daily_json.js',
    ],
    ['https://cbu.uz/en/arkhiv-kursov-valyut/json/', 'https://cbu.uz/en/arkhiv-kursov-valyut/json/'],
    ['/rates.json', '/rates.json'],
    ['rates.json', 'rates.json'],
    ['http://[::1', 'http://[::1'],
  ];
  for (const [source, requested] of urls) {
    it(`requests ${requested} for ${source}`, async () => {
      const getJson = fakeGetJson((url) => (url === source ? feed : rows));
      await loadRates(getJson, { provider: 'auto', source, query: query() });
      expect(getJson.urls).to.deep.equal([requested]);
    });
  }
});
