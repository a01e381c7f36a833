/** The UTC calendar day of a moment, as YYYY-MM-DD. */
export declare const isoDay: (moment: Date) => string;
/** A real calendar day written YYYY-MM-DD (rejects 2025-02-30, which Date would roll over). */
export declare function isIsoDay(value: unknown): value is string;
/** The day `days` after (or, negative, before) a YYYY-MM-DD day. */
export declare function shiftDay(day: string, days: number): string;
/** "01.04.2026" (day first, as cbu.uz writes it) to "2026-04-01"; undefined when not a real day. */
export declare function fromDottedDay(value: unknown): string | undefined;
/** Keeps an ISO date or date-time only when it parses, so `asOf` is never "Invalid Date". */
export declare function cleanIsoMoment(value: unknown): string | undefined;
