import { expect } from '@open-wc/testing';
import { frankfurterUrl, parseFrankfurter } from '../../src/providers/frankfurter.js';
import { CENTRAL_ASIA, fixture, plain, query } from './helpers.js';

type Row = { date: string; base: string; quote: string; rate: number };

/**
 * The answer the ticker's own URL gets on Saturday 2025-08-16, shaped as the v2 server
 * writes it (see test/fixtures/README.md): TJS's bank skipped `from` (07-16), so its first row
 * is the day before; TJS's bank skipped Friday 08-15 too and UZS's posted on Saturday.
 */
describe('frankfurter adapter, on an answer shaped like the real server', () => {
  const NOW = new Date('2025-08-16T09:00:00Z');
  let rows: Row[];
  before(async () => {
    rows = (await fixture('frankfurter-v2-usd-from-2025-07-16.json')) as Row[];
  });

  it('is the answer to the URL the ticker builds', () => {
    expect(frankfurterUrl('https://api.frankfurter.dev/v2/rates', query({ now: NOW }))).to.equal(
      'https://api.frankfurter.dev/v2/rates?base=USD&quotes=KGS,KZT,TJS,UZS,TMT&from=2025-07-16',
    );
  });

  it('follows the server: sorted by date then quote, one row per quote and date, rounded, no identity row, TMT at 3.5', () => {
    const keys = rows.map((row) => `${row.date} ${row.quote}`);
    expect(keys).to.deep.equal([...keys].sort());
    expect(new Set(keys).size).to.equal(keys.length);
    expect(rows.some((row) => row.quote === 'USD')).to.equal(false);
    expect(rows[0].date < '2025-07-16', 'a first row dated before from').to.equal(true);
    for (const { quote, rate } of rows) {
      if (quote === 'UZS') expect(Number.isInteger(rate), `${quote} ${rate}`).to.equal(true);
      if (quote === 'TMT') expect(rate).to.equal(3.5);
      const decimals = String(rate).split('.')[1]?.length ?? 0;
      expect(decimals, `${quote} ${rate}`).to.be.at.most(rate > 80 ? 2 : rate > 20 ? 3 : 4);
    }
  });

  it("reads each quote's own latest two publications, dated by the newest", () => {
    const { snapshot, missing } = parseFrankfurter(rows, query({ now: NOW }));
    expect(missing).to.deep.equal([]);
    expect(Object.keys(snapshot.rates)).to.deep.equal([...CENTRAL_ASIA]);
    expect(plain(snapshot.rates)).to.deep.equal({ KGS: 87.36, KZT: 541.28, TJS: 9.3768, UZS: 12514, TMT: 3.5 });
    expect(plain(snapshot.previous)).to.deep.equal({ KGS: 87.37, KZT: 541.07, TJS: 9.3682, UZS: 12517, TMT: 3.5 });
    expect(snapshot.asOf).to.equal('2025-08-16');
  });

  it('takes the early first row as the previous value of a quote with only two rows', () => {
    // TJS's bank skipped the day of `from`, so its first row is the day before.
    const twoTjsRows = rows.filter((row) => row.quote === 'TJS').slice(0, 2);
    expect(twoTjsRows[0].date).to.equal('2025-07-15');
    const { snapshot } = parseFrankfurter(twoTjsRows, query({ symbols: ['TJS'], now: NOW }));
    expect(snapshot.rates.TJS).to.equal(9.3071);
    expect(snapshot.previous?.TJS).to.equal(9.2967);
  });

  it('crosses the answer into another base the page asks for', () => {
    // One request in USD serves a ticker based on KZT: units per KZT, TMT still pegged.
    const { snapshot } = parseFrankfurter(rows, query({ base: 'KZT', symbols: ['UZS', 'TMT'], now: NOW }));
    expect(snapshot.base).to.equal('KZT');
    expect(snapshot.rates.UZS).to.be.closeTo(12514 / 541.28, 1e-9);
    expect(snapshot.previous?.TMT).to.be.closeTo(3.5 / 541.07, 1e-12);
  });
});
