/**
 * The feed format: the one shape every provider is turned into, the shape of the
 * `rates` property, of inline JSON, and of `fx-ticker-update`'s `detail.snapshot`.
 * Rates are units of each currency per 1 `base`.
 */
export interface RatesSnapshot {
  base: string;
  /** ISO 8601 date or date-time the rates were published for. */
  asOf?: string;
  rates: Record<string, number>;
  /** The prior published rates, for the daily change. */
  previous?: Record<string, number>;
  /** Human-readable attribution of the data. */
  source?: string;
  /** Earlier publications per currency, oldest first: `[date, units per base]`, what `trend` draws. */
  history?: RatesHistory;
  /**
   * The currencies whose rate (and previous rate and history) is their home central bank's own
   * publication, and the bank's key: `{"KZT": "NBK"}` (`fx-ticker-feed --official`).
   */
  official?: Record<string, string>;
}

/** `[ISO 8601 date, units per base]`. */
export type HistoryPoint = [date: string, rate: number];
export type RatesHistory = Record<string, HistoryPoint[]>;

/** Enough for 30 days of daily publications and then some; a longer series is cut to its newest points. */
export const MAX_HISTORY_POINTS = 64;

/** ISO 4217: three Latin capitals. */
export const CURRENCY_CODE = /^[A-Z]{3}$/;

export const isCurrencyCode = (value: unknown): value is string => typeof value === 'string' && CURRENCY_CODE.test(value);

export const isUsableRate = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0;

/** Thrown when a payload cannot be read as rates; the message says why. */
export class RatesFormatError extends Error {
  override name = 'RatesFormatError';
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Keeps only entries with an ISO 4217 key and a finite, positive number. Own keys only,
 * so `__proto__` or `constructor` in hostile JSON never reach the result; the result has
 * no prototype either, so no lookup can fall through to `Object.prototype`.
 */
export function cleanRateTable(table: unknown): Record<string, number> {
  const clean = Object.create(null) as Record<string, number>;
  if (!isPlainObject(table)) return clean;
  for (const key of Object.keys(table)) {
    const value = table[key];
    if (isCurrencyCode(key) && isUsableRate(value)) clean[key] = value;
  }
  return clean;
}

const MAX_TEXT = 200;
/** ISO 8601 date or date-time; browsers' Date.parse also accepts free text, which is not a date. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const cleanText = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim().slice(0, MAX_TEXT) : undefined;

/**
 * Reads anything claiming to be the feed format into a safe snapshot, or throws a
 * `RatesFormatError` saying what is wrong. Invalid single rates are dropped, not fatal.
 */
export function toSnapshot(input: unknown): RatesSnapshot {
  if (!isPlainObject(input)) throw new RatesFormatError('feed: expected a JSON object');
  if (!isCurrencyCode(input.base)) throw new RatesFormatError('feed: "base" must be an ISO 4217 code');
  if (!isPlainObject(input.rates)) throw new RatesFormatError('feed: "rates" must be an object');
  const rates = cleanRateTable(input.rates);
  if (Object.keys(rates).length === 0) throw new RatesFormatError('feed: no usable rate in "rates"');
  const snapshot: RatesSnapshot = { base: input.base, rates };
  const previous = cleanRateTable(input.previous);
  if (Object.keys(previous).length > 0) snapshot.previous = previous;
  const asOf = cleanText(input.asOf);
  if (asOf && ISO_DATE.test(asOf) && !Number.isNaN(Date.parse(asOf))) snapshot.asOf = asOf;
  const source = cleanText(input.source);
  if (source) snapshot.source = source;
  const history = cleanHistory(input.history);
  if (history) snapshot.history = history;
  const official = cleanOfficial(input.official, rates);
  if (official) snapshot.official = official;
  return snapshot;
}

/**
 * A feed's `official` table: each bank's key (`NBK`: Latin capitals) for a currency that has a
 * rate; anything else is dropped entry by entry, so a hostile table can name no bank.
 */
function cleanOfficial(table: unknown, rates: Record<string, number>): Record<string, string> | undefined {
  if (!isPlainObject(table)) return undefined;
  const clean = Object.create(null) as Record<string, string>;
  for (const code of Object.keys(table)) {
    const bank = table[code];
    if (code in rates && typeof bank === 'string' && /^[A-Z]{2,8}$/.test(bank)) clean[code] = bank;
  }
  return Object.keys(clean).length ? clean : undefined;
}

const isIsoDate = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 40 && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));

/**
 * The usable points of a `history` table: ISO 4217 keys, `[ISO date, finite positive rate]`
 * points, oldest first as the format has them (a point not later than the one kept before it
 * is dropped), the newest `MAX_HISTORY_POINTS` kept. Anything else is dropped point by point;
 * undefined when nothing is left.
 */
export function cleanHistory(table: unknown): RatesHistory | undefined {
  if (!isPlainObject(table)) return undefined;
  const clean = Object.create(null) as RatesHistory;
  for (const code of Object.keys(table)) {
    const series = table[code];
    if (!isCurrencyCode(code) || !Array.isArray(series)) continue;
    const points: HistoryPoint[] = [];
    let last = -Infinity;
    for (const point of series as unknown[]) {
      const [date, rate] = Array.isArray(point) ? (point as unknown[]) : [];
      const time = isIsoDate(date) && isUsableRate(rate) ? Date.parse(date) : NaN;
      if (time > last) {
        points.push([date as string, rate as number]);
        last = time;
      }
    }
    if (points.length) clean[code] = points.slice(-MAX_HISTORY_POINTS);
  }
  return Object.keys(clean).length ? clean : undefined;
}

/**
 * Re-expresses a snapshot against another base by crossing through the snapshot's own
 * base: units of S per new base = rates[S] / rates[newBase]. Returns undefined when the
 * new base is not quoted.
 */
export function rebase(snapshot: RatesSnapshot, base: string): RatesSnapshot | undefined {
  if (snapshot.base === base) return snapshot;
  const cross = (table: Record<string, number> | undefined): Record<string, number> | undefined => {
    const pivot = table?.[base];
    if (!table || !isUsableRate(pivot)) return undefined;
    // The old base is 1 of itself, whatever the table says.
    const withOldBase = { ...table, [snapshot.base]: 1 };
    const crossed = Object.create(null) as Record<string, number>;
    for (const code of Object.keys(withOldBase)) {
      const value = withOldBase[code] / pivot;
      if (isUsableRate(value)) crossed[code] = value;
    }
    delete crossed[base];
    return crossed;
  };
  const rates = cross(snapshot.rates);
  if (!rates) return undefined;
  const rebased: RatesSnapshot = { ...snapshot, base, rates };
  // A rate crossed through another currency is no longer its bank's own figure.
  delete rebased.official;
  const previous = cross(snapshot.previous);
  if (previous) rebased.previous = previous;
  else delete rebased.previous;
  const history = snapshot.history && crossHistory(snapshot.history, snapshot.base, base);
  if (history) rebased.history = history;
  else delete rebased.history;
  return rebased;
}

/**
 * History crossed like the rates, date by date: a point of S survives only on a date the new
 * base has a point of its own (never a rate of one day divided by the base of another). The
 * old base gets the series `1 / pivot`.
 */
function crossHistory(history: RatesHistory, oldBase: string, base: string): RatesHistory | undefined {
  const pivots = new Map(history[base]?.map(([date, rate]) => [date, rate]));
  if (!pivots.size) return undefined;
  const crossed = Object.create(null) as RatesHistory;
  const series = { ...history, [oldBase]: [...pivots.keys()].map((date): HistoryPoint => [date, 1]) };
  for (const code of Object.keys(series)) {
    if (code === base) continue;
    const points: HistoryPoint[] = [];
    for (const [date, rate] of series[code]) {
      const value = rate / pivots.get(date)!;
      if (isUsableRate(value)) points.push([date, value]);
    }
    if (points.length) crossed[code] = points;
  }
  return Object.keys(crossed).length ? crossed : undefined;
}
