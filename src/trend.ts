import { isUsableRate, type HistoryPoint } from './snapshot.js';

/** The line's drawing box, in SVG user units (the element's `viewBox`); it is sized from the font (3em × 1em). */
export const TREND_WIDTH = 48;
export const TREND_HEIGHT = 16;
/** The line keeps clear of the box's top and bottom edges by this much, so the stroke is never cut. */
const INSET = 1.5;
/** How far back a line reaches from its newest point. */
export const TREND_DAYS = 30;
const DAY_MS = 86_400_000;

export interface Trend {
  /** The `points` of an SVG polyline in a TREND_WIDTH × TREND_HEIGHT box (y grows downwards). */
  points: string;
  /** Lowest and highest shown value on the line. */
  low: number;
  high: number;
  /** Whole days from the first point to the last. */
  days: number;
}

/**
 * The small line of an item: its shown value (`1 / rate`, or `rate` when inverse, as `quoteFor`
 * shows it) over the last TREND_DAYS days of `history` (oldest first, as `toSnapshot` leaves it),
 * placed by date so that a gap in publications is a gap in time. Undefined for fewer than two
 * points. A flat series (a peg) runs along the middle.
 */
export function trendOf(history: readonly HistoryPoint[] | undefined, inverse: boolean): Trend | undefined {
  const last = Date.parse(history?.at(-1)?.[0] ?? '');
  const shown: Array<[time: number, value: number]> = [];
  for (const [date, rate] of history ?? []) {
    const time = Date.parse(date);
    const value = inverse ? rate : 1 / rate;
    if (time >= last - TREND_DAYS * DAY_MS && isUsableRate(value)) shown.push([time, value]);
  }
  if (shown.length < 2) return undefined;
  const values = shown.map(([, value]) => value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const first = shown[0][0];
  const span = last - first || 1;
  const round = (n: number) => Math.round(n * 10) / 10;
  const y = (value: number) =>
    high === low ? TREND_HEIGHT / 2 : INSET + ((high - value) / (high - low)) * (TREND_HEIGHT - 2 * INSET);
  const points = shown.map(([time, value]) => `${round(((time - first) / span) * TREND_WIDTH)},${round(y(value))}`).join(' ');
  return { points, low, high, days: Math.round((last - first) / DAY_MS) };
}
