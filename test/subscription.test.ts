/**
 * What a connected <fx-ticker> asks its source for, seen from outside: the requests it sends
 * (msw at the HTTP level, `fetch` watched for its abort signal) and what it shows.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import sinon from 'sinon';
import type { FxTicker, FxTickerUpdateDetail } from '../src/fx-ticker.js';
import { requestKey } from '../src/poller.js';
import { writeCachedRates } from '../src/snapshot-cache.js';
import { realTurns, startNetwork, useHandlers, waitFor } from './helpers/network.js';
import { FEED, readItems } from './helpers/ticker.js';
import '../src/define.js';

const FRANKFURTER = 'https://api.frankfurter.dev/v2/rates';
const FEED_A = 'https://rates.example.test/a.json';
const FEED_B = 'https://rates.example.test/b.json';
const CBR = 'https://www.cbr-xml-daily.ru/daily_json.js';
const CURRENCY_API_LATEST = 'https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@latest/v1/currencies/usd.min.json';
const CURRENCY_API_DAY_BEFORE = 'https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@2025-08-12/v1/currencies/usd.min.json';

/** Units per US dollar, for a Frankfurter stand-in that answers any base and quotes. */
const PER_USD: Record<string, number> = { USD: 1, KGS: 87.45, KZT: 520.1, TJS: 10.02, UZS: 12500, TMT: 3.5, EUR: 0.86 };

/** Every request the page sent, as URLs, in order. */
let requests: URL[] = [];
const sentTo = (prefix: string) => requests.filter((url) => url.href.startsWith(prefix));

const frankfurter = http.get(FRANKFURTER, ({ request }) => {
  const url = new URL(request.url);
  requests.push(url);
  const base = url.searchParams.get('base')!;
  const quotes = url.searchParams.get('quotes')!.split(',');
  return HttpResponse.json(
    ['2025-08-12', '2025-08-13'].flatMap((date) =>
      quotes.map((quote) => ({ date, base, quote, rate: PER_USD[quote] / PER_USD[base] })),
    ),
  );
});

const feedAt = (source: string, body: object) =>
  http.get(source, ({ request }) => {
    requests.push(new URL(request.url));
    return HttpResponse.json(body);
  });

/** A ticker connected with `attributes`, once it shows its first data. */
async function connected(attributes: string, content = ''): Promise<FxTicker> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  const first = oneEvent(box, 'fx-ticker-update');
  box.innerHTML = `<fx-ticker ${attributes}>${content}</fx-ticker>`;
  await first;
  const el = box.querySelector('fx-ticker')!;
  await el.updateComplete;
  return el;
}

/** Changes the ticker and waits for the data that change brings. */
async function change(el: FxTicker, apply: (el: FxTicker) => void): Promise<void> {
  const updated = oneEvent(el, 'fx-ticker-update');
  apply(el);
  await updated;
  await el.updateComplete;
}

const pairs = (el: FxTicker) => readItems(el).map((item) => item.pair);

describe('<fx-ticker> subscriptions', () => {
  before(() => startNetwork());
  beforeEach(() => {
    requests = [];
    localStorage.clear();
    useHandlers(
      frankfurter,
      feedAt(FEED_A, FEED),
      feedAt(FEED_B, { ...FEED, rates: { ...FEED.rates, KGS: 100 } }),
      feedAt(CBR, {
        Date: '2023-06-10T11:30:00+03:00',
        Valute: {
          USD: { CharCode: 'USD', Nominal: 1, Value: 82.6, Previous: 82.1 },
          KGS: { CharCode: 'KGS', Nominal: 100, Value: 94.4, Previous: 93.9 },
        },
      }),
    );
  });
  afterEach(() => localStorage.clear());

  describe('changes on a connected element', () => {
    it('fetches the new source when `source` changes', async () => {
      const el = await connected(`source="${FEED_A}" symbols="KGS"`);
      expect(readItems(el)[0].rate).to.equal('0.01144');
      await change(el, () => el.setAttribute('source', FEED_B));
      expect(sentTo(FEED_B)).to.have.length(1);
      expect(readItems(el)[0].rate).to.equal('0.01000');
    });

    it('asks for and shows the new base when `base` changes', async () => {
      const el = await connected('symbols="KGS TMT"');
      expect(pairs(el)).to.deep.equal(['KGS/USD', 'TMT/USD']);
      await change(el, () => el.setAttribute('base', 'KZT'));
      expect(sentTo(FRANKFURTER).map((url) => url.searchParams.get('base'))).to.deep.equal(['USD', 'KZT']);
      expect(pairs(el)).to.deep.equal(['KGS/KZT', 'TMT/KZT']);
    });

    it('asks for and shows a symbol added to `symbols`', async () => {
      const el = await connected('symbols="KGS"');
      await change(el, () => el.setAttribute('symbols', 'KGS EUR'));
      expect(sentTo(FRANKFURTER).map((url) => url.searchParams.get('quotes'))).to.deep.equal(['KGS', 'KGS,EUR']);
      expect(pairs(el)).to.deep.equal(['KGS/USD', 'EUR/USD']);
    });

    it("reads the new provider's source when `provider` changes", async () => {
      const el = await connected('symbols="KGS"');
      await change(el, () => el.setAttribute('provider', 'cbr'));
      expect(sentTo(CBR)).to.have.length(1);
      // 94.4 roubles per 100 som, 82.6 per dollar: 0.944 / 82.6 = 0.011428… dollars per som.
      expect(readItems(el)[0].rate).to.equal('0.01143');
    });

    it('polls at a new `interval` set at runtime', async () => {
      // No fixture() here: it waits on timers, which are fake in this test.
      const clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      const el = document.createElement('fx-ticker');
      try {
        el.setAttribute('source', FEED_A);
        el.setAttribute('interval', '300');
        const first = oneEvent(el, 'fx-ticker-update');
        document.body.append(el);
        await first;
        el.interval = 60;
        await el.updateComplete;
        await clock.tickAsync(59_000);
        expect(sentTo(FEED_A), 'before the new interval is up').to.have.length(1);
        await clock.tickAsync(1_000);
        await waitFor(() => sentTo(FEED_A).length === 2, 'a poll 60 s after the first');
      } finally {
        el.remove();
        clock.restore();
      }
    });
  });

  it('refresh() with source="none" reads the inline JSON again', async () => {
    const el = await connected('source="none" symbols="KGS"', `<script type="application/json">${JSON.stringify(FEED)}</script>`);
    expect(readItems(el)[0].rate).to.equal('0.01144');
    el.querySelector('script')!.textContent = JSON.stringify({ ...FEED, rates: { KGS: 80 } });
    const updated = oneEvent(el, 'fx-ticker-update');
    await el.refresh();
    expect((await updated).detail.snapshot.rates.KGS).to.equal(80);
    await el.updateComplete;
    expect(readItems(el)[0].rate).to.equal('0.01250');
    expect(requests).to.deep.equal([]);
  });

  describe('a stored snapshot never replaces fresher data on screen', () => {
    const STORED_KGS = 60; // shown as 0.01667: never expected on screen
    const store = (request: { source?: string; symbols: string[] }) =>
      writeCachedRates(requestKey({ provider: 'auto', base: 'USD', ...request }), {
        snapshot: { base: 'USD', asOf: '2025-08-01', rates: { KGS: STORED_KGS, KZT: 500 } },
        provider: 'feed',
        missing: [],
      });
    let release: () => void;
    let updates: FxTickerUpdateDetail[];
    beforeEach(() => {
      updates = [];
      const held = new Promise<void>((resolve) => (release = resolve));
      useHandlers(
        http.get(FEED_A, async ({ request }) => {
          requests.push(new URL(request.url));
          await held;
          return HttpResponse.json({ ...FEED, rates: { ...FEED.rates, KGS: 88 } });
        }),
      );
    });
    const record = (target: EventTarget) =>
      target.addEventListener('fx-ticker-update', (event) => updates.push((event as CustomEvent<FxTickerUpdateDetail>).detail));

    async function expectNeverStored(el: FxTicker): Promise<void> {
      // The stored snapshot is read at once; the held request has not answered yet.
      await realTurns(10);
      await el.updateComplete;
      expect(readItems(el)[0].rate, 'while the source has not answered').to.equal('0.01144');
      const answered = oneEvent(el, 'fx-ticker-update');
      release();
      await answered;
      await el.updateComplete;
      expect(readItems(el)[0].rate, 'once the source answered').to.equal('0.01136');
      expect(updates.map((detail) => detail.snapshot.rates.KGS)).not.to.include(STORED_KGS);
    }

    it('keeps inline JSON', async () => {
      store({ source: FEED_A, symbols: ['KGS', 'KZT'] });
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      record(box);
      box.innerHTML = `<fx-ticker source="${FEED_A}" symbols="KGS KZT"><script type="application/json">${JSON.stringify(FEED)}</script></fx-ticker>`;
      await expectNeverStored(box.querySelector('fx-ticker')!);
    });

    it('keeps data set through the rates property', async () => {
      store({ source: FEED_A, symbols: ['KGS', 'KZT'] });
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      record(box);
      const el = document.createElement('fx-ticker');
      el.setAttribute('source', FEED_A);
      el.setAttribute('symbols', 'KGS KZT');
      el.rates = FEED;
      box.append(el);
      await expectNeverStored(el);
    });

    it('keeps what a poll already showed when a change of symbols finds an older stored snapshot', async () => {
      store({ source: FEED_A, symbols: ['KGS'] });
      useHandlers(feedAt(FEED_A, FEED));
      const el = await connected(`source="${FEED_A}" symbols="KGS KZT"`);
      record(el);
      useHandlers(
        http.get(FEED_A, () => new Promise<Response>(() => {})), // the new request never answers
      );
      el.symbols = 'KGS';
      await el.updateComplete;
      await realTurns(10);
      await el.updateComplete;
      expect(readItems(el).map((item) => item.rate)).to.deep.equal(['0.01144']);
      expect(updates.map((detail) => detail.snapshot.rates.KGS)).not.to.include(STORED_KGS);
      el.remove();
    });
  });

  it('aborts the request in flight when the last ticker is removed, and sends no follow-up', async () => {
    // currency-api needs a second request (the day before) once the first has answered.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    useHandlers(
      http.get(CURRENCY_API_LATEST, async ({ request }) => {
        requests.push(new URL(request.url));
        await held;
        return HttpResponse.json({ date: '2025-08-13', usd: { kgs: 87.45 } });
      }),
      feedAt(CURRENCY_API_DAY_BEFORE, { date: '2025-08-12', usd: { kgs: 87.4 } }),
    );
    const fetchSpy = sinon.spy(window, 'fetch');
    try {
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      box.innerHTML = '<fx-ticker provider="currency-api" symbols="KGS"></fx-ticker>';
      const el = box.querySelector('fx-ticker')!;
      const errors: Event[] = [];
      el.addEventListener('fx-ticker-error', (event) => errors.push(event));
      await waitFor(() => requests.length === 1, 'the first request');
      const [, init] = fetchSpy.firstCall.args;
      expect(init?.signal?.aborted, 'before the removal').to.equal(false);
      el.remove();
      expect(init?.signal?.aborted, 'after the removal').to.equal(true);
      release();
      await realTurns(30);
      expect(fetchSpy.callCount, 'requests started').to.equal(1);
      expect(sentTo(CURRENCY_API_DAY_BEFORE)).to.deep.equal([]);
      expect(errors, 'a removed ticker reports nothing').to.deep.equal([]);
    } finally {
      fetchSpy.restore();
    }
  });
});
