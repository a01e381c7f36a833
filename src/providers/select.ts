import { RatesFormatError, isCurrencyCode, isUsableRate, rebase, type RatesSnapshot } from '../snapshot.js';
import type { ProviderName, RatesQuery } from './types.js';

export type RateTable = Record<string, number>;

/** A table with no prototype, so a code read from hostile JSON can never reach `Object.prototype`. */
export const emptyTable = (): RateTable => Object.create(null) as RateTable;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Own property only: `body["__proto__"]` or `body.constructor` are never mistaken for data. */
export const ownValue = (record: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** Upper-cased, de-duplicated, in the caller's order. */
export function normalizeSymbols(symbols: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const symbol of symbols) {
    const code = String(symbol).trim().toUpperCase();
    if (code) seen.add(code);
  }
  return [...seen];
}

/**
 * Crosses a table of "pivot units per 1 unit of X" (the way central banks publish: roubles
 * per dollar, sums per tenge) into "units of X per 1 base": perUnit[base] / perUnit[X].
 */
export function crossThroughPivot(perUnit: RateTable, base: string): RateTable | undefined {
  const basePerUnit = perUnit[base];
  if (!isUsableRate(basePerUnit)) return undefined;
  const crossed = emptyTable();
  for (const code of Object.keys(perUnit)) {
    const rate = basePerUnit / perUnit[code];
    if (isUsableRate(rate)) crossed[code] = rate;
  }
  return crossed;
}

/** Re-expresses a full snapshot against `base`, or says why it cannot. */
export function rebaseOrThrow(provider: ProviderName, snapshot: RatesSnapshot, base: string): RatesSnapshot {
  const rebased = rebase(snapshot, base);
  if (!rebased) {
    throw new RatesFormatError(`${provider}: ${base} is not quoted, so nothing can be expressed per ${base}`);
  }
  return rebased;
}

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
export function selectSymbols(provider: ProviderName, full: RatesSnapshot, query: RatesQuery): Selection {
  const base = full.base;
  const requested = normalizeSymbols(query.symbols);
  const symbols = requested.length > 0 ? requested : Object.keys(full.rates).filter((code) => code !== base);
  const rates = emptyTable();
  const previous = emptyTable();
  const missing: string[] = [];
  for (const symbol of symbols) {
    if (!isCurrencyCode(symbol)) {
      missing.push(symbol);
    } else if (symbol === base) {
      rates[symbol] = 1;
      if (full.previous) previous[symbol] = 1;
    } else if (isUsableRate(full.rates[symbol])) {
      rates[symbol] = full.rates[symbol];
      const prior = full.previous?.[symbol];
      if (isUsableRate(prior)) previous[symbol] = prior;
    } else {
      missing.push(symbol);
    }
  }
  if (Object.keys(rates).length === 0) {
    const wanted = symbols.length > 0 ? symbols.join(', ') : 'any currency';
    throw new RatesFormatError(`${provider}: no usable rate for ${wanted} against ${base}`);
  }
  const snapshot: RatesSnapshot = { base, rates };
  if (full.asOf) snapshot.asOf = full.asOf;
  if (Object.keys(previous).length > 0) snapshot.previous = previous;
  if (full.source) snapshot.source = full.source;
  return { snapshot, missing };
}

/** The feed format's key order (base, asOf, rates, previous, source), without empty keys. */
export function inFeedOrder({ base, asOf, rates, previous, source }: RatesSnapshot): RatesSnapshot {
  return {
    base,
    ...(asOf ? { asOf } : {}),
    rates,
    ...(previous && Object.keys(previous).length > 0 ? { previous } : {}),
    ...(source ? { source } : {}),
  };
}
