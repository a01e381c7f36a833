import { RatesFormatError, isCurrencyCode, isPlainObject, type RatesSnapshot } from '../snapshot.js';
import { isIsoDay, isoDay, readNumber, selectRates, type RateTable } from './shared.js';
import type { LoadedRates, RatesQuery } from './types.js';

/** The public jsDelivr URL of the latest publication for `base`. */
export const currencyApiUrl = (base: string): string =>
  `https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@latest/v1/currencies/${base.toLowerCase()}.min.json`;

/**
 * jsDelivr lets browsers and its CDN keep an `@latest` answer for hours to days after the
 * next day's file is out, so the latest file is revalidated on every poll (`no-cache`: a 304
 * while unchanged). A dated file (`@YYYY-MM-DD`, the day before) never changes: it keeps the
 * default mode, and the HTTP cache answers it.
 */
export const CURRENCY_API_CACHE: RequestCache = 'no-cache';

/** `@latest` or `@YYYY-MM-DD` in a jsDelivr URL; `latest.` or `YYYY-MM-DD.` opening the Cloudflare mirror's host. */
const DATE_SLOT = /(@|\/\/)(latest|\d{4}-\d\d-\d\d)(?=[/.])/;

/**
 * The URL of the publication the day before `date`: the same URL with that day in place of
 * `latest` (the API keeps every day under its own tag). Undefined when `url` has no date
 * slot, e.g. a self-hosted copy, which then simply shows no change.
 */
export function currencyApiPreviousUrl(url: string, date: string): string | undefined {
  const dayBefore = isIsoDay(date) && isoDay(Date.parse(date) - 86_400_000);
  return dayBefore && DATE_SLOT.test(url) ? url.replace(DATE_SLOT, `$1${dayBefore}`) : undefined;
}

/** One publication as a snapshot against its own base, codes upper-cased. */
function readPublication(body: unknown): RatesSnapshot {
  // The answer's one currency table is under a lower-case code such as "usd".
  const key =
    isPlainObject(body) &&
    isIsoDay(body.date) &&
    Object.keys(body).find((name) => /^[a-z]{3}$/.test(name) && isPlainObject(body[name]));
  if (!key) throw new RatesFormatError('currency-api: expected {date, <base>: {…}}');
  const { date, [key]: table } = body as Record<string, Record<string, unknown>> & { date: string };
  const rates: RateTable = {};
  for (const name of Object.keys(table)) {
    const code = name.toUpperCase();
    // The table also lists crypto-currencies and metals with longer names; only ISO codes count.
    if (isCurrencyCode(code)) rates[code] = readNumber(table[name]);
  }
  return { base: key.toUpperCase(), asOf: date, rates, source: 'currency-api' };
}

/**
 * currency-api: `{"date": "2025-08-13", "usd": {"kgs": 87.45, …}}`. The answer carries no
 * previous value; pass the body of the day before (see `currencyApiPreviousUrl`) to get one.
 * A broken previous body, or one in another base or not older than `body`, costs only the
 * change column.
 */
export function parseCurrencyApi(body: unknown, query: RatesQuery, previousBody?: unknown): LoadedRates {
  const published = readPublication(body);
  try {
    const prior = readPublication(previousBody);
    if (prior.base === published.base && prior.asOf! < published.asOf!) published.previous = prior.rates;
  } catch {
    // No previous publication that can be read: no change is shown.
  }
  return selectRates('currency-api', published, query);
}
