/**
 * Attribute values come from CMS editors and are read forgivingly: every reader returns
 * the value to use, and `invalid` when it fell back to the default so the element can
 * warn once. None of them throws.
 */
export interface Read<T> {
    value: T;
    invalid: boolean;
}
export declare const DEFAULT_SYMBOLS: readonly string[];
export declare const MIN_INTERVAL_SECONDS = 10;
/** Codes separated by spaces and/or commas, any case; duplicates and bad codes dropped. */
export declare function readSymbols(raw: unknown): Read<readonly string[]>;
export declare function readBase(raw: unknown): Read<string>;
/** Seconds between polls; anything below the floor is raised to it, not rejected. */
export declare function readInterval(raw: unknown): Read<number>;
export declare const readSpeed: (raw: unknown) => Read<number>;
export declare const readDigits: (raw: unknown) => Read<number>;
export declare const readDecimals: (raw: unknown) => Read<number | undefined>;
export declare function readChoice<T extends string>(raw: unknown, choices: readonly T[], defaultValue: T): Read<T>;
export type Theme = 'light' | 'dark' | 'auto';
export declare const readTheme: (raw: unknown) => Read<Theme>;
export type ScrollDirection = 'left' | 'right';
/** Unset follows the reading direction: right-to-left readers expect the strip to move right. */
export declare function readDirection(raw: unknown, rtl: boolean): Read<ScrollDirection>;
/** A well-formed BCP 47 tag, else the fallback (the nearest `lang`, then the browser's), else English. */
export declare function readLocale(raw: unknown, fallbackLocale: string): Read<string>;
