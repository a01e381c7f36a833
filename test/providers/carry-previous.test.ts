import { expect } from '@open-wc/testing';
import { carryPrevious, type RatesSnapshot } from '../../src/providers/index.js';
import { plain } from './helpers.js';

const day1: RatesSnapshot = { base: 'USD', asOf: '2025-08-12T00:02:31.000Z', rates: { KZT: 540.87, UZS: 12548.71, TMT: 3.4848 } };
const day2: RatesSnapshot = { base: 'USD', asOf: '2025-08-13T00:02:31.000Z', rates: { KZT: 541.3, UZS: 12521.25, TMT: 3.4848 } };

describe('carryPrevious', () => {
  it('returns the snapshot itself when nothing was seen before', () => {
    expect(carryPrevious(undefined, day2)).to.equal(day2);
  });

  it("takes an earlier publication's rates as previous values", () => {
    const carried = carryPrevious(day1, day2);
    expect(plain(carried.rates)).to.deep.equal(day2.rates);
    expect(plain(carried.previous)).to.deep.equal({ KZT: 540.87, UZS: 12548.71, TMT: 3.4848 });
    expect(carried.asOf).to.equal(day2.asOf);
  });

  it('keeps the carried previous values while the same publication is polled again', () => {
    const first = carryPrevious(day1, day2);
    const repoll = carryPrevious(first, { ...day2, rates: { ...day2.rates } });
    expect(plain(repoll.previous)).to.deep.equal(plain(first.previous));
  });

  it('shows no change while only one publication has been seen', () => {
    const repoll = { ...day1, rates: { ...day1.rates } };
    expect(carryPrevious(day1, repoll)).to.equal(repoll);
  });

  it('only fills symbols the new snapshot has, and keeps its own previous values', () => {
    const next: RatesSnapshot = { ...day2, rates: { KZT: 541.3, KGS: 87.43 }, previous: { KGS: 87.44 } };
    const carried = carryPrevious(day1, next);
    expect(plain(carried.previous)).to.deep.equal({ KZT: 540.87, KGS: 87.44 });
  });

  it('returns the new snapshot itself when it already has every previous value', () => {
    const next: RatesSnapshot = { ...day2, previous: { KZT: 541, UZS: 12500, TMT: 3.5 } };
    expect(carryPrevious(day1, next)).to.equal(next);
  });

  it('carries nothing from another base', () => {
    expect(carryPrevious({ ...day1, base: 'EUR' }, day2)).to.equal(day2);
  });

  it('carries nothing from a newer publication (an out-of-order answer)', () => {
    expect(carryPrevious(day2, day1)).to.equal(day1);
  });

  it('tells publications without a date apart by their rates', () => {
    const undated1 = { base: 'USD', rates: day1.rates };
    const undated2 = { base: 'USD', rates: day2.rates };
    expect(plain(carryPrevious(undated1, undated2).previous)).to.deep.equal(day1.rates);
    const withPrevious = carryPrevious(undated1, undated2);
    expect(plain(carryPrevious(withPrevious, { base: 'USD', rates: { ...day2.rates } }).previous)).to.deep.equal(day1.rates);
  });

  it('ignores unusable carried values', () => {
    const broken: RatesSnapshot = { ...day1, rates: { KZT: 0, UZS: Number.NaN, TMT: 3.4848 } };
    expect(plain(carryPrevious(broken, day2).previous)).to.deep.equal({ TMT: 3.4848 });
  });

  it('changes neither input', () => {
    const prior = structuredClone(day1);
    const next = structuredClone(day2);
    carryPrevious(prior, next);
    expect(prior).to.deep.equal(day1);
    expect(next).to.deep.equal(day2);
  });

  it('keeps the history of the new publication while filling previous values', () => {
    const history = {
      KZT: [
        ['2025-08-12', 540.87],
        ['2025-08-13', 541.3],
      ] as Array<[string, number]>,
    };
    const carried = carryPrevious(day1, { ...day2, history });
    expect(carried.history).to.equal(history);
    expect(plain(carried.previous)).to.deep.equal({ KZT: 540.87, UZS: 12548.71, TMT: 3.4848 });
  });

  it("never lends a bank's figure to the blend's currency as its previous value, nor the blend's to the bank's", () => {
    const bank1 = { ...day1, official: { KZT: 'NBK' } };
    const blend2 = carryPrevious(bank1, day2);
    expect(blend2.previous && 'KZT' in blend2.previous).to.equal(false);
    expect(plain(blend2.previous)).to.deep.equal({ UZS: 12548.71, TMT: 3.4848 });
    const bank2 = carryPrevious(day1, { ...day2, official: { KZT: 'NBK' } });
    expect(bank2.previous && 'KZT' in bank2.previous).to.equal(false);
    expect(plain(carryPrevious(bank1, { ...day2, official: { KZT: 'NBK' } }).previous)?.KZT).to.equal(540.87);
  });
});
