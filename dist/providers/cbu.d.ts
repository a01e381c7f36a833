import type { LoadedRates, RatesQuery } from './types.js';
export declare const CBU_URL = "https://cbu.uz/en/arkhiv-kursov-valyut/json/";
export declare const CBU_SOURCE = "Central Bank of Uzbekistan";
/**
 * The Central Bank of Uzbekistan's rates: an array of `{"Ccy": "KGS", "Nominal": "1",
 * "Rate": "139.40", "Diff": "-0.19", "Date": "01.04.2026"}`, every value a string, sums
 * per `Nominal` units. Units of S per base = (Rate_base / Nominal_base) / (Rate_S /
 * Nominal_S); the previous rate of each leg is `Rate − Diff`. The sum itself can be a
 * symbol or the base.
 */
export declare function parseCbu(body: unknown, query: RatesQuery): LoadedRates;
