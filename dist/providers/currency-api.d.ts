import { type RatesSnapshot } from '../snapshot.js';
import type { LoadedRates, RatesQuery } from './types.js';
export declare const CURRENCY_API_SOURCE = "currency-api (fawazahmed0/exchange-api)";
/** The public jsDelivr URL of the latest publication for `base`. */
export declare const currencyApiUrl: (base: string) => string;
/**
 * The URL of the publication the day before `date`: the same URL with the date in place
 * of `latest` (the API keeps every day under its own tag). Undefined when `url` has no
 * date slot, e.g. a self-hosted copy, which then simply shows no change.
 */
export declare function currencyApiPreviousUrl(url: string, date: string): string | undefined;
/** One publication as a full snapshot against its own base, codes upper-cased. */
export declare function readCurrencyApi(body: unknown, base: string): RatesSnapshot & {
    asOf: string;
};
/**
 * currency-api: `{"date": "2025-08-13", "usd": {"kgs": 87.45, …}}`. The answer carries no
 * previous value; pass the body of the day before (see `currencyApiPreviousUrl`) to get one.
 * A body of the same or a later date than `body` is not a previous publication and is ignored.
 */
export declare function parseCurrencyApi(body: unknown, query: RatesQuery, previousBody?: unknown): LoadedRates;
