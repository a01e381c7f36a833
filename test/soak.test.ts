import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import sinon from 'sinon';
import { readInterval } from '../src/options.js';
import { pollingPolicy, watchRates, type RatesRequest, type RatesWatcher } from '../src/poller.js';
import type { LoadedRates } from '../src/providers/index.js';
import { toSnapshot } from '../src/snapshot.js';
import {
  advance,
  forgetStored,
  restoreVisibility,
  setVisibility,
  startNetwork,
  trackFetches,
  useHandlers,
  pollInThisTabOnly,
} from './helpers/network.js';

/**
 * A day of unattended polling at the default interval, with the failures a public API and a
 * laptop's network really produce. The number of requests is predicted from the schedule and
 * the stated policy by a separate model below, and must match exactly, request by request.
 */
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const START = Date.parse('2025-08-13T00:00:00Z');
const SOURCE = 'https://rates.test/soak.json';
const REQUEST: RatesRequest = { source: SOURCE, provider: 'feed', base: 'USD', symbols: ['KGS', 'KZT'] };

/** The policy as the issue states it; the test first checks the module agrees. */
const POLICY = {
  intervalMs: 300 * SECOND,
  timeoutMs: 15 * SECOND,
  firstRetryMs: 5 * SECOND,
  maxRetryMs: 15 * MINUTE,
  jitter: 0.2,
  maxRetryAfterMs: HOUR,
};

type FaultKind = 'timeout' | 'http-500' | 'http-429' | 'malformed' | 'offline' | 'http-503' | 'bad-rates';
const RETRY_AFTER_429_S = 600;
const RETRY_AFTER_503_MS = 15 * MINUTE;

const FAULTS: Array<{ from: number; to: number; kind: FaultKind }> = [
  { from: 1 * HOUR + 2 * MINUTE, to: 1 * HOUR + 40 * MINUTE, kind: 'http-500' },
  { from: 4 * HOUR, to: 4 * HOUR + 12 * MINUTE, kind: 'timeout' },
  { from: 7 * HOUR, to: 7 * HOUR + 20 * MINUTE, kind: 'http-429' },
  { from: 10 * HOUR, to: 10 * HOUR + 45 * MINUTE, kind: 'malformed' },
  { from: 13 * HOUR, to: 15 * HOUR, kind: 'offline' },
  { from: 18 * HOUR, to: 18 * HOUR + 30 * MINUTE, kind: 'http-503' },
  { from: 21 * HOUR, to: 21 * HOUR + 5 * MINUTE, kind: 'bad-rates' },
];

type PageEvent = 'offline' | 'online' | 'hidden' | 'visible' | 'second subscriber';
const EVENTS: Array<{ at: number; type: PageEvent }> = [
  { at: 13 * HOUR, type: 'offline' },
  { at: 13 * HOUR + 30 * MINUTE, type: 'second subscriber' },
  { at: 15 * HOUR, type: 'online' },
  { at: 22 * HOUR, type: 'hidden' },
  { at: 22 * HOUR + 50 * MINUTE, type: 'visible' },
];

const faultAt = (t: number): FaultKind | undefined => FAULTS.find((f) => t >= f.from && t < f.to)?.kind;

/** Deterministic jitter: the poller and the model each get their own copy of the same sequence. */
function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const SEED = 20250813;

/** An HTTP date has whole seconds, so the delay it gives is what is left to that second. */
const httpDateDelay = (t: number): number => Math.floor((START + t + RETRY_AFTER_503_MS) / 1000) * 1000 - (START + t);

/** The requests the policy allows over the day: times relative to START. */
function allowedRequests(): number[] {
  const random = seededRandom(SEED);
  const times: number[] = [];
  const events = EVENTS.filter((e) => e.type === 'online' || e.type === 'hidden' || e.type === 'visible');
  let next = 0;
  let failures = 0;
  let hidden = false;
  for (let e = 0; ;) {
    const pollAt = hidden ? Infinity : next;
    const event = events[e];
    if (event && event.at < pollAt) {
      e++;
      if (event.type === 'hidden') hidden = true;
      // Back on screen: at once if due, else when due.
      if (event.type === 'visible') ((hidden = false), (next = Math.max(next, event.at)));
      // Back online after a failure: at once.
      if (event.type === 'online' && failures > 0) next = event.at;
      continue;
    }
    if (pollAt >= DAY) return times;
    times.push(pollAt);
    const fault = faultAt(pollAt);
    if (!fault) {
      failures = 0;
      next = pollAt + POLICY.intervalMs;
      continue;
    }
    failures++;
    const failedAt = pollAt + (fault === 'timeout' ? POLICY.timeoutMs : 0);
    if (events[e] && events[e].at < failedAt) throw new Error('the schedule puts a page event inside a request');
    const step = Math.min(POLICY.firstRetryMs * 2 ** (failures - 1), POLICY.intervalMs, POLICY.maxRetryMs);
    let delay = Math.round(step * (1 - POLICY.jitter * random()));
    if (fault === 'http-429') delay = Math.max(delay, Math.min(RETRY_AFTER_429_S * SECOND, POLICY.maxRetryAfterMs));
    if (fault === 'http-503') delay = Math.max(delay, Math.min(httpDateDelay(failedAt), POLICY.maxRetryAfterMs));
    next = failedAt + delay;
  }
}

function respond(kind: FaultKind | undefined, n: number, hang: () => void): Response | Promise<Response> {
  switch (kind) {
    case 'timeout':
      hang();
      return new Promise<Response>(() => {});
    case 'http-500':
      return new HttpResponse('Internal Server Error', { status: 500 });
    case 'http-429':
      return new HttpResponse(null, { status: 429, headers: { 'Retry-After': String(RETRY_AFTER_429_S) } });
    case 'malformed':
      return HttpResponse.html('<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>');
    case 'offline':
      return HttpResponse.error();
    case 'http-503':
      return new HttpResponse('maintenance', {
        status: 503,
        headers: { 'Retry-After': new Date(Date.now() + RETRY_AFTER_503_MS).toUTCString() },
      });
    case 'bad-rates':
      return HttpResponse.json({ base: 'USD', rates: { KGS: 'n/a', KZT: -1 } });
    default:
      return HttpResponse.json({
        base: 'USD',
        asOf: new Date(Date.now()).toISOString(),
        rates: { KGS: 87 + (n % 7) / 100, KZT: 520 + (n % 5) / 10 },
      });
  }
}

/** A subscriber that checks, at every failure, that it still has good data to show. */
function subscriber() {
  const seen = { data: 0, errors: 0, errorsWithoutData: 0, invalidData: 0, last: undefined as LoadedRates | undefined };
  const watcher: RatesWatcher = {
    intervalSeconds: 300,
    onData(rates) {
      seen.data++;
      try {
        toSnapshot(rates.snapshot);
      } catch {
        seen.invalidData++;
      }
      seen.last = rates;
    },
    onError(_error, retryInMs) {
      seen.errors++;
      if (!seen.last || typeof retryInMs !== 'number') seen.errorsWithoutData++;
    },
  };
  return { seen, watcher };
}

describe('a day of polling (soak)', () => {
  pollInThisTabOnly();
  before(() => startNetwork());

  it('makes exactly the requests the policy allows, keeps data on screen, and leaves nothing running', async function () {
    this.timeout(120_000);
    // The default interval is the `interval` attribute's, which the poller applies to a wish that is not a valid one.
    for (const [name, value] of Object.entries(POLICY)) {
      const actual =
        name === 'intervalMs' ? readInterval(undefined).value * 1000 : pollingPolicy[name as keyof typeof pollingPolicy];
      expect(actual, name).to.equal(value);
    }

    const requests: number[] = [];
    const faults: Partial<Record<FaultKind, number>> = {};
    const network = trackFetches();
    useHandlers(
      http.get(SOURCE, () => {
        const t = Date.now() - START;
        requests.push(t);
        const kind = faultAt(t);
        if (kind) faults[kind] = (faults[kind] ?? 0) + 1;
        return respond(kind, requests.length, network.hang);
      }),
    );
    const random = pollingPolicy.random;
    pollingPolicy.random = seededRandom(SEED);
    forgetStored(SOURCE);
    setVisibility('visible', false);
    const clock = sinon.useFakeTimers({
      now: START,
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    });
    const settled = () => network.settled();
    const elapsed = () => clock.now - START;
    const first = subscriber();
    const second = subscriber();
    const subscriptions = [watchRates(REQUEST, first.watcher)];
    let secondJoin = { requestsBefore: 0, requestsAfter: 0, data: 0, errors: 0 };
    let timersAfterClose = -1;
    try {
      for (const event of EVENTS) {
        await advance(clock, event.at - elapsed(), settled);
        if (event.type === 'offline' || event.type === 'online') window.dispatchEvent(new Event(event.type));
        if (event.type === 'hidden' || event.type === 'visible') setVisibility(event.type);
        if (event.type === 'second subscriber') {
          const before = requests.length;
          subscriptions.push(watchRates(REQUEST, second.watcher));
          await settled();
          secondJoin = {
            requestsBefore: before,
            requestsAfter: requests.length,
            data: second.seen.data,
            errors: second.seen.errors,
          };
        }
      }
      await advance(clock, DAY - 1 - elapsed(), settled);
      for (const subscription of subscriptions) subscription.close();
      timersAfterClose = clock.countTimers();
      await settled();
    } finally {
      clock.restore();
      network.restore();
      pollingPolicy.random = random;
      restoreVisibility();
      forgetStored(SOURCE);
    }

    const allowed = allowedRequests();
    const injected = Object.values(faults).reduce((sum, n) => sum + n, 0);
    console.log(
      [
        `soak: ${DAY / HOUR} simulated hours at a ${POLICY.intervalMs / SECOND} s interval`,
        `soak: requests made ${requests.length}, allowed by the policy ${allowed.length}`,
        `soak: faults injected ${injected}: ${Object.entries(faults)
          .map(([kind, n]) => `${kind} ${n}`)
          .join(', ')}`,
        `soak: deliveries ${first.seen.data} data, ${first.seen.errors} errors; timers after close ${timersAfterClose}`,
      ].join('\n'),
    );

    expect(requests.length).to.equal(allowed.length);
    expect(requests).to.deep.equal(allowed);
    for (const fault of FAULTS) expect(faults[fault.kind], fault.kind).to.be.greaterThan(0);
    expect(timersAfterClose).to.equal(0);

    // Every failure after the first success found good data still on screen, and nothing bad got through.
    expect(first.seen.data).to.be.greaterThan(0);
    expect(first.seen.errorsWithoutData).to.equal(0);
    expect(first.seen.invalidData).to.equal(0);
    expect(first.seen.errors).to.equal(injected);
    expect(first.seen.data).to.equal(requests.length - injected);
    // Joining in the middle of the outage: the last good data and the error at once, no request.
    expect(secondJoin).to.deep.equal({
      requestsBefore: secondJoin.requestsBefore,
      requestsAfter: secondJoin.requestsBefore,
      data: 1,
      errors: 1,
    });
    expect(second.seen.errorsWithoutData).to.equal(0);

    // Never a storm, and nothing while hidden: only the `online` retry may follow a failure closely.
    const onlineAt = EVENTS.find((e) => e.type === 'online')!.at;
    const gaps = requests
      .slice(1)
      .map((t, i) => ({ t, gap: t - requests[i] }))
      .filter(({ t }) => t !== onlineAt);
    expect(Math.min(...gaps.map(({ gap }) => gap))).to.be.at.least(POLICY.firstRetryMs * (1 - POLICY.jitter));
    const hiddenFrom = EVENTS.find((e) => e.type === 'hidden')!.at;
    const hiddenTo = EVENTS.find((e) => e.type === 'visible')!.at;
    expect(requests.filter((t) => t >= hiddenFrom && t < hiddenTo)).to.deep.equal([]);
  });
});
