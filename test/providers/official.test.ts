import { expect } from '@open-wc/testing';
import { HOME_BANKS, fetchOfficial, loadOfficialRates, readOfficial } from '../../src/providers/index.js';
import { parseFrankfurter } from '../../src/providers/frankfurter.js';
import { closeTo, fakeGetJson, fixture, query } from './helpers.js';

type Row = { date: string; base: string; quote: string; rate: number };

const rows = (quote: string, ...points: Array<[string, number]>): Row[] =>
  points.map(([date, rate]) => ({ date, base: 'USD', quote, rate }));

/**
 * Each bank's own answer (`providers=<key>`, one quote), shaped as the server sends a range:
 * sorted by date, the bank's stored figure unrounded. The blend of the same days is
 * test/fixtures/frankfurter-v2-usd-2025-08-13.json, rounded by the server.
 */
const BANK_ANSWERS: Record<string, Row[]> = {
  KGS: rows('KGS', ['2025-08-11', 87.4501], ['2025-08-12', 87.4388]),
  KZT: rows('KZT', ['2025-08-11', 538.76], ['2025-08-12', 540.3], ['2025-08-13', 541.69]),
  TJS: rows('TJS', ['2025-08-11', 9.3547], ['2025-08-12', 9.3502], ['2025-08-13', 9.3486]),
  UZS: rows('UZS', ['2025-08-11', 12566.82], ['2025-08-12', 12549.14], ['2025-08-13', 12520.37]),
};

/** What the bank named in `url` answers for the quote asked. */
const bankAnswer = (url: string) => BANK_ANSWERS[new URL(url).searchParams.get('quotes')!];

describe('official rates: each currency from its home bank', () => {
  let blend: Row[];
  before(async () => {
    blend = (await fixture('frankfurter-v2-usd-2025-08-13.json')) as Row[];
  });

  describe('the requests', () => {
    const FRANKFURTER = 'https://api.frankfurter.dev/v2/rates';

    it('asks for the blend and each home bank at once, one quote per bank, with the HTTP cache bypassed, and no bank for TMT or the base', async () => {
      const getJson = fakeGetJson((url) => (url.includes('providers=') ? [] : blend));
      const calls: Array<RequestCache | undefined> = [];
      await fetchOfficial((url, cache) => (calls.push(cache), getJson(url)), FRANKFURTER, query());
      expect(getJson.urls.map((url) => url.replace(FRANKFURTER, ''))).to.deep.equal([
        '?base=USD&quotes=KGS,KZT,TJS,UZS,TMT&from=2025-07-13',
        '?base=USD&quotes=KGS&from=2025-07-13&providers=NBKR',
        '?base=USD&quotes=KZT&from=2025-07-13&providers=NBK',
        '?base=USD&quotes=TJS&from=2025-07-13&providers=NBT',
        '?base=USD&quotes=UZS&from=2025-07-13&providers=CBU',
      ]);
      expect(calls).to.deep.equal(Array(5).fill('no-store'));

      getJson.urls.length = 0;
      await fetchOfficial(
        getJson,
        'https://rates.example.org/v2/rates?quotes=EUR',
        query({ base: 'KZT', symbols: ['UZS', 'EUR'] }),
      );
      expect(getJson.urls).to.deep.equal([
        'https://rates.example.org/v2/rates?base=KZT&quotes=UZS,EUR&from=2025-07-13',
        'https://rates.example.org/v2/rates?base=KZT&quotes=UZS&from=2025-07-13&providers=CBU',
      ]);
    });

    it('keeps the blend when a bank request fails, and says which bank failed and why', async () => {
      const getJson = fakeGetJson((url) =>
        url.endsWith('providers=NBK') ? new Error('HTTP 503') : url.includes('providers=') ? bankAnswer(url) : blend,
      );
      const { snapshot, unofficial } = await loadOfficialRates(getJson, { query: query() });
      expect(unofficial).to.deep.equal(['NBK (KZT): HTTP 503']);
      expect(snapshot.rates.KZT).to.equal(541.3);
      expect(snapshot.official).to.deep.equal({ KGS: 'NBKR', TJS: 'NBT', UZS: 'CBU' });
    });

    it('fails when the blend itself fails, even if every bank answered', async () => {
      const getJson = fakeGetJson((url) => (url.includes('providers=') ? BANK_ANSWERS.KZT : new Error('HTTP 500')));
      let failure: unknown;
      await loadOfficialRates(getJson, { query: query() }).catch((error) => (failure = error));
      expect((failure as Error).message).to.equal('HTTP 500');
    });
  });

  describe('reading the answers', () => {
    const read = (banks: Record<string, unknown>, overrides = {}) => readOfficial({ body: blend, banks }, query(overrides));

    it("shows each bank's own figure and its own previous publication, where the blend differs", () => {
      const { snapshot, unofficial } = read(BANK_ANSWERS);
      expect(unofficial).to.equal(undefined);
      expect(snapshot.rates).to.deep.equal({ KGS: 87.4388, KZT: 541.69, TJS: 9.3486, UZS: 12520.37, TMT: 3.5 });
      expect(snapshot.previous).to.deep.equal({ KGS: 87.4501, KZT: 540.3, TJS: 9.3502, UZS: 12549.14, TMT: 3.5 });
      expect(snapshot.official).to.deep.equal({ KGS: 'NBKR', KZT: 'NBK', TJS: 'NBT', UZS: 'CBU' });
      expect(snapshot.history!.KZT).to.deep.equal([
        ['2025-08-11', 538.76],
        ['2025-08-12', 540.3],
        ['2025-08-13', 541.69],
      ]);
      // The blend of the same day, for contrast.
      expect(parseFrankfurter(blend, query()).snapshot.rates.KZT).to.equal(541.3);
    });

    it("keeps a bank's last publication and its own previous over a day it did not publish (a weekend)", () => {
      // The blend has 08-13 for KZT; NBK has published nothing since Friday 08-08.
      const friday = rows('KZT', ['2025-08-07', 537.9], ['2025-08-08', 538.45]);
      const { snapshot } = read({ KZT: friday });
      expect(snapshot.rates.KZT).to.equal(538.45);
      expect(snapshot.previous!.KZT).to.equal(537.9);
      expect(snapshot.asOf, 'dated by the newest publication shown').to.equal('2025-08-13');
    });

    it("never pairs a bank's figure with the blend's previous: one publication gives no change", () => {
      const { snapshot } = read({ UZS: rows('UZS', ['2025-08-13', 12520.37]) });
      expect(snapshot.rates.UZS).to.equal(12520.37);
      expect(snapshot.previous).to.not.have.property('UZS');
      expect(snapshot.history!.UZS, "the bank's own single point, not the blend's month").to.deep.equal([
        ['2025-08-13', 12520.37],
      ]);
    });

    it('falls back to the blend for a bank answer that is empty, malformed, in another base or has an unusable rate', () => {
      const cases: Array<[unknown, string]> = [
        [[], 'NBKR (KGS): frankfurter: expected [{date, base, quote, rate}]'],
        [{ status: 422, message: 'invalid' }, 'NBKR (KGS): frankfurter: expected [{date, base, quote, rate}]'],
        [[{ date: '2025-08-12', base: 'EUR', quote: 'KGS', rate: 101.2 }], 'NBKR (KGS): no usable KGS rate'],
        [rows('KGS', ['2025-08-12', -87]), 'NBKR (KGS): no usable KGS rate'],
        [rows('KZT', ['2025-08-12', 540]), 'NBKR (KGS): no usable KGS rate'],
        [{ error: 'timed out after 5 s' }, 'NBKR (KGS): timed out after 5 s'],
      ];
      for (const [answer, reason] of cases) {
        const { snapshot, unofficial } = read({ KGS: answer });
        expect(unofficial, JSON.stringify(answer)).to.deep.equal([reason]);
        expect(snapshot.rates.KGS).to.equal(87.4313);
        expect(snapshot.previous!.KGS).to.equal(87.4465);
        expect(snapshot.official).to.equal(undefined);
      }
    });

    it('keeps the banks only for the symbols asked, and drops them for rates crossed into another base', () => {
      expect(read(BANK_ANSWERS, { symbols: ['KZT', 'TMT'] }).snapshot.official).to.deep.equal({ KZT: 'NBK' });
      const crossed = read(BANK_ANSWERS, { base: 'KZT', symbols: ['UZS', 'KGS'] }).snapshot;
      expect(crossed.official).to.equal(undefined);
      expect(crossed.rates.UZS).to.be.closeTo(...closeTo(12520.37 / 541.69));
    });

    it('knows each currency of the region by its home bank', () => {
      expect(HOME_BANKS).to.deep.equal({ KGS: 'NBKR', KZT: 'NBK', TJS: 'NBT', UZS: 'CBU' });
    });
  });

  describe('real publications', () => {
    /** The blend of Wednesday 1 April 2026 over the recorded bank figures (test/fixtures/README.md), as the server rounds it. */
    const BLEND_2026_04_01: Row[] = [
      ['KGS', 87.5],
      ['KZT', 478.23],
      ['TJS', 9.5597],
      ['TMT', 3.5],
      ['UZS', 12188],
    ].map(([quote, rate]) => ({ date: '2026-04-01', base: 'USD', quote: quote as string, rate: rate as number }));
    const onOrBefore = (day: string, answer: unknown) => (answer as Row[]).filter((row) => row.date <= day);

    it("shows NBK's and CBU's figures of 1 April 2026 where the blend differs, and the blend for banks that had none that day", async () => {
      const [nbk, cbu] = await Promise.all([
        fixture('frankfurter-v2-official-nbk-2026-04-01.json'),
        fixture('frankfurter-v2-official-cbu-2026-04-01.json'),
      ]);
      const banks = { KGS: [], KZT: onOrBefore('2026-04-01', nbk), TJS: [], UZS: onOrBefore('2026-04-01', cbu) };
      const { snapshot, unofficial } = readOfficial(
        { body: BLEND_2026_04_01, banks },
        query({ now: new Date('2026-04-01T12:00:00Z') }),
      );
      expect(snapshot.rates).to.deep.equal({ KGS: 87.5, KZT: 478.77, TJS: 9.5597, UZS: 12194.21, TMT: 3.5 });
      expect(snapshot.official).to.deep.equal({ KZT: 'NBK', UZS: 'CBU' });
      expect(unofficial!.map((reason) => reason.split(':')[0])).to.deep.equal(['NBKR (KGS)', 'NBT (TJS)']);
    });

    it("takes each bank's last two publications as rate and previous, weekly ones included", async () => {
      const names = ['nbkr-2005-06-04', 'nbk-2026-04-01', 'nbt-2026-05-18', 'cbu-2026-04-01'];
      const [KGS, KZT, TJS, UZS] = await Promise.all(names.map((name) => fixture(`frankfurter-v2-official-${name}.json`)));
      const { snapshot } = readOfficial({ body: BLEND_2026_04_01, banks: { KGS, KZT, TJS, UZS } }, query());
      expect(snapshot.rates).to.deep.equal({ KGS: 40.9614, KZT: 472.31, TJS: 9.3288, UZS: 12149.84, TMT: 3.5 });
      // The one-day blend gives TMT no previous, and lends none to the banks' currencies.
      expect(snapshot.previous).to.deep.equal({ KGS: 41.0685, KZT: 475.09, TJS: 9.3371, UZS: 12142.1 });
      expect(snapshot.asOf).to.equal('2026-05-20');
    });
  });

  describe('what the feed format keeps', () => {
    it('survives a round trip through JSON, as the feed command writes it', async () => {
      const getJson = fakeGetJson((url) => (url.includes('providers=') ? bankAnswer(url) : blend));
      const { snapshot } = await loadOfficialRates(getJson, { query: query() });
      expect(snapshot.official).to.deep.equal({ KGS: 'NBKR', KZT: 'NBK', TJS: 'NBT', UZS: 'CBU' });
      expect(JSON.parse(JSON.stringify(snapshot))).to.deep.equal(snapshot);
    });
  });
});
