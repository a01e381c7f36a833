import { RatesFormatError, isCurrencyCode, type RatesSnapshot } from '../snapshot.js';
import { fromDottedDay } from './dates.js';
import { readNumber, readPositive } from './numbers.js';
import { crossThroughPivot, emptyTable, inFeedOrder, isRecord, selectSymbols } from './select.js';
import type { LoadedRates, RatesQuery } from './types.js';

export const CBU_URL = 'https://cbu.uz/en/arkhiv-kursov-valyut/json/';
export const CBU_SOURCE = 'Central Bank of Uzbekistan';
/** Every rate in the payload is in sums, so the sum is the pivot of every cross. */
const PIVOT = 'UZS';

/**
 * The Central Bank of Uzbekistan's rates: an array of `{"Ccy": "KGS", "Nominal": "1",
 * "Rate": "139.40", "Diff": "-0.19", "Date": "01.04.2026"}`, every value a string, sums
 * per `Nominal` units. Units of S per base = (Rate_base / Nominal_base) / (Rate_S /
 * Nominal_S); the previous rate of each leg is `Rate − Diff`. The sum itself can be a
 * symbol or the base.
 */
export function parseCbu(body: unknown, query: RatesQuery): LoadedRates {
  if (!Array.isArray(body)) {
    throw new RatesFormatError('cbu: expected a JSON array of {"Ccy", "Nominal", "Rate", "Diff", "Date"} rows');
  }
  const perUnit = emptyTable();
  const previousPerUnit = emptyTable();
  const dates = new Map<string, string>();
  perUnit[PIVOT] = 1;
  previousPerUnit[PIVOT] = 1;
  for (const row of body) {
    if (!isRecord(row)) continue;
    const code = row.Ccy;
    // The first row of a currency wins; a repeated one is not allowed to overwrite it.
    if (!isCurrencyCode(code) || code === PIVOT || code in perUnit) continue;
    const nominal = readPositive(row.Nominal);
    const rate = readPositive(row.Rate);
    if (nominal === undefined || rate === undefined) continue;
    perUnit[code] = rate / nominal;
    const diff = readNumber(row.Diff);
    const previous = diff === undefined ? undefined : readPositive(rate - diff);
    if (previous !== undefined) previousPerUnit[code] = previous / nominal;
    const date = fromDottedDay(row.Date);
    if (date) dates.set(code, date);
  }
  const base = query.base.toUpperCase();
  const rates = crossThroughPivot(perUnit, base);
  if (!rates) throw new RatesFormatError(`cbu: ${base} is not quoted, so nothing can be expressed per ${base}`);
  const full: RatesSnapshot = { base, rates, source: CBU_SOURCE };
  const previous = crossThroughPivot(previousPerUnit, base);
  if (previous) full.previous = previous;
  const { snapshot, missing } = selectSymbols('cbu', full, query);
  // The newest publication date among the rows behind what is shown.
  const asOf = [base, ...Object.keys(snapshot.rates)]
    .map((code) => dates.get(code) ?? '')
    .reduce((newest, date) => (date > newest ? date : newest), '');
  return { snapshot: inFeedOrder({ ...snapshot, asOf: asOf || undefined }), provider: 'cbu', missing };
}
