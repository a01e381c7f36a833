import type { GetJson, LoadedRates, RatesQuery } from './types.js';
/** A key of Frankfurter's `providers` parameter (its `GET /v2/providers` list). */
export type BankKey = 'NBKR' | 'NBK' | 'NBT' | 'CBU';
/**
 * Each currency's home bank. Turkmenistan's central bank is not among Frankfurter's
 * providers; TMT's official rate is its peg (3.5 per USD), which the blend carries.
 */
export declare const HOME_BANKS: Readonly<Record<string, BankKey>>;
/** What each home bank answered to its own request, by currency; a request that failed is `{ error }`, its message. */
export type BankAnswers = Record<string, unknown>;
/** The blend, and what each home bank answered. */
export interface OfficialAnswers {
    body: unknown;
    banks: BankAnswers;
}
/**
 * Asks a Frankfurter v2 source (`url`) for the blend of every symbol and, at the same time,
 * each home bank for its own currency: one request per bank, because several keys in one
 * `providers` are blended with each other, and `expand=providers`, which gives every bank's
 * figure in one request, rounds them (KGS to 2 decimals, UZS to whole sums), which changes the
 * digits a reader sees and the daily change. Like every Frankfurter query, they bypass the
 * HTTP cache. A bank that fails costs only its currency's official figure; a blend that fails
 * fails the whole.
 */
export declare function fetchOfficial(getJson: GetJson, url: string, query: RatesQuery): Promise<OfficialAnswers>;
/**
 * The blend with each home bank's currency replaced by the bank's own rate, previous rate and
 * history (all three or none: a change or a trend line never mixes a bank's figure with the
 * blend's), then read for `query` like any answer. `snapshot.official` names the bank of each
 * such rate shown; a currency crossed into another base than the answer's is no longer the
 * bank's own figure and is not named. A bank whose answer failed, or has no usable rate for its
 * currency, leaves that currency at the blend, and `unofficial` says which and why.
 */
export declare function readOfficial({ body, banks }: OfficialAnswers, query: RatesQuery): LoadedRates;
/**
 * Fetches and reads official rates from `source` (a copy of Frankfurter v2; unset: the public
 * one). Rejects with `getJson`'s error when the blend's fetch fails, and with a
 * `RatesFormatError` when the blend cannot be read.
 */
export declare function loadOfficialRates(getJson: GetJson, { source, query }: {
    source?: string;
    query: RatesQuery;
}): Promise<LoadedRates>;
