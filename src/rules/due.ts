/** Due dates a rule refers to: a named deadline or reporting period of the set's calendar, a fixed date, or a day of the year. */
import { z } from 'zod';
import { addDays, format } from 'date-fns';
import { DayOfYear, Identifier, IsoDate } from '../schema/common.js';
import type { Calendar, DayOfYear as Day } from '../schema/criteria-set.js';

export const DueSpec = z.union([
  z.object({ deadline: Identifier }).strict(),
  z.object({ period: Identifier }).strict(),
  z.object({ date: IsoDate }).strict(),
  DayOfYear,
]);
export type DueSpec = z.infer<typeof DueSpec>;

/** Checks that a due spec names something the calendar declares; returns a message or undefined. */
export function checkDue(spec: DueSpec, calendar: Calendar): string | undefined {
  if ('deadline' in spec && !(spec.deadline in calendar.deadlines)) {
    return `deadline "${spec.deadline}" is not declared in calendar.deadlines`;
  }
  if ('period' in spec && !(spec.period in calendar.periods)) {
    return `period "${spec.period}" is not declared in calendar.periods`;
  }
  return undefined;
}

/** A day of year resolved for `year`, clamped to the month's last day (31 → 30 in April). */
export function dayOfYear(d: Day, year: number): string {
  // Day 0 of the next month, in UTC: date-fns works in the host's zone, which moved 31/12 to 30/12 in Vietnam (UTC+7).
  const last = new Date(Date.UTC(year + d.yearOffset, d.month, 0)).getUTCDate();
  return isoDate(new Date(Date.UTC(year + d.yearOffset, d.month - 1, Math.min(d.day, last))));
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Resolves a due spec to `YYYY-MM-DD` for an assessment year. */
export function resolveDue(spec: DueSpec, calendar: Calendar, year: number): string {
  if ('date' in spec) return spec.date;
  if ('deadline' in spec) return dayOfYear(calendar.deadlines[spec.deadline]!, year);
  if ('period' in spec) {
    const p = calendar.periods[spec.period]!;
    if ('dayOfEndMonth' in p.due) {
      return dayOfYear({ month: p.end.month, day: p.due.dayOfEndMonth, yearOffset: p.end.yearOffset }, year);
    }
    return dayOfYear(p.due, year);
  }
  return dayOfYear(spec, year);
}

/** Describes a due spec for traces. */
export function describeDue(spec: DueSpec): string {
  if ('date' in spec) return spec.date;
  if ('deadline' in spec) return `deadline ${spec.deadline}`;
  if ('period' in spec) return `period ${spec.period}`;
  return `${spec.day}/${spec.month}${spec.yearOffset ? ` (year ${spec.yearOffset > 0 ? '+' : ''}${spec.yearOffset})` : ''}`;
}

/** `YYYY-MM-DD` plus whole days. */
export function plusDays(date: string, days: number): string {
  return format(addDays(new Date(`${date}T00:00:00`), days), 'yyyy-MM-dd');
}

/** Memoises a due date per year: rules are compiled once and scored for many units. */
export function dueResolver(spec: DueSpec, calendar: Calendar): (year: number) => string {
  // A batch is nearly always one year: remember the last one.
  let lastYear = Number.NaN;
  let lastDue = '';
  return (year) => {
    if (year !== lastYear) {
      lastDue = resolveDue(spec, calendar, year);
      lastYear = year;
    }
    return lastDue;
  };
}
