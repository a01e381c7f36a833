import { fetchJson, type HttpError } from './fetch-json.js';
import { readInterval } from './options.js';
import { carryPrevious, loadRates } from './providers/index.js';
import type { LoadedRates, ProviderName } from './providers/index.js';
import { readCachedRates, writeCachedRates } from './snapshot-cache.js';

export interface RatesRequest {
  source?: string;
  provider: ProviderName | 'auto';
  base: string;
  symbols: readonly string[];
}

export interface RatesWatcher {
  /** This subscriber's wish; the shared poller uses the shortest among its subscribers. */
  intervalSeconds: number;
  /** `cache` = painted from storage, still stale until a poll confirms it. */
  onData(rates: LoadedRates, origin: 'network' | 'cache'): void;
  /** A poll failed (also when older data is still shown); `retryInMs` is when the next attempt is due. */
  onError(error: Error, retryInMs: number | undefined): void;
}

export interface RatesSubscription {
  /** Polls now, or joins the poll in flight; settles when that poll does; never rejects. */
  refresh(): Promise<void>;
  setInterval(seconds: number): void;
  /** Unsubscribes; the shared poller stops with its last subscriber. */
  close(): void;
}

/**
 * The polling policy. A ticker runs unattended for days on pages we do not control, on a
 * free public API: failures back off exponentially with jitter (so many visitors' retries
 * do not arrive in lockstep) and never poll more often than the interval when healthy.
 * `random` is swappable so tests can make the jitter deterministic.
 */
export const pollingPolicy = {
  /** A poll (all its requests) that takes longer is aborted. */
  timeoutMs: 15_000,
  /** Back-off after the n-th consecutive failure: firstRetryMs · 2^(n−1), capped at the interval and maxRetryMs. */
  firstRetryMs: 5_000,
  maxRetryMs: 15 * 60_000,
  /** Each retry waits 0–20 % less than the back-off step. */
  jitter: 0.2,
  /** A `Retry-After` (429, 503) is honoured up to this; longer (or hostile) values would silence the ticker. */
  maxRetryAfterMs: 60 * 60_000,
  random: Math.random,
};

/** Longest delay `setTimeout` keeps; longer ones fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

interface Subscriber {
  watcher: RatesWatcher;
  intervalSeconds: number;
}

type Subscribe = (watcher: RatesWatcher) => RatesSubscription;
type News = (watcher: RatesWatcher) => void;

/** The running pollers, by request key. */
const pollers = new Map<string, Subscribe>();

/** `source|provider|base|KGS,KZT` (a missing source joins as nothing, the symbols with commas). */
export const requestKey = ({ source, provider, base, symbols }: RatesRequest): string =>
  [source, provider, base, symbols].join('|');

export function backoffMs(failures: number, intervalMs: number): number {
  const step = Math.min(pollingPolicy.firstRetryMs * 2 ** (failures - 1), intervalMs, pollingPolicy.maxRetryMs);
  return Math.round(step * (1 - pollingPolicy.jitter * pollingPolicy.random()));
}

export function watchRates(request: RatesRequest, watcher: RatesWatcher): RatesSubscription {
  const key = requestKey(request);
  return (pollers.get(key) ?? startPoller(key, request))(watcher);
}

/**
 * One shared poller, its whole state in this closure, registered under its key. It polls
 * while it has subscribers and stops (and unregisters) with the last one, leaving no timer,
 * listener or request behind; a poll that ends after the stop finds no one to tell and
 * nothing to schedule.
 */
function startPoller(key: string, request: RatesRequest): Subscribe {
  const subscribers = new Set<Subscriber>();
  const cached = readCachedRates(key);
  let current = cached;
  /** The last data delivered from the network, as JSON. */
  let networkJson: string | undefined;
  /** What subscribers were last told, so that a late one hears it too: the data shown, and the failure since. */
  let dataNews: News | undefined = cached && ((watcher) => watcher.onData(cached, 'cache'));
  let failureNews: News | undefined;
  /** Consecutive failed polls; while there are any, the next poll is due at `retryAt`. */
  let failures = 0;
  let retryAt = 0;
  let lastStart = -Infinity;
  /** The poller's one timer: the next poll's while idle, the running poll's deadline while polling. */
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The running (or last) poll's; aborting it stops that poll's requests, body reads included. */
  let controller = new AbortController();
  let inFlight: Promise<void> | undefined;

  // Each wish is read like the `interval` attribute: nonsense means the default, and there is a floor.
  const intervalMs = (): number => 1000 * Math.min(...[...subscribers].map((s) => readInterval(s.intervalSeconds).value));

  /** One subscriber that throws, or closes others from its callback, must not starve the rest. */
  const tell = (targets: Iterable<Subscriber>, news: News | undefined): void => {
    for (const subscriber of [...targets]) {
      try {
        if (news && subscribers.has(subscriber)) news(subscriber.watcher);
      } catch (thrown) {
        console.error(thrown);
      }
    }
  };

  /** Starts the poll when due, else sets the timer for when it is; nothing runs while hidden. */
  const schedule = (): void => {
    if (inFlight) return;
    clearTimeout(timer);
    if (!subscribers.size || document.visibilityState === 'hidden') return;
    // Healthy: an interval after the last poll started (so a changed interval re-measures from it); failing: at the retry.
    const wait = (failures ? retryAt : lastStart + intervalMs()) - Date.now();
    if (wait > 0) timer = setTimeout(schedule, Math.min(wait, MAX_TIMER_MS));
    else void poll();
  };

  const succeeded = (loaded: LoadedRates): void => {
    const next = { ...loaded, snapshot: carryPrevious(current?.snapshot, loaded.snapshot) };
    const json = JSON.stringify(next);
    // An unchanged answer (typically a 304 the browser turned back into the cached body) is not news,
    // unless it confirms data shown as stale: from the cache, or kept through a failure.
    const isNews = failures || json !== networkJson;
    failures = 0;
    failureNews = undefined;
    if (!isNews) return;
    current = next;
    networkJson = json;
    writeCachedRates(key, next);
    tell(subscribers, (dataNews = (watcher) => watcher.onData(next, 'network')));
  };

  const failed = (reason: unknown): void => {
    const error = reason instanceof Error ? reason : new Error(String(reason));
    const { status, retryAfterMs = 0 } = error as Partial<HttpError>;
    let delay = backoffMs(++failures, intervalMs());
    if (status === 429 || status === 503) delay = Math.max(delay, Math.min(retryAfterMs, pollingPolicy.maxRetryAfterMs));
    retryAt = Date.now() + delay;
    tell(subscribers, (failureNews = (watcher) => watcher.onError(error, Math.max(0, retryAt - Date.now()))));
  };

  // After a stop the controller stays aborted, so a provider's follow-up request is refused, not sent.
  const getJson = (url: string): Promise<unknown> => fetchJson(url, controller.signal);

  /** One poll; never rejects, and whatever happens the poller schedules its next one. */
  const poll = (): Promise<void> => {
    clearTimeout(timer);
    lastStart = Date.now();
    const { signal } = (controller = new AbortController());
    const { timeoutMs } = pollingPolicy;
    const deadline = () => controller.abort(new DOMException(`timed out after ${timeoutMs / 1000} s`, 'TimeoutError'));
    timer = setTimeout(deadline, timeoutMs);
    return (inFlight = loadRates(getJson, { ...request, query: { ...request, now: new Date(lastStart) } })
      .then(succeeded)
      // An aborted request rejects with a generic AbortError; the abort's reason says why it ended.
      .catch((reason) => failed(signal.reason ?? reason))
      .finally(() => {
        inFlight = undefined;
        schedule();
      }));
  };

  // The listeners end with the poller's life. Coming back online makes a retry due at once
  // (a healthy poller does not look at `retryAt`).
  const life = new AbortController();
  const onOnline = (): void => {
    retryAt = 0;
    schedule();
  };
  document.addEventListener('visibilitychange', schedule, { signal: life.signal });
  window.addEventListener('online', onOnline, { signal: life.signal });

  const stop = (): void => {
    clearTimeout(timer);
    life.abort();
    controller.abort();
    pollers.delete(key);
  };

  const subscribe: Subscribe = (watcher) => {
    const subscriber: Subscriber = { watcher, intervalSeconds: watcher.intervalSeconds };
    subscribers.add(subscriber);
    // Told later, never inside `watchRates`, so the caller can finish its own setup first.
    queueMicrotask(() => {
      tell([subscriber], dataNews);
      tell([subscriber], failureNews);
    });
    schedule();
    return {
      async refresh() {
        if (subscribers.has(subscriber)) await (inFlight ?? poll());
      },
      setInterval(seconds) {
        subscriber.intervalSeconds = seconds;
        schedule();
      },
      close() {
        if (!subscribers.delete(subscriber)) return;
        if (subscribers.size) schedule();
        else stop();
      },
    };
  };
  pollers.set(key, subscribe);
  return subscribe;
}
