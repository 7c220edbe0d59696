/** Per occurrence (for bonus items): count × each, capped at the row maximum. */
import { z } from 'zod';
import { Decimal } from '../decimal.js';
import { exact } from '../exact.js';
import { Identifier, NonNegativeDecimal } from '../schema/common.js';
import { fromUnits, unitsOf } from './units.js';
import { defineRule } from './types.js';

export const perOccurrence = defineRule({
  kind: 'per-occurrence',
  summary: 'count × each (e.g. +0.5 per initiative), capped at the maximum',
  schema: z.object({ kind: z.literal('per-occurrence'), metric: Identifier, each: NonNegativeDecimal }).strict(),
  reads: (p) => [{ metric: p.metric, units: ['count'], path: ['metric'] }],
  compile(p, ctx) {
    const each = new Decimal(p.each);
    const eachUnits = unitsOf(p.each);
    const metric = ctx.metric(p.metric);
    return (env) => {
      const n = env.number(metric);
      if (n === undefined) return env.blocked()!;
      const u = eachUnits === undefined ? undefined : n.num * eachUnits;
      const points = u !== undefined && Number.isSafeInteger(u) ? fromUnits(u) : exact(each.times(n.dec));
      const over = points.units !== undefined && ctx.maxPoints.units !== undefined ? points.units > ctx.maxPoints.units : points.dec.gt(ctx.maxPoints.dec);
      const head = () => `${n.text} × ${p.each} = ${points.dec}`;
      return over ? env.scored(ctx.maxPoints, env.tracing && `${head()} → capped at ${ctx.maxPoints.dec}`) : env.scored(points, env.tracing && head());
    };
  },
});
