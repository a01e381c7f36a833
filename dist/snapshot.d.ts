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
export declare const MAX_HISTORY_POINTS = 64;
/** ISO 4217: three Latin capitals. */
export declare const CURRENCY_CODE: RegExp;
export declare const isCurrencyCode: (value: unknown) => value is string;
export declare const isUsableRate: (value: unknown) => value is number;
/** Thrown when a payload cannot be read as rates; the message says why. */
export declare class RatesFormatError extends Error {
    name: string;
}
export declare const isPlainObject: (value: unknown) => value is Record<string, unknown>;
/**
 * Keeps only entries with an ISO 4217 key and a finite, positive number. Own keys only,
 * so `__proto__` or `constructor` in hostile JSON never reach the result; the result has
 * no prototype either, so no lookup can fall through to `Object.prototype`.
 */
export declare function cleanRateTable(table: unknown): Record<string, number>;
/**
 * Reads anything claiming to be the feed format into a safe snapshot, or throws a
 * `RatesFormatError` saying what is wrong. Invalid single rates are dropped, not fatal.
 */
export declare function toSnapshot(input: unknown): RatesSnapshot;
/**
 * The usable points of a `history` table: ISO 4217 keys, `[ISO date, finite positive rate]`
 * points, oldest first as the format has them (a point not later than the one kept before it
 * is dropped), the newest `MAX_HISTORY_POINTS` kept. Anything else is dropped point by point;
 * undefined when nothing is left.
 */
export declare function cleanHistory(table: unknown): RatesHistory | undefined;
/**
 * Re-expresses a snapshot against another base by crossing through the snapshot's own
 * base: units of S per new base = rates[S] / rates[newBase]. Returns undefined when the
 * new base is not quoted.
 */
export declare function rebase(snapshot: RatesSnapshot, base: string): RatesSnapshot | undefined;
