import { type HistoryPoint } from './snapshot.js';
/** The line's drawing box, in SVG user units (the element's `viewBox`); it is sized from the font (3em × 1em). */
export declare const TREND_WIDTH = 48;
export declare const TREND_HEIGHT = 16;
/** How far back a line reaches from its newest point. */
export declare const TREND_DAYS = 30;
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
export declare function trendOf(history: readonly HistoryPoint[] | undefined, inverse: boolean): Trend | undefined;
