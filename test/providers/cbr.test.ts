import { expect } from '@open-wc/testing';
import { RatesFormatError } from '../../src/snapshot.js';
import { parseCbr } from '../../src/providers/central-banks.js';
import { closeTo, fixture, query } from './helpers.js';

type Valute = { CharCode: string; Nominal: number | string; Value: number | string; Previous?: number | string };
type Cbr = { Date: string; Valute: Record<string, Valute> };

/** Roubles per unit, as published: Value / Nominal. */
const USD = { now: 82.6417 / 1, before: 82.093 / 1 };

describe('cbr adapter', () => {
  let cbr: Cbr;
  before(async () => {
    cbr = (await fixture('cbr-daily_json-2023-06-10.json')) as Cbr;
  });

  // Units of S per USD = (roubles per USD) / (roubles per 1 S), both legs from the same day.
  const crosses: Array<[string, number, number]> = [
    ['KZT', USD.now / (18.5774 / 100), USD.before / (18.3797 / 100)],
    ['KGS', USD.now / (94.3618 / 100), USD.before / (93.8099 / 100)],
    ['TJS', USD.now / (75.7312 / 10), USD.before / (75.2263 / 10)],
    ['UZS', USD.now / (72.271 / 10000), USD.before / (71.6781 / 10000)],
    ['TMT', USD.now / (23.6119 / 1), USD.before / (23.4551 / 1)],
    // The pivot itself: only the base's leg.
    ['RUB', USD.now, USD.before],
  ];
  for (const [code, rate, previous] of crosses) {
    it(`crosses ${code} per USD through the rouble, nominal included`, () => {
      const { snapshot } = parseCbr(cbr, query({ symbols: [code] }));
      expect(snapshot.rates[code]).to.be.closeTo(...closeTo(rate));
      expect(snapshot.previous![code]).to.be.closeTo(...closeTo(previous));
    });
  }

  it('puts KZT per USD at about 444.85 (a sanity check on the nominal of 100)', () => {
    expect(parseCbr(cbr, query()).snapshot.rates.KZT).to.be.closeTo(444.85, 0.01);
  });

  it('keeps TMT at its 3.5 peg', () => {
    expect(parseCbr(cbr, query()).snapshot.rates.TMT).to.be.closeTo(3.5, 0.00001);
  });

  it('takes the publication date (as the same instant in UTC) and names the bank', () => {
    const loaded = parseCbr(cbr, query());
    expect(loaded.provider).to.equal('cbr');
    expect(loaded.snapshot.base).to.equal('USD');
    expect(loaded.snapshot.asOf).to.equal('2023-06-10T08:30:00.000Z');
    expect(Date.parse(loaded.snapshot.asOf!)).to.equal(Date.parse('2023-06-10T11:30:00+03:00'));
    expect(loaded.snapshot.source).to.equal('Central Bank of Russia');
    expect(loaded.missing).to.deep.equal([]);
    expect(Object.keys(loaded.snapshot.rates)).to.deep.equal(['KGS', 'KZT', 'TJS', 'UZS', 'TMT']);
  });

  it('quotes against the rouble itself', () => {
    const { snapshot } = parseCbr(cbr, query({ base: 'RUB', symbols: ['KZT', 'USD'] }));
    expect(snapshot.rates.KZT).to.be.closeTo(...closeTo(100 / 18.5774));
    expect(snapshot.rates.USD).to.be.closeTo(...closeTo(1 / 82.6417));
    expect(snapshot.previous!.USD).to.be.closeTo(...closeTo(1 / 82.093));
  });

  it('crosses through another base', () => {
    const { snapshot } = parseCbr(cbr, query({ base: 'KZT', symbols: ['UZS'] }));
    expect(snapshot.rates.UZS).to.be.closeTo(...closeTo(18.5774 / 100 / (72.271 / 10000)));
  });

  it('reads values written with a decimal comma, as the bank itself writes them', () => {
    const body: Cbr = {
      Date: '2026-04-25T11:30:00+03:00',
      Valute: {
        USD: { CharCode: 'USD', Nominal: '1', Value: '75,5273', Previous: '75,9' },
        KZT: { CharCode: 'KZT', Nominal: '100', Value: '16,3172', Previous: '16,2' },
      },
    };
    const { snapshot } = parseCbr(body, query({ symbols: ['KZT'] }));
    expect(snapshot.rates.KZT).to.be.closeTo(...closeTo(75.5273 / (16.3172 / 100)));
    expect(snapshot.previous!.KZT).to.be.closeTo(...closeTo(75.9 / (16.2 / 100)));
  });

  it('skips and reports a missing currency and a zero value', () => {
    const body: Cbr = { ...cbr, Valute: { ...cbr.Valute, TJS: { ...cbr.Valute.TJS, Value: 0 } } };
    delete body.Valute.TMT;
    const { snapshot, missing } = parseCbr(body, query());
    expect(Object.keys(snapshot.rates)).to.deep.equal(['KGS', 'KZT', 'UZS']);
    expect(missing).to.deep.equal(['TJS', 'TMT']);
  });

  it("shows no change for a currency without Previous, and none at all without the base's", () => {
    const noKztPrevious: Cbr = { ...cbr, Valute: { ...cbr.Valute, KZT: { ...cbr.Valute.KZT, Previous: undefined } } };
    expect(parseCbr(noKztPrevious, query()).snapshot.previous!.KZT).to.equal(undefined);
    const noUsdPrevious: Cbr = { ...cbr, Valute: { ...cbr.Valute, USD: { ...cbr.Valute.USD, Previous: 'n/a' } } };
    expect(parseCbr(noUsdPrevious, query()).snapshot.previous).to.equal(undefined);
  });

  const malformed: Array<[string, unknown]> = [
    ['an array', []],
    ['no Valute', { Date: '2023-06-10' }],
    ['no base', { Date: '2023-06-10', Valute: { KZT: { CharCode: 'KZT', Nominal: 100, Value: 18.5 } } }],
    ['a zero nominal on the base', { Date: '2023-06-10', Valute: { USD: { CharCode: 'USD', Nominal: 0, Value: 82.6 } } }],
  ];
  for (const [what, body] of malformed) {
    it(`throws a RatesFormatError for ${what}`, () => {
      expect(() => parseCbr(body, query())).to.throw(RatesFormatError, /^cbr: /);
    });
  }
});
