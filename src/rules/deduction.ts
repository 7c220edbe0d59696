/** Per-occurrence deduction: maximum − count × each, never below `floor` (default 0). */
import { z } from 'zod';
import { Decimal } from '../decimal.js';
import { exact, exactOf } from '../exact.js';
import { Identifier, NonNegativeDecimal } from '../schema/common.js';
import { fromUnits, unitsOf } from './units.js';
import { defineRule } from './types.js';

export const deduction = defineRule({
  kind: 'deduction',
  summary: 'maximum − count × each (e.g. −0.25 per late report), floored at floor',
  schema: z
    .object({ kind: z.literal('deduction'), metric: Identifier, each: NonNegativeDecimal, floor: NonNegativeDecimal.default('0') })
    .strict(),
  reads: (p) => [{ metric: p.metric, units: ['count'], path: ['metric'] }],
  check(p, ctx) {
    const floor = new Decimal(p.floor);
    if (floor.gt(ctx.maxPoints) || floor.isNeg()) ctx.report(['floor'], 'RULE_PARAM_INVALID', `floor must be within [0, ${ctx.maxPoints}]`);
  },
  compile(p, ctx) {
    const each = new Decimal(p.each);
    const floor = exactOf(p.floor);
    const eachUnits = unitsOf(p.each);
    const metric = ctx.metric(p.metric);
    return (env) => {
      const n = env.number(metric);
      if (n === undefined) return env.blocked()!;
      // Counts are whole numbers: on micro-points this is integer arithmetic; Decimal past 2^53.
      const u = eachUnits === undefined || ctx.maxPoints.units === undefined ? undefined : ctx.maxPoints.units - n.num * eachUnits;
      const points = u !== undefined && Number.isSafeInteger(u) ? fromUnits(u) : exact(ctx.maxPoints.dec.minus(each.times(n.dec)));
      const below = points.units !== undefined && floor.units !== undefined ? points.units < floor.units : points.dec.lt(floor.dec);
      const head = () => `${ctx.maxPoints.dec} − ${n.text} × ${p.each} = ${points.dec}`;
      return below ? env.scored(floor, env.tracing && `${head()} → floor ${p.floor}`) : env.scored(points, env.tracing && head());
    };
  },
});
