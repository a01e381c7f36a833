import type { LoadedRates, ProviderName } from './providers/index.js';
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
export declare const pollingPolicy: {
    /** A poll (all its requests) that takes longer is aborted. */
    timeoutMs: number;
    /** Back-off after the n-th consecutive failure: firstRetryMs · 2^(n−1), capped at the interval and maxRetryMs. */
    firstRetryMs: number;
    maxRetryMs: number;
    /** Each retry waits 0–20 % less than the back-off step. */
    jitter: number;
    /** A `Retry-After` (429, 503) is honoured up to this; longer (or hostile) values would silence the ticker. */
    maxRetryAfterMs: number;
    random: () => number;
};
/** `source|provider|base|KGS,KZT` (a missing source joins as nothing, the symbols with commas). */
export declare const requestKey: ({ source, provider, base, symbols }: RatesRequest) => string;
export declare function backoffMs(failures: number, intervalMs: number): number;
export declare function watchRates(request: RatesRequest, watcher: RatesWatcher): RatesSubscription;
