import type { Attribution, LoadedRates, RatesQuery } from './types.js';
/** The open (keyless) endpoint for `base`. */
export declare const erApiUrl: (base: string) => string;
/**
 * The open endpoint publishes once a day at a time of its choosing (`time_next_update_unix`)
 * and says nothing we can rely on about how long browsers may keep an answer, so each poll
 * revalidates (`no-cache`) rather than trusting a cached copy past the next publication.
 */
export declare const ER_API_CACHE: RequestCache;
/** The open endpoint's terms ask every page showing its rates for this visible link. */
export declare const ER_API_ATTRIBUTION: Attribution;
/**
 * ExchangeRate-API's open endpoint: `{"result": "success", "base_code": "USD", "rates": {…},
 * "time_last_update_unix": …}`, or `{"result": "error", "error-type": …}`. It publishes no
 * previous value, so the snapshot has none (see `carryPrevious`), and it always comes with
 * the attribution its terms require. A payload in another base is crossed through it.
 */
export declare function parseErApi(body: unknown, query: RatesQuery): LoadedRates;
