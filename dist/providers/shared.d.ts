import { type RatesSnapshot } from '../snapshot.js';
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
export declare function readNumber(value: unknown): number;
/** A time as ISO 8601 in UTC; undefined for an invalid one (`toJSON`, unlike `toISOString`, gives null rather than throwing). */
export declare const isoInstant: (time: number) => string | undefined;
/** The UTC calendar day of a time, as YYYY-MM-DD. */
export declare const isoDay: (time: number) => string | undefined;
/** A real calendar day written YYYY-MM-DD: Date rolls 2025-02-30 over into March, so the day must survive a round trip. */
export declare const isIsoDay: (value: unknown) => value is string;
/**
 * Turns a provider's publication into what the caller asked for: crossed into `query.base`
 * (through the publication's own base, by `rebase`), narrowed to the requested symbols in
 * their order. This is where every rate is checked: a symbol without a finite, positive rate
 * goes to `missing`, and a previous value that is not usable is left out. Throws when nothing
 * is left, because an empty strip is never what the page wants.
 */
export declare function selectRates(provider: ProviderName, published: RatesSnapshot, { base, symbols }: RatesQuery): LoadedRates;
