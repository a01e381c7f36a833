import type { RatesSnapshot } from '../snapshot.js';
export type ProviderName = 'feed' | 'frankfurter' | 'currency-api' | 'er-api' | 'cbr' | 'cbu';
/** What the caller wants: `symbols` quoted as units per 1 `base`; `now` anchors date ranges. */
export interface RatesQuery {
    base: string;
    symbols: readonly string[];
    now: Date;
}
/** Fetches a URL and resolves with the parsed JSON; rejects on network, HTTP or JSON errors. */
export type GetJson = (url: string) => Promise<unknown>;
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
    attribution?: Attribution;
}
