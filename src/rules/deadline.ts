/**
 * Deadline: done on time → maximum; late → `latePoints` (within `graceDays`
 * when given, later counts as not done); not done → `notDonePoints`. The date
 * metric is `null` when not done; a date after `asOf` has not happened yet.
 */
import { z } from 'zod';
import { Decimal } from '../decimal.js';
import { exactOf } from '../exact.js';
import { Identifier, NonNegativeDecimal } from '../schema/common.js';
import { checkDue, describeDue, dueResolver, DueSpec, plusDays } from './due.js';
import { defineRule } from './types.js';

/** Trace note on a row whose deadline has not come yet on the as-of date. */
export const NOT_YET_DUE = 'not yet due as of the scoring date';

export const deadline = defineRule({
  kind: 'deadline',
  summary: 'on time → maximum, late → latePoints (within graceDays), not done → notDonePoints',
  schema: z
    .object({
      kind: z.literal('deadline'),
      metric: Identifier.describe('Date done (YYYY-MM-DD), null when not done'),
      due: DueSpec,
      latePoints: NonNegativeDecimal.default('0'),
      graceDays: z.number().int().min(0).optional(),
      notDonePoints: NonNegativeDecimal.default('0'),
    })
    .strict(),
  reads: (p) => [{ metric: p.metric, units: ['date'], path: ['metric'] }],
  check(p, ctx) {
    const bad = checkDue(p.due, ctx.calendar);
    if (bad) ctx.report(['due'], 'UNKNOWN_CALENDAR_REF', bad);
    for (const key of ['latePoints', 'notDonePoints'] as const) {
      if (new Decimal(p[key]).gt(ctx.maxPoints)) ctx.report([key], 'POINTS_EXCEED_MAX', `${key} ${p[key]} exceed the row maximum ${ctx.maxPoints}`);
    }
  },
  compile(p, ctx) {
    const dueOf = dueResolver(p.due, ctx.calendar);
    const late = exactOf(p.latePoints);
    const notDone = exactOf(p.notDonePoints);
    const dueText = describeDue(p.due);
    // The end of the grace period per year, computed once: date-fns formatting per unit was costly.
    const graceEnd = new Map<number, string>();
    const graceEndOf = (year: number, due: string, days: number): string => {
      let end = graceEnd.get(year);
      if (end === undefined) graceEnd.set(year, (end = plusDays(due, days)));
      return end;
    };
    const metric = ctx.metric(p.metric);
    return (env) => {
      const done = env.date(metric);
      if (done === undefined) return env.blocked()!;
      const due = dueOf(env.year);
      env.input('due', due);
      if (done === null || (env.asOf !== undefined && done > env.asOf)) {
        const pending = env.asOf !== undefined && env.asOf <= due;
        const when = done === null ? 'not done' : `done ${done}, after as-of ${env.asOf}`;
        return env.scored(notDone, env.tracing && `${when}${pending ? `; not yet due (${due})` : ''} → ${p.notDonePoints}`, pending ? [NOT_YET_DUE] : undefined);
      }
      if (done <= due) return env.scored(ctx.maxPoints, env.tracing && `done ${done} ≤ due ${due} (${dueText}) → on time`);
      if (p.graceDays !== undefined && done > graceEndOf(env.year, due, p.graceDays)) {
        return env.scored(notDone, env.tracing && `done ${done}, more than ${p.graceDays} days after ${due} → counted as not done`);
      }
      return env.scored(late, env.tracing && `done ${done} > due ${due} → late: ${p.latePoints}`);
    };
  },
});
