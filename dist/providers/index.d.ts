import { parseCbr } from './cbr.js';
import { parseCbu } from './cbu.js';
import { currencyApiPreviousUrl, parseCurrencyApi } from './currency-api.js';
import { parseErApi } from './er-api.js';
import { parseFeed } from './feed.js';
import { frankfurterUrl, parseFrankfurter } from './frankfurter.js';
import type { GetJson, LoadedRates, ProviderName, RatesQuery } from './types.js';
export type { Attribution, GetJson, LoadedRates, ProviderName, RatesQuery } from './types.js';
export { RatesFormatError, toSnapshot, type RatesSnapshot } from '../snapshot.js';
export { carryPrevious } from './carry.js';
export { EXPECTED_SHAPES, detectProvider, detectProviderFromUrl } from './detect.js';
export { readNumber } from './numbers.js';
export { ER_API_ATTRIBUTION } from './er-api.js';
export { currencyApiPreviousUrl, frankfurterUrl, parseCbr, parseCbu, parseCurrencyApi, parseErApi, parseFeed, parseFrankfurter };
export declare const PROVIDER_NAMES: readonly ProviderName[];
/** Frankfurter v2: keyless, CORS-open, official national-bank rates. */
export declare const DEFAULT_SOURCE = "https://api.frankfurter.dev/v2/rates";
export declare const isProviderName: (value: unknown) => value is ProviderName;
/**
 * The URL to request for a provider: `source` if given (Frankfurter's gets its `base`,
 * `quotes` and `from` parameters either way), otherwise the provider's public URL. The
 * feed format has no public URL, so `feed` needs a `source`.
 */
export declare function providerUrl(provider: ProviderName, query: RatesQuery, source?: string): string;
/**
 * Reads a parsed response as `provider` (or, with 'auto', as whichever shape it has).
 * Pure; throws a `RatesFormatError` saying what is wrong, in auto mode which shapes were
 * expected. currency-api's previous value needs a second response: see `parseCurrencyApi`.
 */
export declare function parseRates(body: unknown, provider: ProviderName | 'auto', query: RatesQuery): LoadedRates;
/**
 * Fetches and reads rates. `source`: a URL, or undefined for the provider's public URL.
 * With 'auto' and no source: Frankfurter's default. With 'auto' and a source: the provider
 * the URL obviously belongs to, else the one whose shape the response has. Rejects with
 * `getJson`'s error when the fetch fails, and with a `RatesFormatError` when the response
 * cannot be read.
 */
export declare function loadRates(getJson: GetJson, options: {
    source?: string;
    provider: ProviderName | 'auto';
    query: RatesQuery;
}): Promise<LoadedRates>;
