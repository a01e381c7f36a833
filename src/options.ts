import { isCurrencyCode } from './snapshot.js';

/**
 * Attribute values come from CMS editors and are read forgivingly: every reader returns
 * the value to use, and `invalid` when it fell back to the default so the element can
 * warn once. None of them throws.
 */
export interface Read<T> {
  value: T;
  invalid: boolean;
}

const ok = <T>(value: T): Read<T> => ({ value, invalid: false });
const fallback = <T>(value: T): Read<T> => ({ value, invalid: true });
// Any attribute or property value: a string, a number, an array of symbols; only its text counts.
// eslint-disable-next-line @typescript-eslint/no-base-to-string
const isBlank = (raw: unknown): boolean => raw === undefined || raw === null || String(raw).trim() === '';

export const DEFAULT_SYMBOLS: readonly string[] = ['KGS', 'KZT', 'TJS', 'UZS', 'TMT'];
export const MIN_INTERVAL_SECONDS = 10;

/** Codes separated by spaces and/or commas, any case; duplicates and bad codes dropped. */
export function readSymbols(raw: unknown): Read<readonly string[]> {
  if (isBlank(raw)) return ok(DEFAULT_SYMBOLS);
  const tokens = (Array.isArray(raw) ? raw.map(String) : String(raw).split(/[\s,]+/))
    .map((token) => token.trim().toUpperCase())
    .filter(Boolean);
  const codes = [...new Set(tokens.filter(isCurrencyCode))];
  if (codes.length === 0) return fallback(DEFAULT_SYMBOLS);
  return { value: codes, invalid: codes.length !== tokens.length };
}

export function readBase(raw: unknown): Read<string> {
  if (isBlank(raw)) return ok('USD');
  const code = String(raw).trim().toUpperCase();
  return isCurrencyCode(code) ? ok(code) : fallback('USD');
}

function readNumber<D extends number | undefined>(
  raw: unknown,
  defaultValue: D,
  accept: (n: number) => boolean,
): Read<number | D> {
  if (isBlank(raw)) return ok(defaultValue);
  const number = typeof raw === 'number' ? raw : Number(String(raw).trim());
  return Number.isFinite(number) && accept(number) ? ok(number) : fallback(defaultValue);
}

/** Seconds between polls; anything below the floor is raised to it, not rejected. */
export function readInterval(raw: unknown): Read<number> {
  const read = readNumber(raw, 300, (n) => n > 0);
  return { ...read, value: Math.max(MIN_INTERVAL_SECONDS, read.value) };
}

export const readSpeed = (raw: unknown): Read<number> => readNumber(raw, 40, (n) => n >= 0 && n <= 10_000);

export const readDigits = (raw: unknown): Read<number> => readNumber(raw, 4, (n) => Number.isInteger(n) && n >= 1 && n <= 21);

export const readDecimals = (raw: unknown): Read<number | undefined> =>
  readNumber(raw, undefined, (n) => Number.isInteger(n) && n >= 0 && n <= 20);

export function readChoice<T extends string>(raw: unknown, choices: readonly T[], defaultValue: T): Read<T> {
  if (isBlank(raw)) return ok(defaultValue);
  const value = String(raw).trim().toLowerCase() as T;
  return choices.includes(value) ? ok(value) : fallback(defaultValue);
}

export type Theme = 'light' | 'dark' | 'auto';
export const readTheme = (raw: unknown): Read<Theme> => readChoice(raw, ['light', 'dark', 'auto'] as const, 'auto');

export type ScrollDirection = 'left' | 'right';
/** Unset follows the reading direction: right-to-left readers expect the strip to move right. */
export function readDirection(raw: unknown, rtl: boolean): Read<ScrollDirection> {
  return readChoice(raw, ['left', 'right'] as const, rtl ? 'right' : 'left');
}

/** A well-formed BCP 47 tag, else the fallback (the nearest `lang`, then the browser's), else English. */
export function readLocale(raw: unknown, fallbackLocale: string): Read<string> {
  const defaultLocale = isWellFormed(fallbackLocale) ? fallbackLocale : 'en';
  if (isBlank(raw)) return ok(defaultLocale);
  const requested = String(raw).trim();
  return isWellFormed(requested) ? ok(requested) : fallback(defaultLocale);
}

/**
 * A well-formed BCP 47 tag. Whether this browser has its data is Intl's business: it falls
 * back to the nearest locale it has, while the words still follow the tag (`ky` reads Russian).
 */
function isWellFormed(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length > 0;
  } catch {
    return false; // RangeError: not a well-formed tag
  }
}
