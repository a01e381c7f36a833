/** A body is never read past this many bytes. */
export declare const MAX_JSON_BYTES = 1000000;
/**
 * The error of a non-2xx answer, with what the poller needs to honour the server's wishes:
 * `retryAfterMs` is the parsed `Retry-After`, only readable cross-origin when the server exposes it.
 */
export type HttpError = Error & {
    status: number;
    retryAfterMs: number | undefined;
};
/** `Retry-After` is either delay-seconds or an HTTP date; anything else is ignored. */
export declare function parseRetryAfter(value: string | null): number | undefined;
/**
 * GETs JSON from a public, keyless API. Credentials are omitted (nothing of the host page's
 * session leaks to a third party). `cache` is the provider's choice (see each adapter): the
 * default mode keeps a site's own `Cache-Control`. `signal` aborts the request, the body read included.
 */
export declare function fetchJson(url: string, signal?: AbortSignal, cache?: RequestCache): Promise<unknown>;
