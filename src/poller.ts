import { fetchJson } from './fetch-json.js';
import { MIN_INTERVAL_SECONDS } from './options.js';
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
  defaultIntervalSeconds: 300,
  timeoutMs: 15_000,
  maxBytes: 1_000_000,
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

interface Poller {
  add(entry: Entry): void;
  remove(entry: Entry): void;
  retime(): void;
  refresh(): Promise<void>;
}

interface Entry {
  watcher: RatesWatcher;
  intervalSeconds: number;
}

const pollers = new Map<string, Poller>();

export const requestKey = ({ source, provider, base, symbols }: RatesRequest): string =>
  [source ?? '', provider, base, symbols.join(',')].join('|');

export function backoffMs(failures: number, intervalMs: number): number {
  const ceiling = Math.min(intervalMs, pollingPolicy.maxRetryMs);
  const step = Math.min(pollingPolicy.firstRetryMs * 2 ** (failures - 1), ceiling);
  return Math.round(step * (1 - pollingPolicy.jitter * pollingPolicy.random()));
}

export function watchRates(request: RatesRequest, watcher: RatesWatcher): RatesSubscription {
  const key = requestKey(request);
  let poller = pollers.get(key);
  if (!poller) pollers.set(key, (poller = createPoller(key, request)));
  const entry: Entry = { watcher, intervalSeconds: watcher.intervalSeconds };
  const shared = poller;
  let open = true;
  shared.add(entry);
  return {
    refresh: () => (open ? shared.refresh() : Promise.resolve()),
    setInterval(seconds) {
      entry.intervalSeconds = seconds;
      if (open) shared.retime();
    },
    close() {
      if (open) shared.remove(entry);
      open = false;
    },
  };
}

function createPoller(key: string, request: RatesRequest): Poller {
  const entries = new Set<Entry>();
  let current = readCachedRates(key);
  let origin: 'network' | 'cache' = 'cache';
  let error: Error | undefined;
  let failures = 0;
  let lastStart: number | undefined;
  let nextAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | undefined;
  let inFlight: Promise<void> | undefined;

  const intervalMs = (): number => {
    let seconds = Infinity;
    for (const { intervalSeconds } of entries) if (intervalSeconds > 0) seconds = Math.min(seconds, intervalSeconds);
    return Math.max(MIN_INTERVAL_SECONDS, seconds < Infinity ? seconds : pollingPolicy.defaultIntervalSeconds) * 1000;
  };

  /** One subscriber that throws, or closes others from its callback, must not starve the rest. */
  const tell = (entry: Entry, call: (watcher: RatesWatcher) => void): void => {
    if (!entries.has(entry)) return;
    try {
      call(entry.watcher);
    } catch (thrown) {
      console.error(thrown);
    }
  };
  const tellAll = (call: (watcher: RatesWatcher) => void): void => {
    for (const entry of [...entries]) tell(entry, call);
  };

  /** Starts the poll when due, else sets one timer for when it is; nothing runs while hidden. */
  const schedule = (): void => {
    clearTimeout(timer);
    timer = undefined;
    if (inFlight || entries.size === 0 || document.visibilityState === 'hidden') return;
    const wait = nextAt - Date.now();
    if (wait <= 0) void poll();
    else timer = setTimeout(schedule, Math.min(wait, MAX_TIMER_MS));
  };

  const succeeded = (loaded: LoadedRates, startedAt: number): void => {
    const next = { ...loaded, snapshot: carryPrevious(current?.snapshot, loaded.snapshot) };
    const confirmed = origin === 'network' && !error;
    failures = 0;
    error = undefined;
    lastStart = startedAt;
    nextAt = startedAt + intervalMs();
    // An unchanged answer (typically a 304 the browser turned back into the cached body) is not news.
    if (confirmed && JSON.stringify(next) === JSON.stringify(current)) return;
    current = next;
    origin = 'network';
    writeCachedRates(key, next);
    tellAll((watcher) => watcher.onData(next, 'network'));
  };

  const failed = (reason: unknown): void => {
    const failure = reason instanceof Error ? reason : new Error(String(reason));
    const { status, retryAfterMs } = failure as { status?: number; retryAfterMs?: number };
    let delay = backoffMs(++failures, intervalMs());
    if ((status === 429 || status === 503) && retryAfterMs !== undefined) {
      delay = Math.max(delay, Math.min(retryAfterMs, pollingPolicy.maxRetryAfterMs));
    }
    error = failure;
    nextAt = Date.now() + delay;
    tellAll((watcher) => watcher.onError(failure, delay));
  };

  // One function for the poller's life: providers remember dated (immutable) answers per `getJson`.
  // After a stop there is no controller, so a provider's follow-up request is refused, not sent unabortable.
  const getJson = (url: string): Promise<unknown> =>
    controller
      ? fetchJson(url, { signal: controller.signal, timeoutMs: pollingPolicy.timeoutMs, maxBytes: pollingPolicy.maxBytes })
      : Promise.reject(new DOMException('The rates poller stopped', 'AbortError'));

  const poll = (): Promise<void> => (inFlight = run());

  /** One poll; never rejects, and whatever happens the poller schedules its next one. */
  async function run(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    controller?.abort();
    const mine = (controller = new AbortController());
    const startedAt = Date.now();
    const query = { base: request.base, symbols: request.symbols, now: new Date(startedAt) };
    try {
      const loaded = await loadRates(getJson, { source: request.source, provider: request.provider, query });
      if (controller === mine) succeeded(loaded, startedAt);
    } catch (reason) {
      // A poll the poller gave up on (it stopped) ends silently.
      if (controller === mine) failed(reason);
    } finally {
      if (controller === mine) {
        controller = inFlight = undefined;
        schedule();
      }
    }
  }

  const onVisibility = (): void => schedule();
  const onOnline = (): void => {
    if (!error) return;
    nextAt = 0;
    schedule();
  };
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('online', onOnline);

  const poller: Poller = {
    add(entry) {
      entries.add(entry);
      // Delivered later, never inside `watchRates`, so the caller can finish its own setup first.
      queueMicrotask(() => {
        const [rates, failure] = [current, error];
        if (rates) tell(entry, (watcher) => watcher.onData(rates, origin));
        if (failure) tell(entry, (watcher) => watcher.onError(failure, Math.max(0, nextAt - Date.now())));
      });
      poller.retime();
    },
    remove(entry) {
      entries.delete(entry);
      if (entries.size > 0) return poller.retime();
      clearTimeout(timer);
      controller?.abort();
      controller = inFlight = timer = undefined;
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('online', onOnline);
      if (pollers.get(key) === poller) pollers.delete(key);
    },
    /** The interval changed: a healthy poller re-measures from its last poll; a failing one keeps its retry time. */
    retime() {
      if (!error) nextAt = (lastStart ?? -Infinity) + intervalMs();
      schedule();
    },
    refresh: () => inFlight ?? poll(),
  };
  return poller;
}
