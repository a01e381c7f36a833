import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import type { LoadedRates } from '../src/providers/index.js';
import { readCachedRates, writeCachedRates } from '../src/snapshot-cache.js';
import { forgetStored, withThrowingStorage } from './helpers/network.js';

const KEY = 'https://cache.test/feed.json|feed|USD|KGS,KZT';
const RATES: LoadedRates = {
  snapshot: { base: 'USD', asOf: '2025-08-13T00:00:00Z', rates: { KGS: 87.45, KZT: 520.1 }, previous: { KGS: 87.4 } },
  provider: 'er-api',
  missing: ['TMT'],
  attribution: { text: 'Rates By Exchange Rate API', href: 'https://www.exchangerate-api.com' },
};

const plain = (rates: LoadedRates | undefined) => JSON.parse(JSON.stringify(rates ?? null));
const store = (value: unknown) => localStorage.setItem(`fx-ticker:${KEY}`, JSON.stringify(value));

describe('snapshot cache', () => {
  beforeEach(() => forgetStored('cache.test'));
  afterEach(() => {
    sinon.restore();
    forgetStored('cache.test');
  });

  it('keeps the last good rates per request key, under the fx-ticker: prefix', () => {
    writeCachedRates(KEY, RATES);
    expect(Object.keys(localStorage).filter((key) => key.includes('cache.test'))).to.deep.equal([`fx-ticker:${KEY}`]);
    expect(plain(readCachedRates(KEY))).to.deep.equal(plain(RATES));
    expect(readCachedRates('another|key')).to.equal(undefined);
  });

  it('keeps the history, validated on the way back', () => {
    const history = {
      KGS: [
        ['2025-08-12', 87.4],
        ['2025-08-13', 87.45],
      ],
      KZT: [['bad date', 1]],
    };
    store({ ...RATES, snapshot: { ...RATES.snapshot, history } });
    expect(JSON.parse(JSON.stringify(readCachedRates(KEY)?.snapshot.history))).to.deep.equal({ KGS: history.KGS });
    writeCachedRates(KEY, readCachedRates(KEY)!);
    expect(JSON.parse(JSON.stringify(readCachedRates(KEY)?.snapshot.history))).to.deep.equal({ KGS: history.KGS });
  });

  it('overwrites the previous value', () => {
    writeCachedRates(KEY, RATES);
    const newer = { ...RATES, snapshot: { ...RATES.snapshot, rates: { KGS: 88 } } };
    writeCachedRates(KEY, newer);
    expect(readCachedRates(KEY)?.snapshot.rates.KGS).to.equal(88);
  });

  it('validates what it reads like network data', () => {
    localStorage.setItem(
      `fx-ticker:${KEY}`,
      `{"provider":"feed","missing":["TMT","<b>",42],"attribution":{"text":"Click","href":"javascript:alert(1)"},
        "snapshot":{"base":"USD","asOf":"<img src=x>","rates":{"KGS":87.45,"KZT":-1,"TJS":"NaN","__proto__":{"polluted":1}}}}`,
    );
    const read = readCachedRates(KEY)!;
    expect({ ...read.snapshot.rates }).to.deep.equal({ KGS: 87.45 });
    expect(read.snapshot.asOf).to.equal(undefined);
    expect(read.missing).to.deep.equal(['TMT']);
    expect(read.attribution).to.equal(undefined);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('takes the credit line from the provider, never from storage', () => {
    store({ ...RATES, attribution: { text: 'Click', href: 'https://evil.example' } });
    expect(readCachedRates(KEY)?.attribution).to.deep.equal(RATES.attribution);
    store({ ...RATES, provider: 'feed' });
    expect(readCachedRates(KEY)?.attribution).to.equal(undefined);
  });

  for (const [what, value] of [
    ['an unknown provider', { ...RATES, provider: 'evil' }],
    ['no snapshot', { ...RATES, snapshot: undefined }],
    ['no usable rate', { ...RATES, snapshot: { base: 'USD', rates: { KGS: 0 } } }],
    ['a number', 42],
    ['null', null],
  ] as const) {
    it(`reads a stored value with ${what} as nothing`, () => {
      store(value);
      expect(readCachedRates(KEY)).to.equal(undefined);
    });
  }

  it('reads text that is not JSON as nothing', () => {
    localStorage.setItem(`fx-ticker:${KEY}`, '{"snapshot":');
    expect(readCachedRates(KEY)).to.equal(undefined);
  });

  it('ignores full storage', () => {
    sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
    expect(() => writeCachedRates(KEY, RATES)).not.to.throw();
  });

  it('ignores storage that throws on every access', () => {
    sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('blocked', 'SecurityError'));
    expect(readCachedRates(KEY)).to.equal(undefined);
  });

  it('ignores a localStorage getter that throws (sandboxed iframes)', () => {
    return withThrowingStorage(() => {
      expect(() => writeCachedRates(KEY, RATES)).not.to.throw();
      expect(readCachedRates(KEY)).to.equal(undefined);
    });
  });
});
