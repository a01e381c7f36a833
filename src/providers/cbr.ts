import { RatesFormatError, isCurrencyCode, type RatesSnapshot } from '../snapshot.js';
import { cleanIsoMoment } from './dates.js';
import { readPositive } from './numbers.js';
import { crossThroughPivot, emptyTable, inFeedOrder, isRecord, selectSymbols } from './select.js';
import type { LoadedRates, RatesQuery } from './types.js';

export const CBR_URL = 'https://www.cbr-xml-daily.ru/daily_json.js';
export const CBR_SOURCE = 'Central Bank of Russia';
/** Every value in the payload is in roubles, so the rouble is the pivot of every cross. */
const PIVOT = 'RUB';

/**
 * The Central Bank of Russia's daily rates as cbr-xml-daily.ru republishes them:
 * `{"Date": …, "Valute": {"KZT": {"CharCode": "KZT", "Nominal": 100, "Value": 18.5774,
 * "Previous": 18.3797}, …}}`, roubles per `Nominal` units. Units of S per base =
 * (Value_base / Nominal_base) / (Value_S / Nominal_S); `Previous` crosses the same way,
 * both legs from their previous values. The rouble itself can be a symbol or the base.
 */
export function parseCbr(body: unknown, query: RatesQuery): LoadedRates {
  if (!isRecord(body) || !isRecord(body.Valute)) {
    throw new RatesFormatError('cbr: expected {"Date": …, "Valute": {"USD": {"Nominal", "Value", "Previous"}, …}}');
  }
  const valute = body.Valute;
  const perUnit = emptyTable();
  const previousPerUnit = emptyTable();
  perUnit[PIVOT] = 1;
  previousPerUnit[PIVOT] = 1;
  for (const key of Object.keys(valute)) {
    const entry = valute[key];
    if (!isRecord(entry)) continue;
    const code = isCurrencyCode(entry.CharCode) ? entry.CharCode : key;
    if (!isCurrencyCode(code) || code === PIVOT) continue;
    const nominal = readPositive(entry.Nominal);
    const value = readPositive(entry.Value);
    if (nominal === undefined || value === undefined) continue;
    perUnit[code] = value / nominal;
    const previous = readPositive(entry.Previous);
    if (previous !== undefined) previousPerUnit[code] = previous / nominal;
  }
  const base = query.base.toUpperCase();
  const rates = crossThroughPivot(perUnit, base);
  if (!rates) throw new RatesFormatError(`cbr: ${base} is not quoted, so nothing can be expressed per ${base}`);
  const full: RatesSnapshot = { base, asOf: cleanIsoMoment(body.Date), rates, source: CBR_SOURCE };
  const previous = crossThroughPivot(previousPerUnit, base);
  if (previous) full.previous = previous;
  const { snapshot, missing } = selectSymbols('cbr', full, query);
  return { snapshot: inFeedOrder(snapshot), provider: 'cbr', missing };
}
