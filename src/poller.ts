import { fetchJson, type HttpError } from './fetch-json.js';
import { readInterval } from './options.js';
import { carryPrevious, fetchRates, isProviderName, readRates, sourceEntry } from './providers/index.js';
import type { FetchedRates, LoadedRates, ProviderName, SourceEntry } from './providers/index.js';
import { readCachedRates, writeCachedRates } from './snapshot-cache.js';
import { shareAcrossTabs } from './tab-share.js';

export interface RatesRequest {
  source?: string;
  /** Provider names or URLs tried in order, within the same poll, when the source fails. */
  fallback?: readonly string[];
  provider: ProviderName | 'auto';
  /** Each home bank's currency from the bank itself; Frankfurter sources only, ignored for any other. */
  official?: boolean;
  base: string;
  symbols: readonly string[];
}

export interface RatesWatcher {
  /** This subscriber's wish; the shared poller uses the shortest among its subscribers. */
  intervalSeconds: number;
  /** `cache` = painted from storage, still stale until a poll confirms it; `fallback`: a fallback source gave it. */
  onData(rates: LoadedRates, origin: 'network' | 'cache', fallback: boolean): void;
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

/** What a poll got: which source of the chain answered (0: the source itself) and what it answered. */
export interface PollAnswer {
  index: number;
  fetched: FetchedRates;
}

/** What the polling tab sends the others: its answer, or its failure (an Error itself does not cross, so its fields do). */
type TabNews = { answer: PollAnswer } | { error: Pick<HttpError, 'name' | 'message' | 'status' | 'retryAfterMs'> };

/**
 * The polling policy. A ticker runs unattended for days on pages we do not control, on a
 * free public API: failures back off exponentially with jitter (so many visitors' retries
 * do not arrive in lockstep) and never poll more often than the interval when healthy.
 * `random` is swappable so tests can make the jitter deterministic.
 */
export const pollingPolicy = {
  /** A poll of the last (or only) source that takes longer is aborted. */
  timeoutMs: 15_000,
  /** A source with a fallback left that takes longer is given up for the fallback. */
  fallbackAfterMs: 5_000,
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
  base: string;
  symbols: readonly string[];
  /** What this subscriber was last told from the network (source index and rates, as JSON), so a repeat is not news. */
  json?: string;
}

type Subscribe = (watcher: RatesWatcher, request: RatesRequest) => RatesSubscription;
type News = (watcher: RatesWatcher) => void;

/** The running pollers, by source chain. */
const pollers = new Map<string, Subscribe>();

/**
 * The sources a request reads, in order: its source, then each fallback (a provider name is
 * read from that provider's public URL, anything else as a URL), a source already in the
 * chain skipped. A public URL is left to the poll, which asks it for one base for all.
 */
function sourceChain({ source, fallback = [], provider, official }: RatesRequest): SourceEntry[] {
  const first = sourceEntry(source, provider);
  const chain = [official && first.provider === 'frankfurter' ? { ...first, official } : first];
  for (const name of fallback) {
    const entry = isProviderName(name) ? sourceEntry(undefined, name) : sourceEntry(name, 'auto');
    if (!chain.some(({ url, provider }) => url === entry.url && provider === entry.provider)) chain.push(entry);
  }
  return chain;
}

/** Where one source's last data for one base and symbols is stored: each source's apart, so a change % never compares two. */
const storageKey = (
  { provider, url, official }: SourceEntry,
  { base, symbols }: { base: string; symbols: readonly string[] },
): string => [official ? 'official' : provider, url, base, symbols].join('|');

/** The storage key of a request's own source: `provider|url|base|KGS,KZT`. */
export const requestKey = (request: RatesRequest): string => storageKey(sourceChain(request)[0], request);

export function backoffMs(failures: number, intervalMs: number): number {
  const step = Math.min(pollingPolicy.firstRetryMs * 2 ** (failures - 1), intervalMs, pollingPolicy.maxRetryMs);
  return Math.round(step * (1 - pollingPolicy.jitter * pollingPolicy.random()));
}

/**
 * Subscribes to the rates of `request`. Requests with the same sources share one poller and
 * so one request per source per poll, whatever their base and symbols: each reads the shared
 * answer for itself (Frankfurter's request asks for every subscriber's symbols and bases, in
 * the first subscriber's base, and each crosses locally).
 */
/** The key of the poller that serves `request` (also the name of its lock and channel between tabs). */
export const pollerKey = (request: RatesRequest): string => JSON.stringify(sourceChain(request));

export function watchRates(request: RatesRequest, watcher: RatesWatcher): RatesSubscription {
  const chain = sourceChain(request);
  const key = JSON.stringify(chain);
  return (pollers.get(key) ?? startPoller(key, chain))(watcher, request);
}

/**
 * One shared poller, its whole state in this closure, registered under its key. It polls
 * while it has subscribers and stops (and unregisters) with the last one, leaving no timer,
 * listener or request behind; a poll that ends after the stop finds no one to tell and
 * nothing to schedule. A poll tries the chain's sources in order until one gives an answer
 * some subscriber can read; the next poll starts from the first again.
 */
function startPoller(key: string, chain: SourceEntry[]): Subscribe {
  const subscribers = new Set<Subscriber>();
  /** Each source's last data per base and symbols, by storage key (undefined: none stored). */
  const lastData = new Map<string, LoadedRates | undefined>();
  /** The last answer, so that a late subscriber reads it too; and the failure since. */
  let answer: PollAnswer | undefined;
  let failureNews: News | undefined;
  /** Consecutive failed polls; while there are any, the next poll is due at `retryAt`. */
  let failures = 0;
  let retryAt = 0;
  let lastStart = -Infinity;
  /** Codes the last request covered; a subscriber needing another makes a poll due at once. */
  let covered: string[] = [];
  const follow = (value: boolean): void => {
    following = value;
    schedule();
  };
  // Tabs of one site share this poller's polls (see tab-share.ts): it follows until its tab
  // leads, and the leading tab's answers and failures count here as this poller's own.
  const share = shareAcrossTabs<TabNews>(key, {
    lead: () => follow(false),
    follow: () => follow(true),
    hear: (news) => {
      if ('error' in news) return failed(Object.assign(new Error(), news.error));
      // Polled elsewhere just now: this poller's own next poll is an interval away, as after its own.
      lastStart = Date.now();
      try {
        succeeded(news.answer, read(news.answer, subscribers));
      } catch (error) {
        failed(error);
      }
    },
  });
  /** Another tab polls for this one. */
  let following = !!share;
  /** The poller's one timer: the next poll's while idle, the running attempt's deadline while polling. */
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The running (or last) attempt's; aborting it stops that attempt's requests, body reads included. */
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

  const stored = (entry: SourceEntry, subscriber: Subscriber): [string, LoadedRates | undefined] => {
    const key = storageKey(entry, subscriber);
    if (!lastData.has(key)) lastData.set(key, readCachedRates(key));
    return [key, lastData.get(key)];
  };

  /** Starts the poll when due, else sets the timer for when it is; nothing runs while hidden or following. */
  const schedule = (): void => {
    if (inFlight) return;
    clearTimeout(timer);
    if (!subscribers.size || following || document.visibilityState === 'hidden') return;
    // Healthy: an interval after the last poll started (so a changed interval re-measures from it); failing: at the retry.
    const wait = (failures ? retryAt : lastStart + intervalMs()) - Date.now();
    if (wait > 0) timer = setTimeout(schedule, Math.min(wait, MAX_TIMER_MS));
    else void poll();
  };

  /** Reads an answer for each of `targets`; throws when none can, since then the source gave nothing usable. */
  const read = ({ fetched }: PollAnswer, targets: Iterable<Subscriber>): Array<[Subscriber, LoadedRates | Error]> => {
    const reads = [...targets].map((s): [Subscriber, LoadedRates | Error] => {
      try {
        return [s, readRates(fetched, { ...s, now: new Date() })];
      } catch (error) {
        return [s, error as Error];
      }
    });
    const first = reads[0]?.[1];
    if (first instanceof Error && reads.every(([, loaded]) => loaded instanceof Error)) throw first;
    return reads;
  };

  /** Tells each subscriber what the answer means for it; an unchanged answer (typically a 304 the browser turned back into the cached body) is not news. */
  const show = ({ index }: PollAnswer, reads: Array<[Subscriber, LoadedRates | Error]>): void => {
    for (const [subscriber, loaded] of reads) {
      if (loaded instanceof Error) {
        tell([subscriber], (watcher) => watcher.onError(loaded, undefined));
        continue;
      }
      const [key, prior] = stored(chain[index], subscriber);
      let next = { ...loaded, snapshot: carryPrevious(prior?.snapshot, loaded.snapshot) };
      const json = JSON.stringify([index, next]);
      if (json === subscriber.json) continue;
      // Subscribers with the same base and symbols share one object.
      if (json === JSON.stringify([index, prior])) next = prior!;
      subscriber.json = json;
      lastData.set(key, next);
      writeCachedRates(key, next);
      tell([subscriber], (watcher) => watcher.onData(next, 'network', index > 0));
    }
  };

  const succeeded = (polled: PollAnswer, reads: Array<[Subscriber, LoadedRates | Error]>): void => {
    answer = polled;
    failures = 0;
    failureNews = undefined;
    show(polled, reads);
  };

  const failed = (reason: unknown): void => {
    const error = reason instanceof Error ? reason : new Error(String(reason));
    const { status, retryAfterMs = 0 } = error as Partial<HttpError>;
    let delay = backoffMs(++failures, intervalMs());
    if (status === 429 || status === 503) delay = Math.max(delay, Math.min(retryAfterMs, pollingPolicy.maxRetryAfterMs));
    retryAt = Date.now() + delay;
    // Whatever comes next confirms data now shown as stale, so it is news even when unchanged.
    for (const subscriber of subscribers) subscriber.json = undefined;
    tell(subscribers, (failureNews = (watcher) => watcher.onError(error, Math.max(0, retryAt - Date.now()))));
  };

  /** One poll; never rejects, and whatever happens the poller schedules its next one. */
  const poll = (): Promise<void> => {
    lastStart = Date.now();
    const all = [...subscribers];
    // One request for every subscriber: the first one's base, and every symbol and base asked for.
    const query = {
      base: all[0].base,
      symbols: [...new Set(all.flatMap((s) => [s.base, ...s.symbols]))],
      now: new Date(lastStart),
    };
    covered = query.symbols;
    const run = async (): Promise<void> => {
      let error: unknown;
      // After a stop the lifetime signal is aborted, so no further source is asked.
      for (let index = 0; index < chain.length && !life.signal.aborted; index++) {
        // Each source has its own deadline: shorter while a fallback remains, so a hung source does not hold the poll back.
        const { signal } = (controller = new AbortController());
        const ms = index < chain.length - 1 ? pollingPolicy.fallbackAfterMs : pollingPolicy.timeoutMs;
        clearTimeout(timer);
        timer = setTimeout(() => controller.abort(new DOMException(`timed out after ${ms / 1000} s`, 'TimeoutError')), ms);
        try {
          const answer: PollAnswer = {
            index,
            fetched: await fetchRates((url, cache) => fetchJson(url, signal, cache), chain[index], query).catch((reason) => {
              // An aborted request rejects with a generic AbortError; the abort's reason says why it ended.
              throw signal.reason ?? reason;
            }),
          };
          const reads = read(answer, subscribers);
          share?.publish({ answer });
          return succeeded(answer, reads);
        } catch (thrown) {
          error ??= thrown;
        }
      }
      // Stopped meanwhile (its last subscriber gone, its channel closed): there is no one left to tell.
      if (life.signal.aborted) return;
      const { name, message, status, retryAfterMs } = error as HttpError;
      share?.publish({ error: { name, message, status, retryAfterMs } });
      failed(error);
    };
    return (inFlight = run().finally(() => {
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
    share?.close();
  };

  const subscribe: Subscribe = (watcher, { base, symbols }) => {
    const subscriber: Subscriber = { watcher, intervalSeconds: watcher.intervalSeconds, base, symbols };
    subscribers.add(subscriber);
    const isCovered = [base, ...symbols].every((code) => covered.includes(code));
    if (!isCovered) lastStart = -Infinity;
    // Told later, never inside `watchRates`, so the caller can finish its own setup first; the
    // poll starts later too, so that tickers set up in the same task share its request.
    queueMicrotask(() => {
      if (answer && isCovered) {
        tell([subscriber], () => show(answer!, read(answer!, [subscriber])));
      } else if (!subscriber.json) {
        // Unless an answer delivered meanwhile was shown: stored data of the first source that has some, stale until a poll confirms it.
        const index = chain.findIndex((entry) => stored(entry, subscriber)[1]);
        const cached = index < 0 ? undefined : stored(chain[index], subscriber)[1]!;
        tell([subscriber], cached && ((w) => w.onData(cached, 'cache', index > 0)));
      }
      tell([subscriber], failureNews);
      schedule();
    });
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
