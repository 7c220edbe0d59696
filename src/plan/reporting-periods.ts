/** The set's reporting periods for a year as dates: the data window (start to cut-off) and the due date. */
import { dayOfYear, resolveDue } from '../rules/due.js';
import { showValue, usageError } from '../errors.js';
import { Calendar as CalendarSchema, type Calendar } from '../schema/criteria-set.js';

/** A reporting period resolved for a year; all dates `YYYY-MM-DD`, inclusive. */
export interface ResolvedPeriod {
  readonly id: string;
  readonly name: string;
  /** First day of data. */
  readonly start: string;
  /** Data cut-off: the last day the report covers. */
  readonly end: string;
  /** Last day the report may be sent on time. */
  readonly due: string;
}

/**
 * Every reporting period of a calendar for an assessment year, in the calendar's order.
 * Seed 000 (Sóc Trăng 196/KH-UBND): Q1 covers 15/12 of the year before to 14/3, due the 18th of March.
 * @example reportingPeriods(set.calendar, 2025)[0] // { id: 'q1', name: 'Báo cáo quý I', start: '2024-12-15', end: '2025-03-14', due: '2025-03-18' }
 */
export function reportingPeriods(given: Pick<Calendar, 'periods' | 'deadlines'>, year: number): ResolvedPeriod[] {
  const checked = CalendarSchema.safeParse(given);
  if (!checked.success) throw usageError('reportingPeriods', `calendar is not a criteria set's calendar (${checked.error.issues[0]?.message ?? 'bad shape'}); pass set.calendar of a checked set`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw usageError('reportingPeriods', `year must be a four-digit whole number, got ${showValue(year)}`);
  const calendar = checked.data;
  return Object.entries(calendar.periods).map(([id, p]) => ({
    id,
    name: p.name,
    start: dayOfYear(p.start, year),
    end: dayOfYear(p.end, year),
    due: resolveDue({ period: id }, calendar, year),
  }));
}

/**
 * The periods whose data window holds `date` (edges included): which reports a figure dated that day belongs to.
 * @example periodsCovering(reportingPeriods(set.calendar, 2025), '2025-03-14').map((p) => p.id) // ['q1', 'h1', 'year']
 */
export function periodsCovering(periods: readonly ResolvedPeriod[], date: string): ResolvedPeriod[] {
  return periods.filter((p) => p.start <= date && date <= p.end);
}
