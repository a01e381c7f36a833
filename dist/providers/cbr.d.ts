import type { LoadedRates, RatesQuery } from './types.js';
export declare const CBR_URL = "https://www.cbr-xml-daily.ru/daily_json.js";
export declare const CBR_SOURCE = "Central Bank of Russia";
/**
 * The Central Bank of Russia's daily rates as cbr-xml-daily.ru republishes them:
 * `{"Date": …, "Valute": {"KZT": {"CharCode": "KZT", "Nominal": 100, "Value": 18.5774,
 * "Previous": 18.3797}, …}}`, roubles per `Nominal` units. Units of S per base =
 * (Value_base / Nominal_base) / (Value_S / Nominal_S); `Previous` crosses the same way,
 * both legs from their previous values. The rouble itself can be a symbol or the base.
 */
export declare function parseCbr(body: unknown, query: RatesQuery): LoadedRates;
