import { expect } from '@open-wc/testing';
import { RatesFormatError } from '../../src/snapshot.js';
import { PROVIDER_NAMES, detectProvider, detectProviderFromUrl, parseRates, type ProviderName } from '../../src/providers/index.js';
import { fixture, query } from './helpers.js';

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
    ['a frankfurter v1 answer, which is feed-shaped', { amount: 1, base: 'USD', date: '2025-08-13', rates: { KZT: 541 } }, 'feed'],
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
    ['a lower-case base', { base: 'usd', rates: {} }],
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
    const message = (error as Error).message;
    for (const provider of PROVIDER_NAMES) expect(message).to.contain(`${provider} `);
    for (const key of ['"base"', '"rates"', '"quote"', '"base_code"', '"Valute"', '"Ccy"', '"Diff"']) {
      expect(message).to.contain(key);
    }
  });

  it('lets the named provider say what is wrong with a body of another shape', () => {
    expect(() => parseRates({ base: 'USD', rates: { KZT: 541 } }, 'cbr', query())).to.throw(RatesFormatError, /^cbr: /);
  });
});

describe('detectProviderFromUrl', () => {
  const urls: Array<[string, ProviderName | undefined]> = [
    ['https://api.frankfurter.dev/v2/rates', 'frankfurter'],
    ['https://api.frankfurter.dev/v2/rates?base=EUR', 'frankfurter'],
    ['https://fx.example.com/v2/rates', 'frankfurter'],
    ['/v2/rates', 'frankfurter'],
    ['https://api.frankfurter.dev/v1/latest', undefined],
    ['https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@latest/v1/currencies/usd.min.json', 'currency-api'],
    ['https://latest.currency-api.pages.dev/v1/currencies/usd.json', 'currency-api'],
    ['https://cdn.jsdelivr.net/npm/lit@3/index.js', undefined],
    ['https://open.er-api.com/v6/latest/USD', 'er-api'],
    ['https://www.cbr-xml-daily.ru/daily_json.js', 'cbr'],
    ['https://www.cbr-xml-daily.ru/archive/2023/06/09/daily_json.js', 'cbr'],
    ['https://www.cbr-xml-daily.ru/latest.js', undefined],
    ['https://cbu.uz/en/arkhiv-kursov-valyut/json/', 'cbu'],
    ['https://cbu.uz.evil.example/json/', undefined],
    ['/rates.json', undefined],
    ['rates.json', undefined],
    ['http://[::1', undefined],
  ];
  for (const [url, provider] of urls) {
    it(`maps ${url} to ${provider ?? 'nothing'}`, () => {
      expect(detectProviderFromUrl(url)).to.equal(provider);
    });
  }
});
