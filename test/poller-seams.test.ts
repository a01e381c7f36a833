import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { LoadedRates } from '../src/providers/index.js';
import { pollerHooks, watchRates, type PollAnswer, type SharedPoller } from '../src/poller.js';
import { forgetStored, realTurns, restoreVisibility, setVisibility, startNetwork, useHandlers, waitFor } from './helpers/network.js';

const SOURCE = 'https://rates.test/seams.json';
const FEED = { base: 'USD', asOf: '2025-08-13', rates: { KGS: 87.45, KZT: 520.1 } };

/** The seams code sharing polls between tabs uses: a poller that follows, and answers delivered from elsewhere. */
describe('poller seams for sharing polls between tabs', () => {
  let started: SharedPoller[];
  let outcomes: Array<{ answer: PollAnswer } | { error: Error }>;
  let stopped: string[];
  let requests: number;
  /** Calls of fetch on the page, counted as they are made (msw sees them only a few turns later). */
  let fetches: number;
  const realFetch = globalThis.fetch;

  before(() => startNetwork());
  beforeEach(() => {
    forgetStored(SOURCE);
    setVisibility('visible', false);
    [started, outcomes, stopped, requests, fetches] = [[], [], [], 0, 0];
    globalThis.fetch = (...args) => {
      fetches++;
      return realFetch(...args);
    };
    pollerHooks.started = (poller) => started.push(poller);
    pollerHooks.polled = (_key, outcome) => outcomes.push(outcome);
    pollerHooks.stopped = (key) => stopped.push(key);
    useHandlers(
      http.get(SOURCE, () => {
        requests++;
        return HttpResponse.json(FEED);
      }),
    );
  });
  afterEach(() => {
    globalThis.fetch = realFetch;
    delete pollerHooks.started;
    delete pollerHooks.polled;
    delete pollerHooks.stopped;
    restoreVisibility();
    forgetStored(SOURCE);
  });

  const watch = () => {
    const data: Array<{ rates: LoadedRates; origin: string }> = [];
    const errors: Error[] = [];
    const subscription = watchRates(
      { source: SOURCE, provider: 'feed', base: 'USD', symbols: ['KGS'] },
      { intervalSeconds: 300, onData: (rates, origin) => data.push({ rates, origin }), onError: (error) => errors.push(error) },
    );
    return { data, errors, subscription };
  };

  it('a following poller sends nothing, and shows what is delivered as if it had polled', async () => {
    const { data, errors, subscription } = watch();
    expect(started).to.have.length(1);
    started[0]!.follow(true);
    await realTurns();
    expect(fetches, 'no request while following').to.equal(0);

    started[0]!.deliverAnswer({ index: 0, fetched: { provider: 'feed', body: FEED } });
    expect(data.map(({ origin, rates }) => [origin, rates.snapshot.rates.KGS])).to.deep.equal([['network', 87.45]]);
    started[0]!.deliverFailure(new Error('the leading tab failed'));
    expect(errors.map((error) => error.message)).to.deep.equal(['the leading tab failed']);
    expect(outcomes, 'delivered outcomes are not reported as its own').to.deep.equal([]);

    started[0]!.follow(false);
    await realTurns();
    expect(fetches, 'the retry after the delivered failure is not due yet').to.equal(0);
    await subscription.refresh();
    expect(requests).to.equal(1);
    expect((outcomes[0] as { answer: PollAnswer }).answer.fetched.body).to.deep.equal(FEED);
    subscription.close();
    expect(stopped).to.deep.equal([started[0]!.key]);
  });

  it('polls at once when it stops following before anything was delivered', async () => {
    const { data, subscription } = watch();
    started[0]!.follow(true);
    await realTurns();
    started[0]!.follow(false);
    await waitFor(() => data.length === 1, 'its own poll');
    expect(requests).to.equal(1);
    expect(outcomes).to.have.length(1);
    subscription.close();
  });

  it('takes over an interval after the last answer delivered, not at once', async () => {
    const { data, subscription } = watch();
    started[0]!.follow(true);
    started[0]!.deliverAnswer({ index: 0, fetched: { provider: 'feed', body: FEED } });
    started[0]!.follow(false);
    await realTurns();
    expect(data).to.have.length(1);
    expect(fetches).to.equal(0);
    subscription.close();
  });

  it('reports its own failed poll as an outcome', async () => {
    useHandlers(http.get(SOURCE, () => new HttpResponse(null, { status: 500 })));
    const { errors, subscription } = watch();
    await waitFor(() => outcomes.length === 1, 'the failed poll');
    expect((outcomes[0] as { error: Error }).error.message).to.contain('HTTP 500');
    expect(errors).to.have.length(1);
    subscription.close();
  });
});
