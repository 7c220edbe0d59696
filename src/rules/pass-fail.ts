/** Pass/fail (đạt / không đạt): the maximum when a boolean metric holds, else `failPoints` (default 0). */
import { z } from 'zod';
import { exactOf } from '../exact.js';
import { Decimal } from '../decimal.js';
import { Identifier, NonNegativeDecimal } from '../schema/common.js';
import { defineRule } from './types.js';

export const passFail = defineRule({
  kind: 'pass-fail',
  summary: 'đạt / không đạt: maximum when the boolean metric is true, failPoints otherwise',
  schema: z
    .object({ kind: z.literal('pass-fail'), metric: Identifier, failPoints: NonNegativeDecimal.default('0') })
    .strict(),
  reads: (p) => [{ metric: p.metric, units: ['boolean'], path: ['metric'] }],
  check(p, ctx) {
    if (new Decimal(p.failPoints).gt(ctx.maxPoints)) ctx.report(['failPoints'], 'POINTS_EXCEED_MAX', `failPoints ${p.failPoints} exceed the row maximum ${ctx.maxPoints}`);
  },
  compile(p, ctx) {
    const fail = exactOf(p.failPoints);
    const metric = ctx.metric(p.metric);
    return (env) => {
      const ok = env.boolean(metric);
      if (ok === undefined) return env.blocked()!;
      return ok ? env.scored(ctx.maxPoints, 'đạt (pass)') : env.scored(fail, 'không đạt (fail)');
    };
  },
});
