import type { RatesSnapshot } from '../snapshot.js';
export type ProviderName = 'feed' | 'frankfurter' | 'currency-api' | 'er-api' | 'cbr' | 'cbu';
/**
 * What the caller wants: `symbols` quoted as units per 1 `base`, in that order; `now` anchors
 * date ranges. The base and the symbols are upper-case ISO 4217 codes, without repeats (the
 * element's `base` and `symbols` readers and the command's option checks make them so); a
 * symbol that is not one is simply reported missing.
 */
export interface RatesQuery {
    base: string;
    symbols: readonly string[];
    now: Date;
}
/**
 * Fetches a URL and resolves with the parsed JSON; rejects on network, HTTP or JSON errors.
 * `cache` is the `fetch` cache mode the provider needs (undefined: the default).
 */
export type GetJson = (url: string, cache?: RequestCache) => Promise<unknown>;
/** A credit line the page must show as a link when the provider's terms ask for one. */
export interface Attribution {
    text: string;
    href: string;
}
export interface LoadedRates {
    snapshot: RatesSnapshot;
    provider: ProviderName;
    /** Requested symbols the provider does not quote (or quotes unusably), in request order. */
    missing: string[];
    /** Each missing symbol and why, e.g. `KZT: not quoted`, `UZS: bad rate -5`; none for stored rates. */
    skipped?: string[];
    /** Official rates: currencies shown at the blend because their home bank's figure failed, with the bank and why (`NBK (KZT): HTTP 503`). */
    unofficial?: string[];
    attribution?: Attribution;
}
