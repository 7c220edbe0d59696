/** Pass/fail (đạt / không đạt): the maximum when a boolean metric holds, else `failPoints` (default 0). */
import { z } from 'zod';
import { exactOf } from '../exact.js';
import { Decimal } from '../decimal.js';
import { DecimalString, Identifier } from '../schema/common.js';
import { Reader } from './read.js';
import { defineRule } from './types.js';

export const passFail = defineRule({
  kind: 'pass-fail',
  summary: 'đạt / không đạt: maximum when the boolean metric is true, failPoints otherwise',
  schema: z
    .object({ kind: z.literal('pass-fail'), metric: Identifier, failPoints: DecimalString.default('0') })
    .strict(),
  reads: (p) => [{ metric: p.metric, units: ['boolean'], path: ['metric'] }],
  check(p, ctx) {
    if (new Decimal(p.failPoints).gt(ctx.maxPoints)) ctx.report(['failPoints'], 'POINTS_EXCEED_MAX', `failPoints ${p.failPoints} exceed the row maximum ${ctx.maxPoints}`);
  },
  compile(p, ctx) {
    const fail = exactOf(p.failPoints);
    return (env) => {
      const r = new Reader(env);
      const ok = r.boolean(p.metric);
      if (ok === undefined) return r.blocked()!;
      return ok ? r.scored(ctx.maxPoints, 'đạt (pass)') : r.scored(fail, 'không đạt (fail)');
    };
  },
});
