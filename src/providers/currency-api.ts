import { RatesFormatError, isCurrencyCode, rebase, type RatesSnapshot } from '../snapshot.js';
import { isIsoDay, shiftDay } from './dates.js';
import { readPositive } from './numbers.js';
import { emptyTable, inFeedOrder, isRecord, ownValue, rebaseOrThrow, selectSymbols, type RateTable } from './select.js';
import type { LoadedRates, RatesQuery } from './types.js';

export const CURRENCY_API_SOURCE = 'currency-api (fawazahmed0/exchange-api)';

/** The public jsDelivr URL of the latest publication for `base`. */
export const currencyApiUrl = (base: string): string =>
  `https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@latest/v1/currencies/${encodeURIComponent(base.toLowerCase())}.min.json`;

/** `@latest` or `@YYYY-MM-DD` in a jsDelivr URL; `latest.` or `YYYY-MM-DD.` as the Cloudflare mirror's host. */
const JSDELIVR_TAG = /@(?:latest|\d{4}-\d{2}-\d{2})(?=\/)/;
const PAGES_HOST = /^(https?:\/\/)(?:latest|\d{4}-\d{2}-\d{2})(\.currency-api\.pages\.dev\/)/;

/**
 * The URL of the publication the day before `date`: the same URL with the date in place
 * of `latest` (the API keeps every day under its own tag). Undefined when `url` has no
 * date slot, e.g. a self-hosted copy, which then simply shows no change.
 */
export function currencyApiPreviousUrl(url: string, date: string): string | undefined {
  if (!isIsoDay(date)) return undefined;
  const dayBefore = shiftDay(date, -1);
  if (JSDELIVR_TAG.test(url)) return url.replace(JSDELIVR_TAG, `@${dayBefore}`);
  if (PAGES_HOST.test(url)) return url.replace(PAGES_HOST, `$1${dayBefore}$2`);
  return undefined;
}

const LOWER_CODE = /^[a-z]{3}$/;

/** The one lower-case currency key holding a table; the requested base wins if several do. */
function tableKey(body: Record<string, unknown>, base: string): string | undefined {
  const keys = Object.keys(body).filter((key) => LOWER_CODE.test(key) && isRecord(body[key]));
  const wanted = base.toLowerCase();
  if (keys.includes(wanted)) return wanted;
  return keys.length === 1 ? keys[0] : undefined;
}

/** One publication as a full snapshot against its own base, codes upper-cased. */
export function readCurrencyApi(body: unknown, base: string): RatesSnapshot & { asOf: string } {
  if (!isRecord(body) || !isIsoDay(body.date)) {
    throw new RatesFormatError('currency-api: expected {"date": "YYYY-MM-DD", "<base>": {…}}');
  }
  const key = tableKey(body, base);
  if (!key) {
    throw new RatesFormatError(`currency-api: expected one lower-case currency table such as "${base.toLowerCase()}"`);
  }
  const table = ownValue(body, key) as Record<string, unknown>;
  const rates = emptyTable();
  for (const name of Object.keys(table)) {
    const code = name.toUpperCase();
    const rate = readPositive(table[name]);
    // The table also lists crypto-currencies and metals with longer names; only ISO codes count.
    if (isCurrencyCode(code) && rate !== undefined) rates[code] = rate;
  }
  return { base: key.toUpperCase(), asOf: body.date, rates, source: CURRENCY_API_SOURCE };
}

/**
 * currency-api: `{"date": "2025-08-13", "usd": {"kgs": 87.45, …}}`. The answer carries no
 * previous value; pass the body of the day before (see `currencyApiPreviousUrl`) to get one.
 * A body of the same or a later date than `body` is not a previous publication and is ignored.
 */
export function parseCurrencyApi(body: unknown, query: RatesQuery, previousBody?: unknown): LoadedRates {
  const base = query.base.toUpperCase();
  const published = readCurrencyApi(body, base);
  const latest = rebaseOrThrow('currency-api', published, base);
  const previous = previousBody === undefined ? undefined : priorRates(previousBody, published.asOf, base);
  const full: RatesSnapshot = previous ? { ...latest, previous } : latest;
  const { snapshot, missing } = selectSymbols('currency-api', full, query);
  return { snapshot: inFeedOrder(snapshot), provider: 'currency-api', missing };
}

/** A broken or misdated previous publication costs only the change column, never the rates. */
function priorRates(previousBody: unknown, latestDate: string, base: string): RateTable | undefined {
  try {
    const prior = readCurrencyApi(previousBody, base);
    return prior.asOf < latestDate ? rebase(prior, base)?.rates : undefined;
  } catch {
    return undefined;
  }
}
