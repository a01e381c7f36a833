import type { LoadedRates, RatesQuery } from './types.js';
/** The public jsDelivr URL of the latest publication for `base`. */
export declare const currencyApiUrl: (base: string) => string;
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
