import type { LoadedRates, RatesQuery } from './types.js';
export declare const CBR_URL = "https://www.cbr-xml-daily.ru/daily_json.js";
export declare const CBU_URL = "https://cbu.uz/en/arkhiv-kursov-valyut/json/";
/**
 * Both publish a new file on each bank day at one fixed URL, and neither promises how long
 * a copy stays current, so each poll revalidates (`no-cache`): the HTTP cache may answer
 * only what the server confirms is still its latest file.
 */
export declare const CENTRAL_BANK_CACHE: RequestCache;
/**
 * The Central Bank of Russia's daily rates as cbr-xml-daily.ru republishes them:
 * `{"Date": …, "Valute": {"KZT": {"CharCode": "KZT", "Nominal": 100, "Value": 18.5774,
 * "Previous": 18.3797}, …}}`, roubles per `Nominal` units; `Previous` crosses the same way.
 */
export declare function parseCbr(body: unknown, query: RatesQuery): LoadedRates;
/**
 * The Central Bank of Uzbekistan's rates: an array of `{"Ccy": "KGS", "Nominal": "1",
 * "Rate": "139.40", "Diff": "-0.19", "Date": "01.04.2026"}`, every value a string, sums per
 * `Nominal` units; the previous rate is `Rate − Diff`. The snapshot is dated by the newest row.
 */
export declare function parseCbu(body: unknown, query: RatesQuery): LoadedRates;
