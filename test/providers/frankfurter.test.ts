import { expect } from '@open-wc/testing';
import { RatesFormatError } from '../../src/snapshot.js';
import { frankfurterUrl, parseFrankfurter } from '../../src/providers/frankfurter.js';
import { closeTo, fixture, plain, query } from './helpers.js';

type Row = { date: string; base: string; quote: string; rate: unknown };
const row = (date: string, quote: string, rate: unknown, base = 'USD'): Row => ({ date, base, quote, rate });

describe('frankfurter adapter', () => {
  let rows: Row[];
  before(async () => {
    rows = (await fixture('frankfurter-v2-usd-2025-08-13.json')) as Row[];
  });

  it("takes each quote's own latest two dates as rate and previous", () => {
    const { snapshot, missing, provider } = parseFrankfurter(rows, query());
    expect(provider).to.equal('frankfurter');
    expect(missing).to.deep.equal([]);
    expect(snapshot.base).to.equal('USD');
    // KGS and TJS were last published on 08-12, the others on 08-13.
    expect(plain(snapshot.rates)).to.deep.equal({ KGS: 87.4313, KZT: 541.3, TJS: 9.3461, UZS: 12521.25, TMT: 3.5 });
    expect(plain(snapshot.previous)).to.deep.equal({ KGS: 87.4465, KZT: 540.87, TJS: 9.3461, UZS: 12548.71, TMT: 3.5 });
    expect(snapshot.asOf).to.equal('2025-08-13');
    expect(snapshot.source).to.equal('Frankfurter');
  });

  it('keeps the requested order and ignores the identity row', () => {
    const { snapshot } = parseFrankfurter(rows, query({ symbols: ['UZS', 'KGS'] }));
    expect(Object.keys(snapshot.rates)).to.deep.equal(['UZS', 'KGS']);
    expect(snapshot.rates.USD).to.equal(undefined);
  });

  it('gives the same answer whatever the row order', () => {
    const shuffled = [...rows].reverse();
    shuffled.push(shuffled.shift()!);
    expect(parseFrankfurter(shuffled, query())).to.deep.equal(parseFrankfurter(rows, query()));
  });

  it('dates the snapshot by the newest publication among the shown quotes', () => {
    // The answer to a query for KGS and TJS, which were last published on 08-12.
    const answer = rows.filter((row) => ['KGS', 'TJS', 'USD'].includes(row.quote));
    expect(parseFrankfurter(answer, query({ symbols: ['KGS', 'TJS'] })).snapshot.asOf).to.equal('2025-08-12');
  });

  it('skips and reports a currency the source lacks, never NaN', () => {
    const { snapshot, missing } = parseFrankfurter(rows, query({ symbols: ['KZT', 'AMD', 'UZS'] }));
    expect(Object.keys(snapshot.rates)).to.deep.equal(['KZT', 'UZS']);
    expect(missing).to.deep.equal(['AMD']);
  });

  it('shows a quote with a single date without a previous value', () => {
    const { snapshot } = parseFrankfurter(
      [row('2025-08-13', 'KZT', 541.3), row('2025-08-13', 'UZS', 12521.25), row('2025-08-12', 'UZS', 12548.71)],
      query(),
    );
    expect(plain(snapshot.rates)).to.deep.equal({ KZT: 541.3, UZS: 12521.25 });
    expect(plain(snapshot.previous)).to.deep.equal({ UZS: 12548.71 });
  });

  const oddRates: Array<[string, unknown, number | undefined]> = [
    ['a number sent as a string', '541.30', 541.3],
    ['a string with a decimal comma', '541,30', 541.3],
    ['a string with a grouping space', '12 521,25', 12521.25],
    ['a zero', 0, undefined],
    ['a negative number', -541.3, undefined],
    ['null', null, undefined],
    ['text', 'n/a', undefined],
  ];
  for (const [what, rate, expected] of oddRates) {
    it(`reads ${what} in the latest row as ${expected ?? 'missing'}`, () => {
      const body = [row('2025-08-12', 'KZT', 540.87), row('2025-08-13', 'KZT', rate), row('2025-08-13', 'UZS', 12521.25)];
      const { snapshot, missing } = parseFrankfurter(body, query({ symbols: ['KZT', 'UZS'] }));
      if (expected === undefined) {
        // An older rate is never passed off as the latest one.
        expect(snapshot.rates.KZT).to.equal(undefined);
        expect(missing).to.deep.equal(['KZT']);
      } else {
        expect(snapshot.rates.KZT).to.equal(expected);
        expect(snapshot.previous?.KZT).to.equal(540.87);
      }
    });
  }

  it('drops a broken previous row rather than reaching further back', () => {
    const body = [row('2025-08-11', 'KZT', 539.12), row('2025-08-12', 'KZT', 0), row('2025-08-13', 'KZT', 541.3)];
    const { snapshot } = parseFrankfurter(body, query({ symbols: ['KZT'] }));
    expect(snapshot.rates.KZT).to.equal(541.3);
    expect(snapshot.previous).to.equal(undefined);
  });

  it('takes the previous value from an earlier day, never from a repeated row of the latest one', () => {
    const body = [row('2025-08-12', 'KZT', 540.87), row('2025-08-13', 'KZT', 541.3), row('2025-08-13', 'KZT', 541.3)];
    const { snapshot } = parseFrankfurter(body, query({ symbols: ['KZT'] }));
    expect(snapshot.rates.KZT).to.equal(541.3);
    expect(snapshot.previous!.KZT).to.equal(540.87);
  });

  it('reads only the rows in the base of the first row, whatever the dates of the others', () => {
    const body = [row('2025-08-12', 'KZT', 540.87), row('2025-08-13', 'KZT', 541.3), row('2025-08-14', 'KZT', 630.99, 'EUR')];
    const { snapshot } = parseFrankfurter(body, query({ symbols: ['KZT'] }));
    expect(snapshot.rates.KZT).to.equal(541.3);
    expect(snapshot.previous!.KZT).to.equal(540.87);
    expect(snapshot.asOf).to.equal('2025-08-13');
  });

  it('crosses rows in another base through it, with both legs of each date', () => {
    const body = [
      row('2025-08-12', 'USD', 1.1651, 'EUR'),
      row('2025-08-12', 'KZT', 630.17, 'EUR'),
      row('2025-08-13', 'USD', 1.16591, 'EUR'),
      row('2025-08-13', 'KZT', 630.989034, 'EUR'),
    ];
    const { snapshot } = parseFrankfurter(body, query({ symbols: ['KZT', 'EUR'] }));
    expect(snapshot.base).to.equal('USD');
    expect(snapshot.rates.KZT).to.be.closeTo(...closeTo(630.989034 / 1.16591));
    expect(snapshot.previous!.KZT).to.be.closeTo(...closeTo(630.17 / 1.1651));
    expect(snapshot.rates.EUR).to.be.closeTo(...closeTo(1 / 1.16591));
  });

  it('gives 1 for a requested symbol equal to the base', () => {
    const { snapshot } = parseFrankfurter(rows, query({ symbols: ['USD', 'KZT'] }));
    expect(snapshot.rates.USD).to.equal(1);
    expect(snapshot.previous!.USD).to.equal(1);
  });

  const malformed: Array<[string, unknown]> = [
    ['an object', { base: 'USD', rates: {} }],
    ['an empty array', []],
    ['rows without a quote', [{ date: '2025-08-13', base: 'USD', rate: 1 }]],
    ['rows with an impossible date', [row('2025-02-30', 'KZT', 541.3)]],
    ['only the identity row', [row('2025-08-13', 'USD', 1)]],
    ['no requested quote', [row('2025-08-13', 'EUR', 0.857)]],
    ['rows in a base the query cannot be crossed into', [row('2025-08-13', 'KZT', 630.99, 'EUR')]],
  ];
  for (const [what, body] of malformed) {
    it(`throws a RatesFormatError for ${what}`, () => {
      expect(() => parseFrankfurter(body, query())).to.throw(RatesFormatError, /^frankfurter: /);
    });
  }
});

describe('frankfurter history', () => {
  let rows: Row[];
  before(async () => {
    rows = (await fixture('frankfurter-v2-usd-2025-08-13.json')) as Row[];
  });
  const history = (body: unknown, overrides = {}) =>
    JSON.parse(JSON.stringify(parseFrankfurter(body, query(overrides)).snapshot.history ?? null));

  it('gives every publication of each quote in the range, oldest first', () => {
    const all = history(rows);
    expect(all.KGS).to.deep.equal([
      ['2025-08-11', 87.4465],
      ['2025-08-12', 87.4313],
    ]);
    expect(all.KZT).to.deep.equal([
      ['2025-08-11', 539.12],
      ['2025-08-12', 540.87],
      ['2025-08-13', 541.3],
    ]);
    expect(all.TMT.map(([, rate]: [string, number]) => rate)).to.deep.equal([3.5, 3.5, 3.5]);
    expect(all.USD).to.equal(undefined);
  });

  it('ends on the rate shown and holds the previous value just before it', () => {
    const { snapshot } = parseFrankfurter(rows, query());
    for (const code of Object.keys(snapshot.rates)) {
      const series = snapshot.history![code];
      expect(series.at(-1)![1], code).to.equal(snapshot.rates[code]);
      expect(series.at(-2)![1], code).to.equal(snapshot.previous![code]);
    }
  });

  it('gives the same history whatever the row order', () => {
    expect(history([...rows].reverse())).to.deep.equal(history(rows));
  });

  it('narrows the history to the requested symbols', () => {
    expect(Object.keys(history(rows, { symbols: ['UZS'] }))).to.deep.equal(['UZS']);
  });

  it('leaves out broken rows, never writing NaN', () => {
    const body = [
      row('2025-08-10', 'KZT', 'abc'),
      row('2025-08-11', 'KZT', -1),
      row('2025-08-12', 'KZT', '540.87'),
      row('2025-08-13', 'KZT', 541.3),
    ];
    expect(history(body, { symbols: ['KZT'] }).KZT).to.deep.equal([
      ['2025-08-12', 540.87],
      ['2025-08-13', 541.3],
    ]);
  });

  it('reads 30 days of publications, weekends skipped, as a real range answer has them', () => {
    const body: Row[] = [];
    for (let day = 0; day <= 31; day++) {
      const date = new Date(Date.UTC(2025, 6, 13 + day));
      if (date.getUTCDay() % 6 === 0) continue;
      body.push(row(date.toISOString().slice(0, 10), 'KZT', 530 + day / 2));
    }
    const series = history(body, { symbols: ['KZT'] }).KZT;
    expect(series).to.have.length(body.length);
    expect(series[0][0]).to.equal('2025-07-14');
    expect(series.at(-1)[0]).to.equal('2025-08-13');
  });

  it('crosses rows in another base date by date', () => {
    const body = [
      row('2025-08-12', 'USD', 1.1, 'EUR'),
      row('2025-08-12', 'KZT', 594, 'EUR'),
      row('2025-08-13', 'USD', 1.2, 'EUR'),
      row('2025-08-13', 'KZT', 648, 'EUR'),
    ];
    const series = history(body, { symbols: ['KZT'] }).KZT;
    expect(series.map(([date]: [string]) => date)).to.deep.equal(['2025-08-12', '2025-08-13']);
    expect(series[0][1]).to.be.closeTo(540, 1e-9);
    expect(series[1][1]).to.be.closeTo(540, 1e-9);
  });
});

describe('frankfurterUrl', () => {
  const now = new Date('2025-08-13T12:00:00Z');

  it('asks for base, quotes and a start date 31 days back (30 days of trend and the publication before), nothing else', () => {
    const url = new URL(frankfurterUrl('https://api.frankfurter.dev/v2/rates', query({ now })));
    expect(url.origin + url.pathname).to.equal('https://api.frankfurter.dev/v2/rates');
    expect([...url.searchParams.keys()]).to.deep.equal(['base', 'quotes', 'from']);
    expect(url.searchParams.get('base')).to.equal('USD');
    expect(url.searchParams.get('quotes')).to.equal('KGS,KZT,TJS,UZS,TMT');
    expect(url.searchParams.get('from')).to.equal('2025-07-13');
  });

  it('writes the list of quotes with literal commas', () => {
    expect(frankfurterUrl('https://api.frankfurter.dev/v2/rates', query({ now }))).to.equal(
      'https://api.frankfurter.dev/v2/rates?base=USD&quotes=KGS,KZT,TJS,UZS,TMT&from=2025-07-13',
    );
  });

  it('counts the 31 days in UTC across a month boundary', () => {
    const url = frankfurterUrl('https://x.test/v2/rates', query({ now: new Date('2025-03-01T23:59:59Z') }));
    expect(url).to.match(/&from=2025-01-29$/);
  });

  it('gives a self-hosted copy, relative URLs included, the same parameters', () => {
    expect(frankfurterUrl('/fx/v2/rates', query({ now, symbols: ['KZT'] }))).to.equal(
      '/fx/v2/rates?base=USD&quotes=KZT&from=2025-07-13',
    );
  });

  it("replaces the source's own query and fragment, so no parameter the API does not know is sent", () => {
    const url = frankfurterUrl(
      'https://fx.example/v2/rates?base=EUR&providers=NBK,CBR&quotes=JPY#x',
      query({ now, symbols: ['KZT'] }),
    );
    expect(url).to.equal('https://fx.example/v2/rates?base=USD&quotes=KZT&from=2025-07-13');
  });

  it('leaves out the base and codes no currency has, which would fail the whole request', () => {
    const url = new URL(frankfurterUrl('https://x.test/v2/rates', query({ now, symbols: ['usd', 'KZT', 'XYZ', 'kzt', 'K Z'] })));
    expect(url.searchParams.get('quotes')).to.equal('KZT');
  });

  it('leaves out quotes entirely when none is left', () => {
    const url = new URL(frankfurterUrl('https://x.test/v2/rates', query({ now, symbols: ['USD'] })));
    expect([...url.searchParams.keys()]).to.deep.equal(['base', 'from']);
  });
});
