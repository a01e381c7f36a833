const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DOTTED_DAY = /^(\d{2})\.(\d{2})\.(\d{4})$/;
const DAY_MS = 86_400_000;

/** The UTC calendar day of a moment, as YYYY-MM-DD. */
export const isoDay = (moment: Date): string => moment.toISOString().slice(0, 10);

/** A real calendar day written YYYY-MM-DD (rejects 2025-02-30, which Date would roll over). */
export function isIsoDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const moment = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return !Number.isNaN(moment.getTime()) && isoDay(moment) === value;
}

/** The day `days` after (or, negative, before) a YYYY-MM-DD day. */
export function shiftDay(day: string, days: number): string {
  return isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

/** "01.04.2026" (day first, as cbu.uz writes it) to "2026-04-01"; undefined when not a real day. */
export function fromDottedDay(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = DOTTED_DAY.exec(value.trim());
  if (!match) return undefined;
  const day = `${match[3]}-${match[2]}-${match[1]}`;
  return isIsoDay(day) ? day : undefined;
}

/** Keeps an ISO date or date-time only when it parses, so `asOf` is never "Invalid Date". */
export function cleanIsoMoment(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 40) return undefined;
  const trimmed = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}/.test(trimmed) || Number.isNaN(Date.parse(trimmed))) return undefined;
  return trimmed;
}
