/** The set's reporting periods for a year as dates: the data window (start to cut-off) and the due date. */
import { dayOfYear, resolveDue } from '../rules/due.js';
import type { Calendar } from '../schema/criteria-set.js';

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
export function reportingPeriods(calendar: Pick<Calendar, 'periods' | 'deadlines'>, year: number): ResolvedPeriod[] {
  return Object.entries(calendar.periods).map(([id, p]) => ({
    id,
    name: p.name,
    start: dayOfYear(p.start, year),
    end: dayOfYear(p.end, year),
    due: resolveDue({ period: id }, calendar as Calendar, year),
  }));
}

/**
 * The periods whose data window holds `date` (edges included): which reports a figure dated that day belongs to.
 * @example periodsCovering(reportingPeriods(set.calendar, 2025), '2025-03-14').map((p) => p.id) // ['q1', 'h1', 'year']
 */
export function periodsCovering(periods: readonly ResolvedPeriod[], date: string): ResolvedPeriod[] {
  return periods.filter((p) => p.start <= date && date <= p.end);
}
