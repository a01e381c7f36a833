import {
  RatesFormatError,
  isCurrencyCode,
  isPlainObject,
  isUsableRate,
  type RatesHistory,
  type RatesSnapshot,
} from '../snapshot.js';
import { isIsoDay, isoDay, readNumber, selectRates, type RateTable } from './shared.js';
import type { LoadedRates, RatesQuery } from './types.js';

export const FRANKFURTER_URL = 'https://api.frankfurter.dev/v2/rates';

/**
 * The server marks an answer to a `from` query `public, max-age=<seconds to UTC midnight>`,
 * and its ETag changes only with the newest date in the whole range: once the first bank of
 * the day has posted, neither the cache nor a revalidation (a 304) would ever show the later
 * ones before midnight. So every poll goes to the network and stores nothing.
 */
export const FRANKFURTER_CACHE: RequestCache = 'no-store';

/**
 * 30 days of publications for the trend, plus the day before them: the first row of each
 * quote, dated on or before `from`, is the publication that opens the window. Two
 * publications of every quote (rate and previous) fit many times over.
 */
const LOOKBACK_MS = 31 * 86_400_000;

/**
 * The v2 rates URL for `query`: `base`, `quotes` and `from` (31 days before `now`: the two
 * latest publications of each quote, and the trend's 30 days). Works on any copy of the API, relative
 * URLs included. A query already in `source` is replaced, not merged: the API refuses (422) a
 * request with a parameter it does not know, so only these three are ever sent.
 */
export function frankfurterUrl(source: string, { base, symbols, now }: RatesQuery): string {
  const params = [`base=${base}`];
  // The API also refuses a whole request for one currency it does not know, so only codes the
  // runtime's ICU data knows are asked for; the others end up missing. Without
  // `Intl.supportedValuesOf`, every code is sent.
  const known = Intl.supportedValuesOf?.('currency') ?? symbols;
  const quotes = symbols.filter((code) => code !== base && known.includes(code));
  // Commas stay literal: that is how the API documents the list.
  if (quotes.length > 0) params.push(`quotes=${quotes.join(',')}`);
  params.push(`from=${isoDay(now.getTime() - LOOKBACK_MS)}`);
  return `${source.replace(/[?#].*/, '')}?${params.join('&')}`;
}

interface Row {
  date: string;
  base: string;
  quote: string;
  rate: unknown;
}

const isRow = (row: unknown): row is Row =>
  isPlainObject(row) && isIsoDay(row.date) && isCurrencyCode(row.base) && isCurrencyCode(row.quote);

/**
 * Frankfurter v2: an array of `{date, base, quote, rate}` rows (units of quote per base), one
 * per quote per date. Each quote gets its own latest two dates (national banks publish on
 * different days), and the snapshot is dated by the newest: the answer holds only the quotes
 * asked for. Rows in another base are crossed through it; an identity row changes nothing.
 */
export const parseFrankfurter = (body: unknown, query: RatesQuery): LoadedRates =>
  selectRates('frankfurter', readFrankfurterRows(body), query);

/**
 * One answer's rows as a publication in the answer's own base: each quote's latest two dates
 * as rate and previous, and every date as its history. Throws when no row is readable.
 */
export function readFrankfurterRows(body: unknown): FrankfurterPublication {
  const rows = Array.isArray(body) ? body.filter(isRow) : [];
  // The API answers in the base asked for; a copy that does not is crossed through its own.
  const base = rows[0]?.base;
  if (!base) throw new RatesFormatError('frankfurter: expected [{date, base, quote, rate}]');
  // Only rows in that base, newest first; among rows of one date the first keeps its place, and so wins.
  const ownRows = rows.filter((row) => row.base === base).sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
  const rates: RateTable = {};
  const previous: RateTable = {};
  const latestDate: Record<string, string> = {};
  for (const { date, quote, rate: value } of ownRows) {
    // A broken row still takes its date's place (its rate is refused later), so an older rate
    // is never passed off as a newer one.
    if (!latestDate[quote]) {
      latestDate[quote] = date;
      rates[quote] = readNumber(value);
    } else if (!(quote in previous) && date < latestDate[quote]) {
      previous[quote] = readNumber(value);
    }
  }
  return { base, asOf: ownRows[0].date, rates, previous, source: 'Frankfurter', history: historyOf(ownRows) };
}

/** A publication read from Frankfurter's rows: every table present, dated by its newest row. */
export type FrankfurterPublication = RatesSnapshot & Required<Pick<RatesSnapshot, 'asOf' | 'previous' | 'history'>>;

/** Every usable row as the feed format's history, oldest first, one point per quote and date. */
function historyOf(newestFirst: Row[]): RatesHistory {
  const history: RatesHistory = {};
  const seen = new Set<string>();
  for (const { date, quote, rate } of newestFirst) {
    // As for the rates, the first row of a date holds its place even when broken.
    const value = readNumber(rate);
    if (seen.has(quote + date)) continue;
    seen.add(quote + date);
    if (isUsableRate(value)) (history[quote] ??= []).unshift([date, value]);
  }
  return history;
}
