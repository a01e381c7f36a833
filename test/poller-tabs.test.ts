import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { LoadedRates } from '../src/providers/index.js';
import { pollerKey, watchRates, type RatesRequest } from '../src/poller.js';
import {
  forgetStored,
  realTurns,
  restoreVisibility,
  setVisibility,
  startNetwork,
  useHandlers,
  waitFor,
} from './helpers/network.js';

const SOURCE = 'https://rates.test/tabs.json';
const REQUEST: RatesRequest = { source: SOURCE, provider: 'feed', base: 'USD', symbols: ['KGS'] };
const FEED = { base: 'USD', asOf: '2025-08-13', rates: { KGS: 87.45, KZT: 520.1 } };
const NAME = `fx-ticker:${pollerKey(REQUEST)}`;

/**
 * A poller as one tab of several: the test plays the other tab, through the same Web Lock and
 * BroadcastChannel the pollers use (tab-share.ts): holding the lock makes it the polling tab,
 * and what it posts is what a polling tab sends.
 */
describe('a poller among the tabs of one site', () => {
  let requests: number;
  /** Calls of fetch on the page, counted as they are made (msw sees them only a few turns later). */
  let fetches: number;
  let channel: BroadcastChannel;
  let sent: unknown[];
  let release: () => void;
  const realFetch = globalThis.fetch;

  /** The test's tab takes the lock first, so the poller's tab follows. */
  const lead = async (): Promise<void> => {
    let held: () => void = () => {};
    const granted = new Promise<void>((resolve) => (held = resolve));
    void navigator.locks.request(NAME, () => {
      held();
      return new Promise<void>((resolve) => (release = resolve));
    });
    await granted;
  };
  let id = 0;
  const post = (news: unknown) => channel.postMessage({ news, id: ++id });

  before(() => startNetwork());
  beforeEach(() => {
    forgetStored(SOURCE);
    setVisibility('visible', false);
    [requests, fetches, sent, release] = [0, 0, [], () => {}];
    channel = new BroadcastChannel(NAME);
    channel.onmessage = ({ data }: MessageEvent<{ news?: unknown }>) => {
      if (data.news) sent.push(data.news);
    };
    globalThis.fetch = (...args) => {
      fetches++;
      return realFetch(...args);
    };
    useHandlers(
      http.get(SOURCE, () => {
        requests++;
        return HttpResponse.json(FEED);
      }),
    );
  });
  afterEach(() => {
    release();
    channel.close();
    globalThis.fetch = realFetch;
    restoreVisibility();
    forgetStored(SOURCE);
  });

  const watch = () => {
    const data: Array<{ rates: LoadedRates; origin: string }> = [];
    const errors: Error[] = [];
    const subscription = watchRates(REQUEST, {
      intervalSeconds: 300,
      onData: (rates, origin) => data.push({ rates, origin }),
      onError: (error) => errors.push(error),
    });
    return { data, errors, subscription };
  };

  it("sends nothing while another tab polls, and shows that tab's answers and failures as its own", async () => {
    await lead();
    const { data, errors, subscription } = watch();
    await realTurns(50);
    expect(fetches, 'no request while another tab polls').to.equal(0);

    post({ answer: { index: 0, fetched: { provider: 'feed', body: FEED } } });
    await waitFor(() => data.length === 1, 'the answer from the other tab');
    expect(data.map(({ origin, rates }) => [origin, rates.snapshot.rates.KGS])).to.deep.equal([['network', 87.45]]);
    post({ error: { name: 'Error', message: 'the polling tab failed', status: 503 } });
    await waitFor(() => errors.length === 1, 'the failure from the other tab');
    expect(errors.map((error) => [error.message, (error as Error & { status?: number }).status])).to.deep.equal([
      ['the polling tab failed', 503],
    ]);

    release();
    await realTurns(50);
    expect(fetches, 'leading now, its retry after the failure it heard is not due yet').to.equal(0);
    await subscription.refresh();
    expect(requests).to.equal(1);
    await waitFor(() => sent.length === 1, 'its own answer sent to the other tabs');
    expect((sent[0] as { answer: { fetched: { body: unknown } } }).answer.fetched.body).to.deep.equal(FEED);
    subscription.close();
    // Closed, it lets go of the lock, so another tab can lead.
    let held = [NAME];
    for (let tries = 0; tries < 50 && held.includes(NAME); tries++)
      held = ((await navigator.locks.query()).held ?? []).map((lock) => lock.name!);
    expect(held).not.to.include(NAME);
  });

  it('closed while its poll hangs, sends the other tabs nothing and leaves no error behind', async () => {
    // The answer comes only after the close, so nothing is left pending for the next test.
    let answer: () => void = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    let asked = false;
    useHandlers(
      http.get(SOURCE, () => {
        asked = true;
        return answered.then(() => HttpResponse.json(FEED));
      }),
    );
    const unhandled: unknown[] = [];
    const onUnhandled = (event: PromiseRejectionEvent) => {
      unhandled.push(event.reason);
      event.preventDefault();
    };
    window.addEventListener('unhandledrejection', onUnhandled);
    try {
      const { subscription } = watch();
      // Until the mock has the request: one still on its way would reach the next test's handler.
      await waitFor(() => asked, 'its poll');
      subscription.close();
      await realTurns(50);
      expect(sent, 'nothing posted to the other tabs').to.deep.equal([]);
      expect(unhandled.map(String)).to.deep.equal([]);
    } finally {
      answer();
      await realTurns(20);
      window.removeEventListener('unhandledrejection', onUnhandled);
    }
  });

  it('polls at once when its tab comes to lead before any answer was heard', async () => {
    await lead();
    const { data, subscription } = watch();
    await realTurns(50);
    expect(fetches).to.equal(0);
    release();
    await waitFor(() => data.length === 1, 'its own poll');
    expect(requests).to.equal(1);
    subscription.close();
  });

  it('comes to lead an interval after the last answer it heard, not at once', async () => {
    await lead();
    const { data, subscription } = watch();
    post({ answer: { index: 0, fetched: { provider: 'feed', body: FEED } } });
    await waitFor(() => data.length === 1, 'the answer from the other tab');
    release();
    await realTurns(50);
    expect(fetches).to.equal(0);
    subscription.close();
  });

  it('sends its own failed poll to the other tabs, with its status', async () => {
    useHandlers(http.get(SOURCE, () => new HttpResponse(null, { status: 500 })));
    const { errors, subscription } = watch();
    await waitFor(() => sent.length === 1, 'the failure sent to the other tabs');
    const { error } = sent[0] as { error: { message: string; status: number } };
    expect(error.message).to.contain('HTTP 500');
    expect(error.status).to.equal(500);
    expect(errors).to.have.length(1);
    subscription.close();
  });
});
