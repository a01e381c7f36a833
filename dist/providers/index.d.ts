import { parseCbr, parseCbu } from './central-banks.js';
import { currencyApiPreviousUrl, currencyApiUrl, parseCurrencyApi } from './currency-api.js';
import { erApiUrl, parseErApi } from './er-api.js';
import { frankfurterUrl, parseFrankfurter } from './frankfurter.js';
import { type BankAnswers } from './official.js';
import type { GetJson, LoadedRates, ProviderName, RatesQuery } from './types.js';
export type { Attribution, GetJson, LoadedRates, ProviderName, RatesQuery } from './types.js';
export { RatesFormatError, toSnapshot, type RatesSnapshot } from '../snapshot.js';
export { carryPrevious } from './carry.js';
export { currencyApiPreviousUrl, currencyApiUrl, erApiUrl, frankfurterUrl, parseCbr, parseCbu, parseCurrencyApi, parseErApi, parseFrankfurter, };
export { ER_API_ATTRIBUTION } from './er-api.js';
export { HOME_BANKS, fetchOfficial, loadOfficialRates, readOfficial } from './official.js';
export type { BankAnswers, BankKey, OfficialAnswers } from './official.js';
export { readNumber } from './shared.js';
/**
 * The feed format itself (a self-hosted file, e.g. written by `fx-ticker-feed`), validated by
 * `toSnapshot` and crossed through its own base when the page asks for another one.
 */
export declare const parseFeed: (body: unknown, query: RatesQuery) => LoadedRates;
export declare const PROVIDER_NAMES: readonly ProviderName[];
/** Frankfurter v2: keyless, CORS-open, a blend of the central banks' published rates. */
export declare const DEFAULT_SOURCE = "https://api.frankfurter.dev/v2/rates";
export declare const isProviderName: (value: unknown) => value is ProviderName;
/**
 * Names the provider whose response `body` looks like, from its keys alone (values are
 * checked by the provider's reader, which then says precisely what is wrong). Undefined for none.
 */
export declare function detectProvider(body: unknown): ProviderName | undefined;
/**
 * Reads a parsed response as `provider` (or, with 'auto', as whichever shape it has).
 * Pure; throws a `RatesFormatError` saying what is wrong, in auto mode which shapes were
 * expected. currency-api's previous value needs a second response: see `parseCurrencyApi`.
 */
export declare function parseRates(body: unknown, provider: ProviderName | 'auto', query: RatesQuery, previousBody?: unknown): LoadedRates;
/** Where one source is read from: its URL (undefined: the provider's public URL) and how to read it. */
export interface SourceEntry {
    url?: string;
    provider: ProviderName | 'auto';
    /** Frankfurter only: each home bank's currency from the bank itself (see official.ts). */
    official?: boolean;
}
/**
 * Where `source` is read from. Frankfurter is the one provider whose URL carries the query,
 * so 'auto' takes a source ending in Frankfurter's `/v2/rates` path (or no source at all)
 * for Frankfurter; any other source is fetched as it is and read by its shape.
 */
export declare function sourceEntry(url: string | undefined, provider: ProviderName | 'auto'): SourceEntry;
/** What a source answered, before it is read for one query: its body, and currency-api's day before. */
export interface FetchedRates {
    provider: ProviderName | 'auto';
    body: unknown;
    previousBody?: unknown;
    /** With `official`: what each home bank answered (the body is the blend). */
    banks?: BankAnswers;
}
/**
 * Fetches one source for `query`: a public URL for its base; Frankfurter's with its base and
 * every symbol, so several tickers can read one answer. currency-api is completed with the publication of the day before,
 * from its dated URL (immutable, so the HTTP cache keeps it); when that fails, only the
 * change column is lost. Rejects with `getJson`'s error when the fetch fails.
 */
export declare function fetchRates(getJson: GetJson, { url, provider, official }: SourceEntry, query: RatesQuery): Promise<FetchedRates>;
/** Reads a fetched answer for `query`; throws a `RatesFormatError` when it cannot be read. */
export declare const readRates: ({ provider, body, previousBody, banks }: FetchedRates, query: RatesQuery) => LoadedRates;
/**
 * Fetches and reads rates (see `sourceEntry`, `fetchRates`). Rejects with `getJson`'s error
 * when the fetch fails, and with a `RatesFormatError` when the response cannot be read.
 */
export declare function loadRates(getJson: GetJson, { source, provider, query }: {
    source?: string;
    provider: ProviderName | 'auto';
    query: RatesQuery;
}): Promise<LoadedRates>;
