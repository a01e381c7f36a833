import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { FxTicker } from '../src/fx-ticker.js';
import { pollingPolicy } from '../src/poller.js';
import { fixture as payload } from './providers/helpers.js';
import { startNetwork, useHandlers } from './helpers/network.js';
import { readItems, tickerWithData } from './helpers/ticker.js';
import '../src/define.js';

const FRANKFURTER = 'https://api.frankfurter.dev/v2/rates';
const CURRENCY_API = 'https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@:tag/v1/currencies/usd.min.json';
const ER_API = 'https://open.er-api.com/v6/latest/USD';

const status = (el: FxTicker) => el.shadowRoot!.querySelector('[part="status"]')!.textContent.replace(/\s+/g, ' ').trim();
const shown = (el: FxTicker) =>
  Object.fromEntries(readItems(el).map(({ symbol, rate, change }) => [symbol, change ? `${rate} ${change}` : rate]));

type Row = { date: string; base: string; quote: string; rate: number };

/** Every request the page made, as `host + path + search`, in order. */
let requests: string[] = [];
const seen = (request: Request) => {
  const url = new URL(request.url);
  requests.push(url.host + url.pathname + url.search);
};

describe('sources', () => {
  let frankfurterRows: Row[];
  let currencyApi: Record<string, unknown>;
  before(async () => {
    await startNetwork();
    frankfurterRows = (await payload('frankfurter-v2-usd-from-2025-07-16.json')) as Row[];
    currencyApi = {
      latest: await payload('currency-api-usd-2025-08-13.json'),
      '2025-08-12': await payload('currency-api-usd-2025-08-12.json'),
    };
  });
  beforeEach(() => {
    localStorage.clear();
    requests = [];
  });

  /** Frankfurter answers with `frankfurter()`, currency-api with its fixtures. */
  const serve = (frankfurter: () => Response | Promise<Response>) =>
    useHandlers(
      http.get(FRANKFURTER, ({ request }) => {
        seen(request);
        return frankfurter();
      }),
      http.get(CURRENCY_API, ({ request, params }) => {
        seen(request);
        const body = currencyApi[params.tag as string];
        return body ? HttpResponse.json(body) : new HttpResponse(null, { status: 404 });
      }),
    );

  describe('one request per source URL per page', () => {
    it('serves three tickers with different symbols, base and inverse from one Frankfurter request', async () => {
      serve(() => HttpResponse.json(frankfurterRows));
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      const updates = [0, 1, 2].map(() => oneEvent(box, 'fx-ticker-update'));
      box.innerHTML = `
        <fx-ticker symbols="KGS KZT" speed="0"></fx-ticker>
        <fx-ticker symbols="UZS" base="KZT" speed="0"></fx-ticker>
        <fx-ticker symbols="TJS TMT" inverse speed="0"></fx-ticker>`;
      await Promise.all(updates);
      const [usd, kzt, inverse] = [...box.querySelectorAll('fx-ticker')];
      await Promise.all([usd, kzt, inverse].map((el) => el.updateComplete));
      expect(requests).to.have.length(1);
      const query = new URL(`https://${requests[0]}`).searchParams;
      expect(query.get('base')).to.equal('USD');
      expect(query.get('quotes')!.split(',')).to.have.members(['KGS', 'KZT', 'UZS', 'TJS', 'TMT']);
      expect(shown(usd)).to.deep.equal({ KGS: '0.01145 +0.01%', KZT: '0.001847 −0.04%' });
      // UZS/KZT = KZT per USD / UZS per USD, from one USD answer.
      expect(shown(kzt)).to.deep.equal({ UZS: '0.04325 +0.06%' });
      expect(shown(inverse)).to.deep.equal({ TJS: '9.377 +0.09%', TMT: '3.500 0%' });
      await usd.refresh();
      expect(requests, 'a refresh is one request for all three').to.have.length(2);
    });
  });

  describe('a ticker added later', () => {
    it('asks again at once when it needs a symbol the last request did not cover, and not when it does not', async () => {
      // Like the server, only the quotes asked for.
      useHandlers(
        http.get(FRANKFURTER, ({ request }) => {
          seen(request);
          const quotes = new URL(request.url).searchParams.get('quotes')!.split(',');
          return HttpResponse.json(frankfurterRows.filter((row) => quotes.includes(row.quote)));
        }),
      );
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      const first = oneEvent(box, 'fx-ticker-update');
      box.innerHTML = '<fx-ticker symbols="KGS KZT" speed="0"></fx-ticker>';
      await first;
      const covered = oneEvent(box, 'fx-ticker-update');
      box.insertAdjacentHTML('beforeend', '<fx-ticker symbols="KZT" speed="0"></fx-ticker>');
      await covered;
      expect(requests, 'KZT was asked for already').to.have.length(1);
      const added = oneEvent(box, 'fx-ticker-update');
      box.insertAdjacentHTML('beforeend', '<fx-ticker symbols="UZS" speed="0"></fx-ticker>');
      await added;
      const late = box.querySelectorAll('fx-ticker')[2];
      await late.updateComplete;
      expect(shown(late)).to.deep.equal({ UZS: '0.00007991 +0.02%' });
      expect(requests).to.have.length(2);
      expect(new URL(`https://${requests[1]}`).searchParams.get('quotes')!.split(',')).to.include('UZS');
    });
  });

  describe('fallback sources', () => {
    const currencyApiShown = {
      KGS: '0.01144 +0.02%',
      KZT: '0.001847 −0.08%',
      TJS: '0.1071 +0.05%',
      UZS: '0.00007986 +0.22%',
      TMT: '0.2857 0%',
    };
    const frankfurterShown = {
      KGS: '0.01145 +0.01%',
      KZT: '0.001847 −0.04%',
      TJS: '0.1066 −0.09%',
      UZS: '0.00007991 +0.02%',
      TMT: '0.2857 0%',
    };

    const failures: Array<[string, () => Response | Promise<Response>]> = [
      ['503', () => new HttpResponse(null, { status: 503 })],
      [
        '422 (a currency the server does not know)',
        () => HttpResponse.json({ status: 422, message: 'invalid currency: XYZ' }, { status: 422 }),
      ],
      ['a time-out', () => new Promise<Response>(() => {})],
    ];
    for (const [what, failure] of failures) {
      it(`shows currency-api's rates in the same poll when Frankfurter fails with ${what}, with empty storage`, async () => {
        const fallbackAfterMs = pollingPolicy.fallbackAfterMs;
        pollingPolicy.fallbackAfterMs = 200;
        try {
          serve(failure);
          const el = await tickerWithData(html`<fx-ticker speed="0"></fx-ticker>`);
          expect(shown(el)).to.deep.equal(currencyApiShown);
          expect(status(el)).to.equal('as of Aug 13, 2025 currency-api');
          expect(requests.map((url) => url.split('/')[0])).to.deep.equal([
            'api.frankfurter.dev',
            'cdn.jsdelivr.net',
            'cdn.jsdelivr.net',
          ]);

          serve(() => HttpResponse.json(frankfurterRows));
          requests = [];
          await el.refresh();
          await el.updateComplete;
          expect(
            requests.map((url) => url.split('/')[0]),
            'the next poll starts from the source',
          ).to.deep.equal(['api.frankfurter.dev']);
          expect(shown(el)).to.deep.equal(frankfurterShown);
          expect(status(el)).to.equal('as of Aug 16, 2025');
        } finally {
          pollingPolicy.fallbackAfterMs = fallbackAfterMs;
        }
      });
    }

    it("computes the change % from one source's publications only, across switches", async () => {
      const erApi = (kgs: number, unix: number) => ({
        result: 'success',
        base_code: 'USD',
        time_last_update_unix: unix,
        rates: { USD: 1, KGS: kgs },
      });
      let frankfurter: () => Response = () => HttpResponse.json(frankfurterRows);
      let erApiBody = erApi(87.6, Date.parse('2025-08-16T00:02:31Z') / 1000);
      useHandlers(
        http.get(FRANKFURTER, () => frankfurter()),
        http.get(ER_API, () => HttpResponse.json(erApiBody)),
      );
      const el = await tickerWithData(html`<fx-ticker symbols="KGS" fallback="er-api" speed="0"></fx-ticker>`);
      expect(shown(el)).to.deep.equal({ KGS: '0.01145 +0.01%' });

      frankfurter = () => new HttpResponse(null, { status: 503 });
      await el.refresh();
      await el.updateComplete;
      // er-api publishes no previous value, and Frankfurter's 87.36 is not one.
      expect(shown(el)).to.deep.equal({ KGS: '0.01142' });
      expect(status(el)).to.contain('Rates By Exchange Rate API');

      frankfurter = () => HttpResponse.json(frankfurterRows);
      await el.refresh();
      await el.updateComplete;
      expect(shown(el)).to.deep.equal({ KGS: '0.01145 +0.01%' });

      frankfurter = () => new HttpResponse(null, { status: 503 });
      erApiBody = erApi(87.7, Date.parse('2025-08-17T00:02:31Z') / 1000);
      await el.refresh();
      await el.updateComplete;
      // Against er-api's own 87.6 from before the switch back, never Frankfurter's.
      expect(shown(el)).to.deep.equal({ KGS: '0.01140 −0.11%' });
    });

    it('tries nothing else with fallback="none", or by default when the page names its source', async () => {
      serve(() => new HttpResponse(null, { status: 503 }));
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      const errors = [0, 1].map(() => oneEvent(box, 'fx-ticker-error'));
      box.innerHTML = `<fx-ticker fallback="none"></fx-ticker><fx-ticker source="${FRANKFURTER}"></fx-ticker>`;
      await Promise.all(errors);
      expect(requests.every((url) => url.startsWith('api.frankfurter.dev'))).to.equal(true);
    });
  });

  describe('nothing to show at all', () => {
    it("shows the page's own fallback content and the note, without a pause button, in the reserved height", async () => {
      useHandlers(
        http.get(FRANKFURTER, () => new HttpResponse(null, { status: 503 })),
        http.get(CURRENCY_API, () => HttpResponse.error()),
      );
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      const failed = oneEvent(box, 'fx-ticker-error');
      box.innerHTML = '<fx-ticker><a href="/rates">Today\'s exchange rates</a></fx-ticker>';
      const el = box.querySelector('fx-ticker')!;
      const { detail } = await failed;
      expect(detail.stale).to.equal(false);
      await el.updateComplete;
      const slot = el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements().map((child) => child.textContent)).to.deep.equal(["Today's exchange rates"]);
      expect(el.querySelector('a')!.getBoundingClientRect().height, 'the fallback content is visible').to.be.above(0);
      expect(el.shadowRoot!.querySelectorAll('[part="control"]').length, 'pause buttons').to.equal(0);
      expect(status(el)).to.equal('Exchange rates are unavailable right now');
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      expect(el.getBoundingClientRect().height).to.be.at.least(2.5 * rem);
    });
  });

  describe('partly bad answers', () => {
    it('shows the good symbols and names each skipped one and why in fx-ticker-error', async () => {
      const rows = [
        { date: '2025-08-15', base: 'USD', quote: 'KGS', rate: 87.36 },
        { date: '2025-08-15', base: 'USD', quote: 'KZT', rate: -541.28 },
        { date: '2025-08-15', base: 'USD', quote: 'UZS', rate: '12 514x' },
      ];
      serve(() => HttpResponse.json(rows));
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      const failed = oneEvent(box, 'fx-ticker-error');
      const updated = oneEvent(box, 'fx-ticker-update');
      box.innerHTML = '<fx-ticker symbols="KGS KZT UZS TJS" speed="0"></fx-ticker>';
      const el = box.querySelector('fx-ticker')!;
      await updated;
      const { detail } = await failed;
      await el.updateComplete;
      expect(Object.keys(shown(el))).to.deep.equal(['KGS']);
      expect(detail.error.message).to.equal('skipped KZT: bad rate -541.28; UZS: bad rate NaN; TJS: not quoted');
      expect(detail.stale).to.equal(false);
    });
  });
});
