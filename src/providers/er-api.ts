import { RatesFormatError, cleanRateTable, isCurrencyCode, type RatesSnapshot } from '../snapshot.js';
import { readNumber } from './numbers.js';
import { inFeedOrder, isRecord, rebaseOrThrow, selectSymbols } from './select.js';
import type { Attribution, LoadedRates, RatesQuery } from './types.js';

/** The open (keyless) endpoint for `base`. */
export const erApiUrl = (base: string): string => `https://open.er-api.com/v6/latest/${encodeURIComponent(base.toUpperCase())}`;

/** The open endpoint's terms ask every page showing its rates for this visible link. */
export const ER_API_ATTRIBUTION: Attribution = Object.freeze({
  text: 'Rates By Exchange Rate API',
  href: 'https://www.exchangerate-api.com',
});

/** Error types are short kebab-case words; anything else is not echoed into a message. */
const ERROR_TYPE = /^[a-z0-9-]{1,40}$/i;

function publishedAt(body: Record<string, unknown>): string | undefined {
  const unix = readNumber(body.time_last_update_unix);
  if (unix !== undefined && unix > 0) {
    const moment = new Date(unix * 1000);
    if (!Number.isNaN(moment.getTime())) return moment.toISOString();
  }
  const utc = typeof body.time_last_update_utc === 'string' ? Date.parse(body.time_last_update_utc) : NaN;
  return Number.isNaN(utc) ? undefined : new Date(utc).toISOString();
}

/**
 * ExchangeRate-API's open endpoint: `{"result": "success", "base_code": "USD", "rates": {…},
 * "time_last_update_unix": …}`, or `{"result": "error", "error-type": …}`. It publishes no
 * previous value, so the snapshot has none (see `carryPrevious`), and it always comes with
 * the attribution its terms require. A payload in another base is crossed through it.
 */
export function parseErApi(body: unknown, query: RatesQuery): LoadedRates {
  if (!isRecord(body)) throw new RatesFormatError('er-api: expected a JSON object with "result" and "rates"');
  if (body.result === 'error') {
    const type = body['error-type'];
    const reason = typeof type === 'string' && ERROR_TYPE.test(type) ? type : 'unknown error';
    throw new RatesFormatError(`er-api: the source answered with an error (${reason})`);
  }
  if (body.result !== 'success') throw new RatesFormatError('er-api: expected "result": "success"');
  if (!isCurrencyCode(body.base_code)) throw new RatesFormatError('er-api: "base_code" must be an ISO 4217 code');
  if (!isRecord(body.rates)) throw new RatesFormatError('er-api: "rates" must be an object');

  const full: RatesSnapshot = {
    base: body.base_code,
    asOf: publishedAt(body),
    rates: cleanRateTable(body.rates),
    source: ER_API_ATTRIBUTION.text,
  };
  const base = query.base.toUpperCase();
  const { snapshot, missing } = selectSymbols('er-api', rebaseOrThrow('er-api', full, base), query);
  return {
    snapshot: inFeedOrder(snapshot),
    provider: 'er-api',
    missing,
    attribution: { ...ER_API_ATTRIBUTION },
  };
}
