import type { FetchedRates, LoadedRates, ProviderName } from './providers/index.js';
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
/**
 * The polling policy. A ticker runs unattended for days on pages we do not control, on a
 * free public API: failures back off exponentially with jitter (so many visitors' retries
 * do not arrive in lockstep) and never poll more often than the interval when healthy.
 * `random` is swappable so tests can make the jitter deterministic.
 */
export declare const pollingPolicy: {
    /** A poll of the last (or only) source that takes longer is aborted. */
    timeoutMs: number;
    /** A source with a fallback left that takes longer is given up for the fallback. */
    fallbackAfterMs: number;
    /** Back-off after the n-th consecutive failure: firstRetryMs · 2^(n−1), capped at the interval and maxRetryMs. */
    firstRetryMs: number;
    maxRetryMs: number;
    /** Each retry waits 0–20 % less than the back-off step. */
    jitter: number;
    /** A `Retry-After` (429, 503) is honoured up to this; longer (or hostile) values would silence the ticker. */
    maxRetryAfterMs: number;
    random: () => number;
};
/** The storage key of a request's own source: `provider|url|base|KGS,KZT`. */
export declare const requestKey: (request: RatesRequest) => string;
export declare function backoffMs(failures: number, intervalMs: number): number;
/**
 * Subscribes to the rates of `request`. Requests with the same sources share one poller and
 * so one request per source per poll, whatever their base and symbols: each reads the shared
 * answer for itself (Frankfurter's request asks for every subscriber's symbols and bases, in
 * the first subscriber's base, and each crosses locally).
 */
/** The key of the poller that serves `request` (also the name of its lock and channel between tabs). */
export declare const pollerKey: (request: RatesRequest) => string;
export declare function watchRates(request: RatesRequest, watcher: RatesWatcher): RatesSubscription;
