export interface FetchJsonOptions {
    /** Aborts the request from outside (the poller stopping, or starting a newer poll). */
    signal?: AbortSignal;
    timeoutMs?: number;
    /** The body is never read past this many bytes. */
    maxBytes?: number;
}
/** A non-2xx answer, with what the poller needs to honour the server's wishes. */
export declare class HttpError extends Error {
    readonly status: number;
    /** Parsed `Retry-After`, in ms from now; only readable cross-origin when the server exposes it. */
    readonly retryAfterMs: number | undefined;
    name: string;
    constructor(status: number, 
    /** Parsed `Retry-After`, in ms from now; only readable cross-origin when the server exposes it. */
    retryAfterMs: number | undefined, url: string);
}
/** `Retry-After` is either delay-seconds or an HTTP date; anything else is ignored. */
export declare function parseRetryAfter(value: string | null): number | undefined;
/**
 * GETs JSON from a public, keyless API. Credentials are omitted (nothing of the host page's
 * session leaks to a third party) and the default cache mode lets the browser revalidate
 * with ETag / Last-Modified, so an unchanged source costs a 304.
 */
export declare function fetchJson(url: string, { signal, timeoutMs, maxBytes }?: FetchJsonOptions): Promise<unknown>;
