/** Per-occurrence deduction: maximum − count × each, never below `floor` (default 0). */
import { z } from 'zod';
import { Decimal } from '../decimal.js';
import { exact } from '../exact.js';
import { DecimalString, Identifier, NonNegativeDecimal } from '../schema/common.js';
import { Reader } from './read.js';
import { defineRule } from './types.js';

export const deduction = defineRule({
  kind: 'deduction',
  summary: 'maximum − count × each (e.g. −0.25 per late report), floored at floor',
  schema: z
    .object({ kind: z.literal('deduction'), metric: Identifier, each: NonNegativeDecimal, floor: DecimalString.default('0') })
    .strict(),
  reads: (p) => [{ metric: p.metric, units: ['count'], path: ['metric'] }],
  check(p, ctx) {
    const floor = new Decimal(p.floor);
    if (floor.gt(ctx.maxPoints) || floor.isNeg()) ctx.report(['floor'], 'RULE_PARAM_INVALID', `floor must be within [0, ${ctx.maxPoints}]`);
  },
  compile(p, ctx) {
    const each = new Decimal(p.each);
    const floor = exact(new Decimal(p.floor));
    return (env) => {
      const r = new Reader(env);
      const n = r.number(p.metric);
      if (n === undefined) return r.blocked()!;
      const points = ctx.maxPoints.dec.minus(each.times(n.dec));
      const head = `${ctx.maxPoints.dec} − ${n.text} × ${p.each} = ${points}`;
      return points.lt(floor.dec) ? r.scored(floor, `${head} → floor ${p.floor}`) : r.scored(exact(points), head);
    };
  },
});
