import { RatesFormatError, isCurrencyCode, type RatesSnapshot } from '../snapshot.js';
import { isIsoDay, isoDay, shiftDay } from './dates.js';
import { readPositive } from './numbers.js';
import { emptyTable, inFeedOrder, isRecord, normalizeSymbols, rebaseOrThrow, selectSymbols } from './select.js';
import type { LoadedRates, RatesQuery } from './types.js';

export const FRANKFURTER_URL = 'https://api.frankfurter.dev/v2/rates';
export const FRANKFURTER_SOURCE = 'Frankfurter (national central banks)';

/** Long enough to hold two publications of every quote across a long holiday. */
const LOOKBACK_DAYS = 14;
/** The only parameters this module sets; the API answers 422 to names it does not know. */
const OWN_PARAMS = new Set(['base', 'quotes', 'from']);

/**
 * The v2 rates URL for `query`: `base`, `quotes` and `from` (14 days before `now`, so the
 * two latest publications of each quote are in the answer). Works on any copy of the API,
 * relative URLs included; other parameters already in `source` are kept as written.
 */
export function frankfurterUrl(source: string, query: RatesQuery): string {
  const hashAt = source.indexOf('#');
  const withoutHash = hashAt >= 0 ? source.slice(0, hashAt) : source;
  const queryAt = withoutHash.indexOf('?');
  const path = queryAt >= 0 ? withoutHash.slice(0, queryAt) : withoutHash;
  const kept = (queryAt >= 0 ? withoutHash.slice(queryAt + 1) : '')
    .split('&')
    .filter((pair) => pair && !OWN_PARAMS.has(decodeParam(pair.split('=')[0])));
  const base = query.base.toUpperCase();
  const quotes = normalizeSymbols(query.symbols).filter((code) => isCurrencyCode(code) && code !== base && isKnownCurrency(code));
  const own = [`base=${encodeURIComponent(base)}`];
  // Commas stay literal: that is how the API documents the list.
  if (quotes.length > 0) own.push(`quotes=${quotes.join(',')}`);
  own.push(`from=${shiftDay(isoDay(query.now), -LOOKBACK_DAYS)}`);
  return `${path}?${[...kept, ...own].join('&')}`;
}

let knownCurrencies: ReadonlySet<string> | null | undefined;

/**
 * Whether the runtime's ICU data knows the code. The API rejects a whole request (HTTP 422)
 * for one code it does not know, so a typo in `symbols` must not reach it: the code is left
 * out and reported missing instead. Without `Intl.supportedValuesOf`, every code is sent.
 */
function isKnownCurrency(code: string): boolean {
  if (knownCurrencies === undefined) {
    try {
      knownCurrencies = new Set(Intl.supportedValuesOf('currency'));
    } catch {
      knownCurrencies = null;
    }
  }
  return knownCurrencies === null || knownCurrencies.has(code);
}

function decodeParam(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

interface Point {
  date: string;
  /** undefined for a row whose rate is zero, negative or unreadable. */
  rate: number | undefined;
}

/**
 * Frankfurter v2: an array of `{date, base, quote, rate}` rows (units of quote per base),
 * one per quote per date. Each quote gets its own latest two dates (national banks publish
 * on different days), an identity row is ignored, and a payload in another base is crossed.
 */
export function parseFrankfurter(body: unknown, query: RatesQuery): LoadedRates {
  if (!Array.isArray(body)) {
    throw new RatesFormatError('frankfurter: expected a JSON array of {date, base, quote, rate} rows');
  }
  const byBase = new Map<string, Map<string, Point[]>>();
  for (const row of body) {
    if (!isRecord(row)) continue;
    const { date, base, quote } = row;
    const rate = readPositive(row.rate);
    if (!isIsoDay(date) || !isCurrencyCode(base) || !isCurrencyCode(quote)) continue;
    if (quote === base) continue;
    let quotes = byBase.get(base);
    if (!quotes) byBase.set(base, (quotes = new Map()));
    let points = quotes.get(quote);
    if (!points) quotes.set(quote, (points = []));
    points.push({ date, rate });
  }
  if (byBase.size === 0) {
    throw new RatesFormatError('frankfurter: no usable {date, base, quote, rate} row in the response');
  }
  const wanted = query.base.toUpperCase();
  const rowBase = byBase.has(wanted) ? wanted : byBase.keys().next().value!;
  const quotes = byBase.get(rowBase)!;

  const rates = emptyTable();
  const previous = emptyTable();
  const latestDate = new Map<string, string>();
  for (const [quote, points] of quotes) {
    // Newest first; a repeated date keeps its first row, so one day never counts twice.
    const byDate = [...points].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
    const latest = byDate[0];
    // A broken latest row makes the quote missing rather than passing an older rate off as today's.
    if (latest.rate === undefined) continue;
    const prior = byDate.find((point) => point.date < latest.date);
    rates[quote] = latest.rate;
    latestDate.set(quote, latest.date);
    if (prior?.rate !== undefined) previous[quote] = prior.rate;
  }
  const full: RatesSnapshot = { base: rowBase, rates, source: FRANKFURTER_SOURCE };
  if (Object.keys(previous).length > 0) full.previous = previous;

  const { snapshot, missing } = selectSymbols('frankfurter', rebaseOrThrow('frankfurter', full, wanted), query);
  // The newest date among what is shown: the strip is as fresh as its freshest publication.
  const shownDates = [...Object.keys(snapshot.rates), rowBase].map((code) => latestDate.get(code) ?? '');
  const asOf = shownDates.reduce((newest, date) => (date > newest ? date : newest), '');
  return { snapshot: inFeedOrder({ ...snapshot, asOf: asOf || undefined }), provider: 'frankfurter', missing };
}
