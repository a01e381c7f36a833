import type { LoadedRates, RatesQuery } from './types.js';
/** The public jsDelivr URL of the latest publication for `base`. */
export declare const currencyApiUrl: (base: string) => string;
/**
 * jsDelivr lets browsers and its CDN keep an `@latest` answer for hours to days after the
 * next day's file is out, so the latest file is revalidated on every poll (`no-cache`: a 304
 * while unchanged). A dated file (`@YYYY-MM-DD`, the day before) never changes: it keeps the
 * default mode, and the HTTP cache answers it.
 */
export declare const CURRENCY_API_CACHE: RequestCache;
/**
 * The URL of the publication the day before `date`: the same URL with that day in place of
 * `latest` (the API keeps every day under its own tag). Undefined when `url` has no date
 * slot, e.g. a self-hosted copy, which then simply shows no change.
 */
export declare function currencyApiPreviousUrl(url: string, date: string): string | undefined;
/**
 * currency-api: `{"date": "2025-08-13", "usd": {"kgs": 87.45, …}}`. The answer carries no
 * previous value; pass the body of the day before (see `currencyApiPreviousUrl`) to get one.
 * A broken previous body, or one in another base or not older than `body`, costs only the
 * change column.
 */
export declare function parseCurrencyApi(body: unknown, query: RatesQuery, previousBody?: unknown): LoadedRates;
