import { RatesFormatError, isUsableRate, rebase, type RatesHistory, type RatesSnapshot } from '../snapshot.js';
import type { LoadedRates, ProviderName, RatesQuery } from './types.js';

/**
 * Units per currency code. Every code written into one is checked as ISO 4217 first, and every
 * value read from one is checked as a usable rate, so a plain object is safe even for hostile
 * codes such as `__proto__`: they are never written, and what they read is no rate.
 */
export type RateTable = Record<string, number>;

/**
 * Reads a number that a provider may send as a JSON number or as text, such as "139.40",
 * "75,5273" or "12 194,21": spaces and apostrophes group digits, and a comma is a decimal
 * comma, because that is how the central banks here write it (text with both a comma and a
 * dot is refused rather than guessed at). A finite number, or NaN for anything else, so that
 * arithmetic on an unreadable value stays NaN until `isUsableRate` refuses the result.
 */
export function readNumber(value: unknown): number {
  let number = typeof value === 'number' ? value : NaN;
  if (typeof value === 'string' && value.length <= 64) {
    // \s covers the no-break and thin spaces too.
    const text = value.replace(/[\s']/g, '').replace(',', '.');
    // Number alone would also read hex, binary, "Infinity" and empty text (as 0).
    if (/^[\d.e+-]+$/i.test(text)) number = Number(text);
  }
  return Number.isFinite(number) ? number : NaN;
}

/** A time as ISO 8601 in UTC; undefined for an invalid one (`toJSON`, unlike `toISOString`, gives null rather than throwing). */
export const isoInstant = (time: number): string | undefined => new Date(time).toJSON() ?? undefined;

/** The UTC calendar day of a time, as YYYY-MM-DD. */
export const isoDay = (time: number): string | undefined => isoInstant(time)?.slice(0, 10);

/** A real calendar day written YYYY-MM-DD: Date rolls 2025-02-30 over into March, so the day must survive a round trip. */
export const isIsoDay = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value) && isoDay(Date.parse(value)) === value;

/**
 * Turns a provider's publication into what the caller asked for: crossed into `query.base`
 * (through the publication's own base, by `rebase`), narrowed to the requested symbols in
 * their order. This is where every rate is checked: a symbol without a finite, positive rate
 * goes to `missing`, and a previous value that is not usable is left out. Throws when nothing
 * is left, because an empty strip is never what the page wants.
 */
export function selectRates(provider: ProviderName, published: RatesSnapshot, { base, symbols }: RatesQuery): LoadedRates {
  const full = rebase(published, base);
  if (!full) throw new RatesFormatError(`${provider}: no rate for the base ${base}`);
  // The base is 1 by definition, today and before.
  full.rates[base] = 1;
  if (full.previous) full.previous[base] = 1;
  const rates: RateTable = {};
  const previous: RateTable = {};
  const history: RatesHistory = {};
  const official: Record<string, string> = {};
  const missing: string[] = [];
  const skipped: string[] = [];
  for (const code of symbols) {
    const rate = full.rates[code];
    const prior = full.previous?.[code];
    const series = full.history?.[code];
    if (!isUsableRate(rate)) {
      missing.push(code);
      // Crossing drops unusable rates, so the reason is read from the publication itself.
      const value = published.rates[code];
      skipped.push(`${code}: ${value === undefined ? 'not quoted' : `bad rate ${value}`}`);
    } else {
      rates[code] = rate;
      if (isUsableRate(prior)) previous[code] = prior;
      // The base against itself is a flat 1: no line worth drawing.
      if (series && code !== base) history[code] = series;
      if (full.official?.[code]) official[code] = full.official[code];
    }
  }
  if (missing.length === symbols.length) {
    throw new RatesFormatError(`${provider}: no usable rate for ${symbols.join(' ')} against ${base}`);
  }
  const snapshot: RatesSnapshot = { base, rates };
  if (full.asOf) snapshot.asOf = full.asOf;
  if (Object.keys(previous).length > 0) snapshot.previous = previous;
  if (full.source) snapshot.source = full.source;
  if (Object.keys(history).length > 0) snapshot.history = history;
  if (Object.keys(official).length > 0) snapshot.official = official;
  return { snapshot, provider, missing, skipped };
}
