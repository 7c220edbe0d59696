/** One dated expression: a day, "tháng 01/2025", "quý i/2025", "năm 2025" (normalised text). */
import type { DueDate } from '../schema/plan.js';
import { dayBefore, isoDay, monthBounds, quarterBounds, yearBounds } from './calendar.js';

/** A dated expression read, or why it could not be: `unreadable` (no match), `invalid` (no such date) or `no-year`. */
export type PeriodRead = { ok: true; value: DueDate } | { ok: false; problem: 'unreadable' | 'invalid' | 'no-year'; detail?: string };

const YEAR = String.raw`(?:\s*[/.-]\s*|\s+năm\s+|\s+)(\d{4})`;
const QUARTER = new RegExp(String.raw`^(?:trong )?quý\s*([ivxl]+|\d+)(?:${YEAR})?$`);
const MONTH = new RegExp(String.raw`^(?:trong )?tháng\s*(\d{1,2})(?:${YEAR})?$`);
const YEAR_ONLY = /^(?:trong )?(?:cả )?năm (\d{4})$/;
const DAY = /^(trước|đến|chậm nhất|hạn|)\s*(?:ngày\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/**
 * Reads one dated expression; the year comes from the text or else from `year`.
 * @example readPeriod('quý i/2025').ok // true, due 2025-03-31
 */
export function readPeriod(text: string, year: number | undefined): PeriodRead {
  const q = QUARTER.exec(text);
  if (q) return quarter(q[1]!, q[2], year);
  const m = MONTH.exec(text);
  if (m) return month(Number(m[1]), m[2], year);
  const y = YEAR_ONLY.exec(text);
  if (y) return withBounds('year', yearBounds(Number(y[1])));
  const d = DAY.exec(text);
  if (d) return day(d[1]!, Number(d[4]), Number(d[3]), Number(d[2]));
  return { ok: false, problem: 'unreadable' };
}

function withBounds(precision: DueDate['precision'], b: { start: string; end: string }): PeriodRead {
  return { ok: true, value: { kind: 'date', due: b.end, start: b.start, precision } };
}

function pickYear(written: string | undefined, year: number | undefined): number | undefined {
  return written !== undefined ? Number(written) : year;
}

function quarter(q: string, written: string | undefined, year: number | undefined): PeriodRead {
  const n = /^\d+$/.test(q) ? Number(q) : ROMAN[q];
  if (n === undefined || n < 1 || n > 4) return { ok: false, problem: 'invalid', detail: `there is no quarter ${q.toUpperCase()} (quarters are I–IV)` };
  const y = pickYear(written, year);
  return y === undefined ? { ok: false, problem: 'no-year' } : withBounds('quarter', quarterBounds(y, n));
}

function month(n: number, written: string | undefined, year: number | undefined): PeriodRead {
  if (n < 1 || n > 12) return { ok: false, problem: 'invalid', detail: `there is no month ${n} (months are 1–12)` };
  const y = pickYear(written, year);
  return y === undefined ? { ok: false, problem: 'no-year' } : withBounds('month', monthBounds(y, n));
}

/** "Trước X" (before X) is due the day before X; a bare date, "đến X" or "chậm nhất X" on X itself. */
function day(prefix: string, y: number, m: number, d: number): PeriodRead {
  const named = isoDay(y, m, d);
  if (named === undefined) return { ok: false, problem: 'invalid', detail: `${d}/${m}/${y} is not a real calendar date` };
  if (prefix !== 'trước') return { ok: true, value: { kind: 'date', due: named, precision: 'day' } };
  return { ok: true, value: { kind: 'date', due: dayBefore(y, m, d)!, precision: 'day', before: named } };
}
