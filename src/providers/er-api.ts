import { RatesFormatError, cleanRateTable, isCurrencyCode, isPlainObject } from '../snapshot.js';
import { isoInstant, selectRates } from './shared.js';
import type { Attribution, LoadedRates, RatesQuery } from './types.js';

/** The open (keyless) endpoint for `base`. */
export const erApiUrl = (base: string): string => `https://open.er-api.com/v6/latest/${base}`;

/**
 * The open endpoint publishes once a day at a time of its choosing (`time_next_update_unix`)
 * and says nothing we can rely on about how long browsers may keep an answer, so each poll
 * revalidates (`no-cache`) rather than trusting a cached copy past the next publication.
 */
export const ER_API_CACHE: RequestCache = 'no-cache';

/** The open endpoint's terms ask every page showing its rates for this visible link. */
export const ER_API_ATTRIBUTION: Attribution = Object.freeze({
  text: 'Rates By Exchange Rate API',
  href: 'https://www.exchangerate-api.com',
});

/**
 * ExchangeRate-API's open endpoint: `{"result": "success", "base_code": "USD", "rates": {…},
 * "time_last_update_unix": …}`, or `{"result": "error", "error-type": …}`. It publishes no
 * previous value, so the snapshot has none (see `carryPrevious`), and it always comes with
 * the attribution its terms require. A payload in another base is crossed through it.
 */
export function parseErApi(body: unknown, query: RatesQuery): LoadedRates {
  const answer: Record<string, unknown> = isPlainObject(body) ? body : {};
  const { result, base_code: base, time_last_update_unix: unix, 'error-type': type } = answer;
  if (result !== 'success' || !isCurrencyCode(base)) {
    // An error answer names its type, a short kebab-case word; anything else is not echoed into a message.
    const named = typeof type === 'string' && /^[\w-]{1,40}$/.test(type);
    throw new RatesFormatError(named ? `er-api: error ${type}` : 'er-api: expected {result: "success", base_code}');
  }
  const published = {
    base,
    asOf: isoInstant(typeof unix === 'number' ? unix * 1000 : NaN),
    rates: cleanRateTable(answer.rates),
    source: ER_API_ATTRIBUTION.text,
  };
  return { ...selectRates('er-api', published, query), attribution: ER_API_ATTRIBUTION };
}
