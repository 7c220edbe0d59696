/** Calendar periods as `YYYY-MM-DD` strings, independent of the host's time zone. */
import { endOfMonth, endOfQuarter, endOfYear, format, isValid, subDays } from 'date-fns';

/** A plain calendar day as a local Date: date-fns reads and `format` writes it in the same zone, so no UTC shift. */
function local(year: number, month: number, day: number): Date | undefined {
  const d = new Date(year, month - 1, day);
  d.setFullYear(year); // years 0–99 would otherwise be read as 1900–1999
  return isValid(d) && d.getFullYear() === year && d.getMonth() === month - 1 && d.getDate() === day ? d : undefined;
}

const iso = (d: Date): string => format(d, 'yyyy-MM-dd');

/**
 * The day as `YYYY-MM-DD`, or undefined when it does not exist.
 * @example isoDay(2025, 2, 31) // undefined
 */
export function isoDay(year: number, month: number, day: number): string | undefined {
  const d = local(year, month, day);
  return d && iso(d);
}

/**
 * The day before an existing day.
 * @example dayBefore(2024, 3, 1) // '2024-02-29'
 */
export function dayBefore(year: number, month: number, day: number): string | undefined {
  const d = local(year, month, day);
  return d && iso(subDays(d, 1));
}

/**
 * First and last day of a month (1–12).
 * @example monthBounds(2024, 2) // { start: '2024-02-01', end: '2024-02-29' }
 */
export function monthBounds(year: number, month: number): { start: string; end: string } {
  const first = local(year, month, 1)!;
  return { start: iso(first), end: iso(endOfMonth(first)) };
}

/**
 * First and last day of a quarter (1–4).
 * @example quarterBounds(2024, 4) // { start: '2024-10-01', end: '2024-12-31' }
 */
export function quarterBounds(year: number, quarter: number): { start: string; end: string } {
  const first = local(year, quarter * 3 - 2, 1)!;
  return { start: iso(first), end: iso(endOfQuarter(first)) };
}

/**
 * First and last day of a year.
 * @example yearBounds(2025) // { start: '2025-01-01', end: '2025-12-31' }
 */
export function yearBounds(year: number): { start: string; end: string } {
  const first = local(year, 1, 1)!;
  return { start: iso(first), end: iso(endOfYear(first)) };
}
