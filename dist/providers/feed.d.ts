import type { LoadedRates, RatesQuery } from './types.js';
/**
 * The feed format itself (a self-hosted file, e.g. written by `fx-ticker-feed`), validated by
 * `toSnapshot` and crossed through its own base when the page asks for another one.
 */
export declare function parseFeed(body: unknown, query: RatesQuery): LoadedRates;
