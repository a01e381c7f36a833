import { RatesFormatError, isCurrencyCode, isPlainObject, type RatesSnapshot } from '../snapshot.js';
import { isIsoDay, isoInstant, readNumber, selectRates } from './shared.js';
import type { LoadedRates, RatesQuery } from './types.js';

export const CBR_URL = 'https://www.cbr-xml-daily.ru/daily_json.js';
export const CBU_URL = 'https://cbu.uz/en/arkhiv-kursov-valyut/json/';

/**
 * Both publish a new file on each bank day at one fixed URL, and neither promises how long
 * a copy stays current, so each poll revalidates (`no-cache`): the HTTP cache may answer
 * only what the server confirms is still its latest file.
 */
export const CENTRAL_BANK_CACHE: RequestCache = 'no-cache';

/** `nominal / pivotUnits`; NaN unless the nominal is positive, so two negatives never pass for a rate. */
function unitsPerPivot(nominal: unknown, pivotUnits: unknown): number {
  const units = readNumber(nominal);
  return units > 0 ? units / readNumber(pivotUnits) : NaN;
}

/**
 * Both banks publish how many units of their own currency (the pivot) buy `nominal` units of
 * another one: roubles per 100 KZT. The feed format wants units of the currency per pivot
 * unit, so each bank's answer becomes a snapshot based on its pivot, which `selectRates`
 * crosses into the base the page asks for, refusing unusable rates on the way. The first
 * entry of a code wins; an entry for the pivot itself is overruled by the crossing, which
 * knows the pivot is 1.
 */
function addQuote(published: RatesSnapshot, code: unknown, nominal: unknown, value: unknown, previousValue: unknown): void {
  if (!isCurrencyCode(code) || code in published.rates) return;
  published.rates[code] = unitsPerPivot(nominal, value);
  published.previous![code] = unitsPerPivot(nominal, previousValue);
}

/**
 * The Central Bank of Russia's daily rates as cbr-xml-daily.ru republishes them:
 * `{"Date": …, "Valute": {"KZT": {"CharCode": "KZT", "Nominal": 100, "Value": 18.5774,
 * "Previous": 18.3797}, …}}`, roubles per `Nominal` units; `Previous` crosses the same way.
 */
export function parseCbr(body: unknown, query: RatesQuery): LoadedRates {
  const { Date: date, Valute: valute } = isPlainObject(body) ? body : {};
  if (!isPlainObject(valute)) throw new RatesFormatError('cbr: expected {Valute: {…}}');
  const published: RatesSnapshot = { base: 'RUB', rates: {}, previous: {}, source: 'Central Bank of Russia' };
  if (typeof date === 'string') published.asOf = isoInstant(Date.parse(date));
  for (const entry of Object.values(valute)) {
    if (isPlainObject(entry)) addQuote(published, entry.CharCode, entry.Nominal, entry.Value, entry.Previous);
  }
  return selectRates('cbr', published, query);
}

/**
 * The Central Bank of Uzbekistan's rates: an array of `{"Ccy": "KGS", "Nominal": "1",
 * "Rate": "139.40", "Diff": "-0.19", "Date": "01.04.2026"}`, every value a string, sums per
 * `Nominal` units; the previous rate is `Rate − Diff`. The snapshot is dated by the newest row.
 */
export function parseCbu(body: unknown, query: RatesQuery): LoadedRates {
  if (!Array.isArray(body)) throw new RatesFormatError('cbu: expected [{Ccy, Nominal, Rate, Diff}]');
  const published: RatesSnapshot = { base: 'UZS', rates: {}, previous: {}, source: 'Central Bank of Uzbekistan' };
  for (const row of body) {
    if (!isPlainObject(row)) continue;
    // An unreadable Rate or Diff makes the previous value NaN, which addQuote refuses.
    addQuote(published, row.Ccy, row.Nominal, row.Rate, readNumber(row.Rate) - readNumber(row.Diff));
    const date = typeof row.Date === 'string' && row.Date.split('.').reverse().join('-');
    if (isIsoDay(date) && date > (published.asOf ?? '')) published.asOf = date;
  }
  return selectRates('cbu', published, query);
}
