import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import sinon from 'sinon';
import type { LoadedRates } from '../src/providers/index.js';
import {
  backoffMs,
  pollingPolicy,
  requestKey,
  watchRates,
  type RatesRequest,
  type RatesSubscription,
  type RatesWatcher,
} from '../src/poller.js';
import {
  advance,
  forgetStored,
  restoreVisibility,
  setVisibility,
  startNetwork,
  trackFetches,
  useHandlers,
  waitFor,
  withThrowingStorage,
  pollInThisTabOnly,
} from './helpers/network.js';

const SOURCE = 'https://rates.test/feed.json';
const REQUEST: RatesRequest = { source: SOURCE, provider: 'feed', base: 'USD', symbols: ['KGS', 'KZT'] };
const MINUTE = 60_000;
/** The fake clock starts on a whole second of a realistic day, so publication dates order naturally. */
const START = Date.parse('2025-08-13T06:00:00Z');

/** A fresh publication per request: asOf is the (fake) time of the request, KGS moves. */
const feedAt = (n: number) => ({ base: 'USD', asOf: new Date(Date.now()).toISOString(), rates: { KGS: 87 + n, KZT: 520 } });
const SAME_FEED = { base: 'USD', asOf: '2025-08-13T00:00:00Z', rates: { KGS: 87.45, KZT: 520.1 } };

function recorder(intervalSeconds = 300) {
  const data: Array<{ rates: LoadedRates; origin: 'network' | 'cache' }> = [];
  const errors: Array<{ error: Error; retryInMs: number | undefined }> = [];
  return {
    data,
    errors,
    watcher: {
      intervalSeconds,
      onData: (rates: LoadedRates, origin: 'network' | 'cache') => data.push({ rates, origin }),
      onError: (error: Error, retryInMs: number | undefined) => errors.push({ error, retryInMs }),
    },
  };
}

describe('watchRates', () => {
  pollInThisTabOnly();
  let clock: sinon.SinonFakeTimers;
  let network: ReturnType<typeof trackFetches>;
  let requests: number[];
  let answer: (n: number) => Response | Promise<Response>;
  const subscriptions: RatesSubscription[] = [];
  const random = pollingPolicy.random;

  const watch = (watcher: RatesWatcher, request = REQUEST) => {
    const subscription = watchRates(request, watcher);
    subscriptions.push(subscription);
    return subscription;
  };
  const settled = () => network.settled();
  const tick = (ms: number) => advance(clock, ms, settled);

  before(() => startNetwork());

  beforeEach(() => {
    forgetStored(SOURCE);
    setVisibility('visible', false);
    requests = [];
    answer = (n) => HttpResponse.json(feedAt(n));
    useHandlers(
      http.get(SOURCE, () => {
        requests.push(Date.now() - START);
        return answer(requests.length);
      }),
    );
    network = trackFetches();
    pollingPolicy.random = () => 0;
    clock = sinon.useFakeTimers({ now: START, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  });

  afterEach(async () => {
    for (const subscription of subscriptions.splice(0)) subscription.close();
    const timersLeft = clock.countTimers();
    await network.settled();
    clock.restore();
    network.restore();
    pollingPolicy.random = random;
    restoreVisibility();
    forgetStored(SOURCE);
    expect(timersLeft, 'timers left after the last close').to.equal(0);
  });

  describe('sharing', () => {
    it('polls once at start and then every interval', async () => {
      const a = recorder(300);
      watch(a.watcher);
      await settled();
      expect(requests).to.deep.equal([0]);
      expect(a.data.map((d) => d.origin)).to.deep.equal(['network']);
      await tick(5 * 5 * MINUTE);
      expect(requests).to.deep.equal([0, 1, 2, 3, 4, 5].map((i) => i * 5 * MINUTE));
      expect(a.data).to.have.length(6);
    });

    it('serves three subscribers of the same request with one request', async () => {
      const [a, b, c] = [recorder(), recorder(), recorder()];
      watch(a.watcher);
      watch(b.watcher);
      watch(c.watcher);
      await settled();
      expect(requests).to.have.length(1);
      for (const r of [a, b, c]) expect(r.data).to.have.length(1);
      expect(b.data[0].rates).to.equal(a.data[0].rates);
      await tick(5 * MINUTE);
      expect(requests).to.have.length(2);
      for (const r of [a, b, c]) expect(r.data).to.have.length(2);
    });

    it('uses the shortest interval among subscribers, and follows changes', async () => {
      const slow = recorder(300);
      const fast = recorder(60);
      watch(slow.watcher);
      const fastSubscription = watch(fast.watcher);
      await tick(5 * MINUTE);
      expect(requests).to.deep.equal([0, 1, 2, 3, 4, 5].map((i) => i * MINUTE));
      fastSubscription.setInterval(30);
      await tick(MINUTE);
      expect(requests.slice(6)).to.deep.equal([5.5 * MINUTE, 6 * MINUTE]);
      fastSubscription.close();
      await tick(5 * MINUTE);
      expect(requests.slice(8)).to.deep.equal([11 * MINUTE]);
    });

    it('treats intervals below 10 s as 10 s and nonsense as the default', async () => {
      const tiny = recorder(1);
      const sub = watch(tiny.watcher);
      await tick(30_000);
      expect(requests).to.deep.equal([0, 10_000, 20_000, 30_000]);
      sub.setInterval(Number.NaN);
      await tick(10 * MINUTE);
      expect(requests.slice(4)).to.deep.equal([5.5 * MINUTE, 10.5 * MINUTE]);
    });

    it('serves a late subscriber the current data at once, without a request', async () => {
      const first = recorder();
      watch(first.watcher);
      await tick(2 * MINUTE);
      const late = recorder();
      watch(late.watcher);
      expect(late.data, 'not inside watchRates').to.have.length(0);
      await settled();
      expect(late.data).to.have.length(1);
      expect(late.data[0].rates).to.equal(first.data[0].rates);
      expect(requests).to.have.length(1);
    });

    it('polls at once for a late subscriber whose shorter interval makes the data due', async () => {
      watch(recorder(300).watcher);
      await tick(2 * MINUTE);
      watch(recorder(60).watcher);
      await settled();
      expect(requests).to.deep.equal([0, 2 * MINUTE]);
    });

    it('keeps separate requests apart', async () => {
      const other = `${SOURCE}?other`;
      useHandlers(
        http.get(SOURCE, ({ request }) => {
          requests.push(Date.now() - START);
          return HttpResponse.json({ ...feedAt(1), base: new URL(request.url).search ? 'EUR' : 'USD' });
        }),
      );
      const a = recorder();
      const b = recorder();
      watch(a.watcher);
      watch(b.watcher, { ...REQUEST, source: other, base: 'EUR' });
      await settled();
      expect(requests).to.have.length(2);
      expect(a.data[0].rates.snapshot.base).to.equal('USD');
      expect(b.data[0].rates.snapshot.base).to.equal('EUR');
      expect(requestKey(REQUEST)).not.to.equal(requestKey({ ...REQUEST, symbols: ['KGS'] }));
    });

    it('stops with its last subscriber: no timer, no listener, no request', async () => {
      const a = watch(recorder().watcher);
      const b = watch(recorder().watcher);
      await tick(MINUTE);
      a.close();
      b.close();
      b.close();
      expect(clock.countTimers()).to.equal(0);
      window.dispatchEvent(new Event('online'));
      setVisibility('hidden');
      setVisibility('visible');
      await tick(24 * 60 * MINUTE);
      expect(requests).to.have.length(1);
      expect(await b.refresh()).to.equal(undefined);
      expect(requests).to.have.length(1);
    });

    it('stops a poll in flight when the last subscriber closes', async () => {
      answer = async () => {
        network.hang();
        return new Promise<Response>(() => {});
      };
      const signals: Array<AbortSignal | null | undefined> = [];
      const tracked = window.fetch;
      window.fetch = (input, init) => {
        signals.push(init?.signal);
        return tracked(input, init);
      };
      try {
        const a = recorder();
        const subscription = watch(a.watcher);
        await waitFor(() => requests.length === 1, 'the first request');
        expect(
          signals.map((signal) => signal?.aborted),
          'in flight',
        ).to.deep.equal([false]);
        subscription.close();
        expect(
          signals.map((signal) => signal?.aborted),
          'after the close',
        ).to.deep.equal([true]);
        expect(clock.countTimers()).to.equal(0);
        await settled();
        await tick(MINUTE);
        expect(a.errors, 'closing is not a failure').to.have.length(0);
        expect(requests).to.have.length(1);
      } finally {
        window.fetch = tracked;
      }
    });
  });

  describe('delivery', () => {
    it('never calls the watcher inside watchRates, even with data at hand', async () => {
      const first = recorder();
      watch(first.watcher);
      await settled();
      let inside = true;
      let calledInside = false;
      const late = recorder();
      watch({
        ...late.watcher,
        onData: (rates: LoadedRates, origin: 'network' | 'cache') => {
          calledInside ||= inside;
          late.data.push({ rates, origin });
        },
      });
      inside = false;
      await settled();
      expect(calledInside).to.equal(false);
      expect(late.data).to.have.length(1);
    });

    it('does not deliver an unchanged snapshot again', async () => {
      answer = () => HttpResponse.json(SAME_FEED);
      const a = recorder();
      watch(a.watcher);
      await tick(15 * MINUTE);
      expect(requests).to.have.length(4);
      expect(a.data).to.have.length(1);
    });

    it('delivers unchanged data again once after a failure, so the subscriber can clear its stale mark', async () => {
      answer = (n) => (n === 2 ? new HttpResponse('down', { status: 500 }) : HttpResponse.json(SAME_FEED));
      const a = recorder();
      watch(a.watcher);
      await tick(5 * MINUTE + 5_000);
      expect(a.errors).to.have.length(1);
      expect(a.data).to.have.length(2);
      await tick(10 * MINUTE);
      expect(a.data).to.have.length(2);
    });

    it('keeps other subscribers served when one throws', async () => {
      const error = sinon.stub(console, 'error');
      try {
        const good = recorder();
        watch({
          ...recorder().watcher,
          onData: () => {
            throw new Error('broken subscriber');
          },
        });
        watch(good.watcher);
        await settled();
        expect(good.data).to.have.length(1);
        expect(error.calledOnce).to.equal(true);
      } finally {
        error.restore();
      }
    });

    it('refresh() polls now, joins a poll in flight, and resolves even when it fails', async () => {
      const a = recorder();
      const sub = watch(a.watcher);
      await settled();
      await tick(MINUTE);
      const joined = [sub.refresh(), sub.refresh()];
      await settled();
      await Promise.all(joined);
      expect(requests).to.deep.equal([0, MINUTE]);
      answer = () => new HttpResponse(null, { status: 500 });
      const failing = sub.refresh();
      await settled();
      expect(await failing).to.equal(undefined);
      expect(a.errors).to.have.length(1);
    });
  });

  describe('visibility', () => {
    it('makes no request while hidden, and one on return when due', async () => {
      setVisibility('hidden');
      const a = recorder();
      watch(a.watcher);
      await tick(60 * MINUTE);
      expect(requests).to.have.length(0);
      expect(clock.countTimers(), 'no timer while hidden').to.equal(0);
      setVisibility('visible');
      await settled();
      expect(requests).to.deep.equal([60 * MINUTE]);
    });

    it('still polls on an explicit refresh() while hidden', async () => {
      const sub = watch(recorder().watcher);
      await settled();
      setVisibility('hidden');
      await sub.refresh();
      await tick(60 * MINUTE);
      expect(requests).to.deep.equal([0, 0]);
    });

    it('waits for the remaining time when the page returns before the data is due', async () => {
      watch(recorder().watcher);
      await tick(MINUTE);
      setVisibility('hidden');
      await tick(MINUTE);
      setVisibility('visible');
      await tick(2 * MINUTE);
      expect(requests).to.deep.equal([0]);
      await tick(MINUTE);
      expect(requests).to.deep.equal([0, 5 * MINUTE]);
    });

    it('polls once on return after a long hidden stretch, then keeps the cadence from there', async () => {
      watch(recorder().watcher);
      await tick(MINUTE);
      setVisibility('hidden');
      await tick(3 * 60 * MINUTE);
      setVisibility('visible');
      await tick(5 * MINUTE);
      expect(requests).to.deep.equal([0, 181 * MINUTE, 186 * MINUTE]);
    });
  });

  describe('failures', () => {
    it('backs off exponentially up to the interval', async () => {
      answer = () => new HttpResponse('oops', { status: 500 });
      const a = recorder(300);
      watch(a.watcher);
      await tick(60 * MINUTE);
      const retries = a.errors.map((e) => e.retryInMs);
      expect(retries.slice(0, 8)).to.deep.equal([5, 10, 20, 40, 80, 160, 300, 300].map((s) => s * 1000));
      const gaps = requests.slice(1).map((at, i) => at - requests[i]);
      expect(gaps).to.deep.equal(retries.slice(0, gaps.length));
      // 0, 5, 15, 35, 75, 155, 315 s, then every 300 s up to 3600 s.
      expect(requests).to.have.length(7 + Math.floor((3600 - 315) / 300));
      expect(a.errors[0].error.message).to.match(/HTTP 500/);
    });

    it('jitters each step down by at most 20 %, and recovers the cadence on success', async () => {
      pollingPolicy.random = () => 1;
      expect(backoffMs(1, 300_000)).to.equal(4_000);
      expect(backoffMs(20, 300_000)).to.equal(240_000);
      expect(backoffMs(20, 3_600_000)).to.equal(720_000);
      let failuresLeft = 3;
      answer = (n) => (failuresLeft-- > 0 ? new HttpResponse(null, { status: 502 }) : HttpResponse.json(feedAt(n)));
      const a = recorder(300);
      watch(a.watcher);
      await tick(10 * MINUTE);
      expect(requests).to.deep.equal([0, 4_000, 12_000, 28_000, 328_000]);
      expect(a.data).to.have.length(2);
    });

    it('honours Retry-After in seconds on 429', async () => {
      answer = (n) =>
        n === 1
          ? new HttpResponse(null, {
              status: 429,
              headers: { 'Retry-After': '120', 'Access-Control-Expose-Headers': 'Retry-After' },
            })
          : HttpResponse.json(feedAt(n));
      const a = recorder();
      watch(a.watcher);
      await tick(119_999);
      expect(requests).to.deep.equal([0]);
      expect(a.errors[0].retryInMs).to.equal(120_000);
      await tick(1);
      expect(requests).to.deep.equal([0, 120_000]);
    });

    it('honours Retry-After as an HTTP date on 503, up to an hour', async () => {
      const later = (ms: number) => new Date(Date.now() + ms).toUTCString();
      answer = (n) =>
        n <= 2
          ? new HttpResponse(null, {
              status: 503,
              headers: { 'Retry-After': n === 1 ? later(90_000) : later(24 * 60 * MINUTE) },
            })
          : HttpResponse.json(feedAt(n));
      const a = recorder();
      watch(a.watcher);
      await tick(90_000 + 60 * MINUTE);
      expect(a.errors.map((e) => e.retryInMs)).to.deep.equal([90_000, 60 * MINUTE]);
      expect(requests).to.deep.equal([0, 90_000, 90_000 + 60 * MINUTE]);
    });

    it('ignores Retry-After on other statuses', async () => {
      answer = () => new HttpResponse(null, { status: 500, headers: { 'Retry-After': '600' } });
      const a = recorder();
      watch(a.watcher);
      await tick(5_000);
      expect(requests).to.deep.equal([0, 5_000]);
    });

    it('retries at once when the browser comes back online after a failure', async () => {
      answer = () => HttpResponse.error();
      const a = recorder();
      watch(a.watcher);
      await tick(15_000);
      expect(requests).to.deep.equal([0, 5_000, 15_000]);
      await tick(10_000);
      answer = (n) => HttpResponse.json(feedAt(n));
      window.dispatchEvent(new Event('online'));
      await settled();
      expect(requests).to.deep.equal([0, 5_000, 15_000, 25_000]);
      expect(a.data).to.have.length(1);
      window.dispatchEvent(new Event('online'));
      await settled();
      expect(requests, 'no extra request when healthy').to.have.length(4);
    });

    it('aborts a request that hangs after the timeout and retries', async () => {
      answer = async (n) => {
        if (n > 1) return HttpResponse.json(feedAt(n));
        network.hang();
        return new Promise<Response>(() => {});
      };
      const a = recorder();
      watch(a.watcher);
      await tick(14_999);
      expect(a.errors).to.have.length(0);
      await tick(1);
      expect(a.errors).to.have.length(1);
      expect(a.errors[0].error.name).to.equal('TimeoutError');
      expect(a.errors[0].error.message).to.equal('timed out after 15 s');
      expect(a.errors[0].retryInMs).to.equal(5_000);
      await tick(5_000);
      expect(requests).to.deep.equal([0, 20_000]);
      expect(a.data).to.have.length(1);
    });

    it('aborts a poll whose body stalls after the headers, on the same deadline', async () => {
      answer = (n) => {
        if (n > 1) return HttpResponse.json(feedAt(n));
        network.hang();
        const stalled = new ReadableStream({ start: (stream) => stream.enqueue(new TextEncoder().encode('{"base":')) });
        return new HttpResponse(stalled, { headers: { 'Content-Type': 'application/json' } });
      };
      const a = recorder();
      watch(a.watcher);
      await tick(14_999);
      expect(a.errors).to.have.length(0);
      await tick(1);
      expect(a.errors.map((e) => e.error.name)).to.deep.equal(['TimeoutError']);
      await tick(5_000);
      expect(requests).to.deep.equal([0, 20_000]);
      expect(a.data).to.have.length(1);
    });

    it('reports invalid bodies as failures and keeps the last good data', async () => {
      answer = (n) =>
        n === 1
          ? HttpResponse.json(feedAt(n))
          : n === 2
            ? HttpResponse.html('<!DOCTYPE html><title>502 Bad Gateway</title>')
            : HttpResponse.json({ base: 'USD', rates: { KGS: -1, KZT: 'NaN' } });
      const a = recorder();
      watch(a.watcher);
      await tick(5 * MINUTE + 5_000);
      expect(a.errors.map((e) => e.error.message)).to.have.length(2);
      expect(a.errors[0].error.message).to.match(/not JSON.*<!DOCTYPE html>/);
      expect(a.errors[1].error.name).to.equal('RatesFormatError');
      expect(a.data).to.have.length(1);
    });

    it('tells a subscriber that joins before any success about the failure at once', async () => {
      answer = () => new HttpResponse(null, { status: 500 });
      watch(recorder().watcher);
      await tick(1_000);
      const late = recorder();
      watch(late.watcher);
      await settled();
      expect(late.data).to.have.length(0);
      expect(late.errors.map((e) => e.retryInMs)).to.deep.equal([4_000]);
      expect(requests).to.have.length(1);
    });

    it('gives a subscriber that joins during an outage the last good data and the error', async () => {
      answer = (n) => (n === 1 ? HttpResponse.json(feedAt(n)) : new HttpResponse(null, { status: 500 }));
      watch(recorder().watcher);
      await tick(5 * MINUTE);
      const late = recorder();
      watch(late.watcher);
      await settled();
      expect(late.data).to.have.length(1);
      expect(late.errors).to.have.length(1);
      expect(late.errors[0].retryInMs).to.equal(5_000);
      expect(requests).to.have.length(2);
    });
  });

  describe('waits longer than setTimeout holds (2^31 − 1 ms, about 24.8 days)', () => {
    const DAY = 24 * 60 * MINUTE;

    it("polls at an interval of 40 days, not at once and not at the end of the timer's range", async () => {
      const a = recorder(40 * 24 * 60 * 60);
      watch(a.watcher);
      await settled();
      const timers = sinon.spy(window, 'setTimeout');
      try {
        await clock.tickAsync(MINUTE);
        expect(timers.callCount, 'timers set during an idle minute').to.equal(0);
      } finally {
        timers.restore();
      }
      await tick(40 * DAY - MINUTE - 1);
      expect(requests).to.deep.equal([0]);
      await tick(1);
      expect(requests).to.deep.equal([0, 40 * DAY]);
    });

    it('waits an hour at most for a Retry-After of years', async () => {
      answer = (n) =>
        n === 1
          ? new HttpResponse(null, { status: 429, headers: { 'Retry-After': String(10 * 365 * 24 * 3600) } })
          : HttpResponse.json(feedAt(n));
      const a = recorder();
      watch(a.watcher);
      await tick(60 * MINUTE);
      expect(a.errors.map((e) => e.retryInMs)).to.deep.equal([60 * MINUTE]);
      expect(requests).to.deep.equal([0, 60 * MINUTE]);
      expect(a.data).to.have.length(1);
    });
  });

  describe('cache across visits', () => {
    const key = `fx-ticker:${requestKey(REQUEST)}`;
    const stored: LoadedRates = {
      snapshot: { base: 'USD', asOf: '2025-08-12T00:00:00Z', rates: { KGS: 87.0, KZT: 519.5 } },
      provider: 'feed',
      missing: [],
    };

    it('paints the stored snapshot first, as cache, then the network answer', async () => {
      localStorage.setItem(key, JSON.stringify(stored));
      const a = recorder();
      watch(a.watcher);
      expect(a.data).to.have.length(0);
      await Promise.resolve();
      expect(
        a.data.map((d) => d.origin),
        'before the first poll answers',
      ).to.deep.equal(['cache']);
      expect({ ...a.data[0].rates.snapshot.rates }).to.deep.equal(stored.snapshot.rates);
      await settled();
      expect(a.data.map((d) => d.origin)).to.deep.equal(['cache', 'network']);
      expect(requests).to.have.length(1);
    });

    it('carries the stored rates into the change of a source without previous values', async () => {
      localStorage.setItem(key, JSON.stringify(stored));
      const a = recorder();
      watch(a.watcher);
      await settled();
      const shown = a.data[1].rates.snapshot;
      expect({ ...shown.previous }).to.deep.equal(stored.snapshot.rates);
    });

    it('confirms a stored snapshot the network repeats', async () => {
      localStorage.setItem(key, JSON.stringify({ ...stored, snapshot: SAME_FEED }));
      answer = () => HttpResponse.json(SAME_FEED);
      const a = recorder();
      watch(a.watcher);
      await settled();
      expect(a.data.map((d) => d.origin)).to.deep.equal(['cache', 'network']);
    });

    it('stores the last good answer for the next visit', async () => {
      const a = recorder();
      watch(a.watcher);
      await settled();
      const saved = JSON.parse(localStorage.getItem(key)!);
      expect(saved.snapshot.rates).to.deep.equal(feedAt(1).rates);
      expect(saved.provider).to.equal('feed');
    });

    for (const [what, value] of [
      ['not JSON', '{"snapshot":'],
      ['null', 'null'],
      ['an unknown provider', JSON.stringify({ ...stored, provider: 'evil' })],
      ['no usable rate', JSON.stringify({ ...stored, snapshot: { base: 'USD', rates: { KGS: 0, KZT: -5 } } })],
      ['a lower-case base', JSON.stringify({ ...stored, snapshot: { ...stored.snapshot, base: 'usd' } })],
    ]) {
      it(`ignores a stored value with ${what}`, async () => {
        localStorage.setItem(key, value);
        const a = recorder();
        watch(a.watcher);
        await settled();
        expect(a.data.map((d) => d.origin)).to.deep.equal(['network']);
      });
    }

    it('works when storage itself throws', async () => {
      await withThrowingStorage(async () => {
        const a = recorder();
        watch(a.watcher);
        await settled();
        expect(a.data.map((d) => d.origin)).to.deep.equal(['network']);
      });
    });
  });
});
