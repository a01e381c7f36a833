import { expect } from '@open-wc/testing';
import { RatesFormatError } from '../../src/snapshot.js';
import { parseCbu } from '../../src/providers/central-banks.js';
import { closeTo, fixture, query } from './helpers.js';

type Row = { Ccy: string; Nominal: string; Rate: string; Diff: string; Date: string };

/** Sums per dollar now, and before: Rate − Diff. */
const USD = { now: 12194.21 / 1, before: (12194.21 - -16.5) / 1 };

describe('cbu adapter', () => {
  let cbu: Row[];
  before(async () => {
    cbu = (await fixture('cbu-json-2026-04-01.json')) as Row[];
  });
  const edit = (code: string, change: Partial<Row>): Row[] => cbu.map((row) => (row.Ccy === code ? { ...row, ...change } : row));

  // Units of S per USD = (sums per USD) / (sums per 1 S); previous = both legs' Rate − Diff.
  const crosses: Array<[string, number, number]> = [
    ['KGS', USD.now / (139.4 / 1), USD.before / ((139.4 - -0.19) / 1)],
    ['KZT', USD.now / (25.53 / 1), USD.before / ((25.53 - 0.14) / 1)],
    ['TJS', USD.now / (1272.88 / 1), USD.before / ((1272.88 - -1.06) / 1)],
    ['TMT', USD.now / (4037.68 / 1), USD.before / ((4037.68 - 108.25) / 1)],
    // The pivot itself: only the base's leg.
    ['UZS', USD.now, USD.before],
  ];
  for (const [code, rate, previous] of crosses) {
    it(`crosses ${code} per USD through the sum, with Rate − Diff as previous`, () => {
      const { snapshot } = parseCbu(cbu, query({ symbols: [code] }));
      expect(snapshot.rates[code]).to.be.closeTo(...closeTo(rate));
      expect(snapshot.previous![code]).to.be.closeTo(...closeTo(previous));
    });
  }

  it('shows TMT as the bank crosses it (about 3.02 per USD), not at its 3.5 peg', () => {
    expect(parseCbu(cbu, query()).snapshot.rates.TMT).to.be.closeTo(3.0201, 0.0001);
  });

  it('dates the snapshot from DD.MM.YYYY and names the bank', () => {
    const loaded = parseCbu(cbu, query());
    expect(loaded.provider).to.equal('cbu');
    expect(loaded.snapshot.asOf).to.equal('2026-04-01');
    expect(loaded.snapshot.source).to.equal('Central Bank of Uzbekistan');
    expect(Object.keys(loaded.snapshot.rates)).to.deep.equal(['KGS', 'KZT', 'TJS', 'UZS', 'TMT']);
    expect(loaded.missing).to.deep.equal([]);
  });

  it('divides by the nominal', () => {
    const { snapshot } = parseCbu(edit('KZT', { Nominal: '10', Rate: '255.30', Diff: '1.40' }), query({ symbols: ['KZT'] }));
    expect(snapshot.rates.KZT).to.be.closeTo(...closeTo(USD.now / (255.3 / 10)));
    expect(snapshot.previous!.KZT).to.be.closeTo(...closeTo(USD.before / ((255.3 - 1.4) / 10)));
  });

  it('reads "12 194,21": grouping spaces and a decimal comma', () => {
    const { snapshot } = parseCbu(edit('USD', { Rate: '12 194,21', Diff: '-16,5' }), query({ symbols: ['KZT'] }));
    expect(snapshot.rates.KZT).to.be.closeTo(...closeTo(USD.now / 25.53));
    expect(snapshot.previous!.KZT).to.be.closeTo(...closeTo(USD.before / (25.53 - 0.14)));
  });

  it('quotes against the sum itself', () => {
    const { snapshot } = parseCbu(cbu, query({ base: 'UZS', symbols: ['USD', 'KZT'] }));
    expect(snapshot.rates.USD).to.be.closeTo(...closeTo(1 / 12194.21));
    expect(snapshot.rates.KZT).to.be.closeTo(...closeTo(1 / 25.53));
    expect(snapshot.previous!.USD).to.be.closeTo(...closeTo(1 / 12210.71));
  });

  it('skips and reports a missing currency, a zero rate and RUB when absent', () => {
    const body = edit('TJS', { Rate: '0' }).filter((row) => row.Ccy !== 'KGS');
    const { snapshot, missing } = parseCbu(body, query({ symbols: ['KGS', 'KZT', 'TJS', 'RUB'] }));
    expect(Object.keys(snapshot.rates)).to.deep.equal(['KZT']);
    expect(missing).to.deep.equal(['KGS', 'TJS', 'RUB']);
  });

  it('shows no change for a row whose Diff is unreadable', () => {
    const { snapshot } = parseCbu(edit('KZT', { Diff: '' }), query({ symbols: ['KZT', 'KGS'] }));
    expect(snapshot.previous!.KZT).to.equal(undefined);
    expect(snapshot.previous!.KGS).to.be.a('number');
  });

  it('keeps the first of two rows for one currency', () => {
    const body = [...cbu, { ...cbu[2], Rate: '1.00' }];
    expect(parseCbu(body, query()).snapshot.rates.KZT).to.be.closeTo(...closeTo(USD.now / 25.53));
  });

  it('refuses a row whose nominal and rate are both negative: two wrongs make no rate', () => {
    const body = edit('KZT', { Nominal: '-1', Rate: '-25.53', Diff: '0' });
    const { snapshot, missing } = parseCbu(body, query({ symbols: ['KZT', 'KGS'] }));
    expect(snapshot.rates.KZT).to.equal(undefined);
    expect(missing).to.deep.equal(['KZT']);
  });

  it('dates the snapshot by its newest row, wherever that row stands', () => {
    const last = cbu.length - 1;
    const olderLast = cbu.map((row, i) => (i === last ? { ...row, Date: '31.03.2026' } : row));
    expect(parseCbu(olderLast, query()).snapshot.asOf).to.equal('2026-04-01');
    const newerFirst = cbu.map((row, i) => (i === 0 ? { ...row, Date: '02.04.2026' } : row));
    expect(parseCbu(newerFirst, query()).snapshot.asOf).to.equal('2026-04-02');
  });

  const malformed: Array<[string, () => unknown]> = [
    ['an object', () => ({ Ccy: 'USD' })],
    ['no base row', () => cbu.filter((row) => row.Ccy !== 'USD')],
    ['a base row with a rate of text', () => [{ Ccy: 'USD', Nominal: '1', Rate: 'n/a', Diff: '0', Date: '01.04.2026' }]],
  ];
  for (const [what, makeBody] of malformed) {
    it(`throws a RatesFormatError for ${what}`, () => {
      const body = makeBody();
      expect(() => parseCbu(body, query())).to.throw(RatesFormatError, /^cbu: /);
    });
  }
});
