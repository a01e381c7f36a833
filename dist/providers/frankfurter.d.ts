import type { LoadedRates, RatesQuery } from './types.js';
export declare const FRANKFURTER_URL = "https://api.frankfurter.dev/v2/rates";
export declare const FRANKFURTER_SOURCE = "Frankfurter (national central banks)";
/**
 * The v2 rates URL for `query`: `base`, `quotes` and `from` (14 days before `now`, so the
 * two latest publications of each quote are in the answer). Works on any copy of the API,
 * relative URLs included; other parameters already in `source` are kept as written.
 */
export declare function frankfurterUrl(source: string, query: RatesQuery): string;
/**
 * Frankfurter v2: an array of `{date, base, quote, rate}` rows (units of quote per base),
 * one per quote per date. Each quote gets its own latest two dates (national banks publish
 * on different days), an identity row is ignored, and a payload in another base is crossed.
 */
export declare function parseFrankfurter(body: unknown, query: RatesQuery): LoadedRates;
