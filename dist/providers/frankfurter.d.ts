import { type RatesSnapshot } from '../snapshot.js';
import type { LoadedRates, RatesQuery } from './types.js';
export declare const FRANKFURTER_URL = "https://api.frankfurter.dev/v2/rates";
/**
 * The server marks an answer to a `from` query `public, max-age=<seconds to UTC midnight>`,
 * and its ETag changes only with the newest date in the whole range: once the first bank of
 * the day has posted, neither the cache nor a revalidation (a 304) would ever show the later
 * ones before midnight. So every poll goes to the network and stores nothing.
 */
export declare const FRANKFURTER_CACHE: RequestCache;
/**
 * The v2 rates URL for `query`: `base`, `quotes` and `from` (31 days before `now`: the two
 * latest publications of each quote, and the trend's 30 days). Works on any copy of the API, relative
 * URLs included. A query already in `source` is replaced, not merged: the API refuses (422) a
 * request with a parameter it does not know, so only these three are ever sent.
 */
export declare function frankfurterUrl(source: string, { base, symbols, now }: RatesQuery): string;
/**
 * Frankfurter v2: an array of `{date, base, quote, rate}` rows (units of quote per base), one
 * per quote per date. Each quote gets its own latest two dates (national banks publish on
 * different days), and the snapshot is dated by the newest: the answer holds only the quotes
 * asked for. Rows in another base are crossed through it; an identity row changes nothing.
 */
export declare const parseFrankfurter: (body: unknown, query: RatesQuery) => LoadedRates;
/**
 * One answer's rows as a publication in the answer's own base: each quote's latest two dates
 * as rate and previous, and every date as its history. Throws when no row is readable.
 */
export declare function readFrankfurterRows(body: unknown): FrankfurterPublication;
/** A publication read from Frankfurter's rows: every table present, dated by its newest row. */
export type FrankfurterPublication = RatesSnapshot & Required<Pick<RatesSnapshot, 'asOf' | 'previous' | 'history'>>;
