import { isUsableRate } from '../snapshot.js';

/** Plain decimal after separators are normalised: no hex, no `Infinity`, no stray text. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Ordinary, no-break, narrow no-break and thin spaces, and the apostrophe, all used to group digits. */
const GROUPING = /[\s\u00a0\u202f\u2009']/g;

/**
 * Reads a number that a provider may send as a JSON number or as text, such as "139.40",
 * "75,5273" or "12 194,21". Where both a comma and a dot appear, the last one is the
 * decimal separator and the other groups digits; a lone comma is a decimal comma, because
 * that is how the central banks here write it. Anything else is undefined, never NaN.
 */
export function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.length > 64) return undefined;
  let text = value.replace(GROUPING, '');
  const comma = text.lastIndexOf(',');
  const dot = text.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) {
    text = comma > dot ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
  } else if (comma >= 0) {
    if (text.indexOf(',') !== comma) return undefined;
    text = text.replace(',', '.');
  }
  if (!DECIMAL.test(text)) return undefined;
  const number = Number(text);
  return Number.isFinite(number) ? number : undefined;
}

/** A number fit to be a rate or a nominal: finite and positive. */
export function readPositive(value: unknown): number | undefined {
  const number = readNumber(value);
  return isUsableRate(number) ? number : undefined;
}
