import { type RatesSnapshot } from '../snapshot.js';
import type { ProviderName, RatesQuery } from './types.js';
export type RateTable = Record<string, number>;
/** A table with no prototype, so a code read from hostile JSON can never reach `Object.prototype`. */
export declare const emptyTable: () => RateTable;
export declare const isRecord: (value: unknown) => value is Record<string, unknown>;
/** Own property only: `body["__proto__"]` or `body.constructor` are never mistaken for data. */
export declare const ownValue: (record: Record<string, unknown>, key: string) => unknown;
/** Upper-cased, de-duplicated, in the caller's order. */
export declare function normalizeSymbols(symbols: readonly string[]): string[];
/**
 * Crosses a table of "pivot units per 1 unit of X" (the way central banks publish: roubles
 * per dollar, sums per tenge) into "units of X per 1 base": perUnit[base] / perUnit[X].
 */
export declare function crossThroughPivot(perUnit: RateTable, base: string): RateTable | undefined;
/** Re-expresses a full snapshot against `base`, or says why it cannot. */
export declare function rebaseOrThrow(provider: ProviderName, snapshot: RatesSnapshot, base: string): RatesSnapshot;
export interface Selection {
    snapshot: RatesSnapshot;
    missing: string[];
}
/**
 * Narrows a snapshot already quoted against `query.base` to the requested symbols, in their
 * order. Symbols without a usable rate go to `missing`; a symbol equal to the base is 1 by
 * definition. No symbols at all means every quoted currency. Throws when nothing is left,
 * because an empty strip is never what the page wants.
 */
export declare function selectSymbols(provider: ProviderName, full: RatesSnapshot, query: RatesQuery): Selection;
/** The feed format's key order (base, asOf, rates, previous, source), without empty keys. */
export declare function inFeedOrder({ base, asOf, rates, previous, source }: RatesSnapshot): RatesSnapshot;
