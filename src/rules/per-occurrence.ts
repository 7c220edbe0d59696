/** Per occurrence (for bonus items): count × each, capped at the row maximum. */
import { z } from 'zod';
import { Decimal } from '../decimal.js';
import { exact } from '../exact.js';
import { Identifier, NonNegativeDecimal } from '../schema/common.js';
import { Reader } from './read.js';
import { defineRule } from './types.js';

export const perOccurrence = defineRule({
  kind: 'per-occurrence',
  summary: 'count × each (e.g. +0.5 per initiative), capped at the maximum',
  schema: z.object({ kind: z.literal('per-occurrence'), metric: Identifier, each: NonNegativeDecimal }).strict(),
  reads: (p) => [{ metric: p.metric, units: ['count'], path: ['metric'] }],
  compile(p, ctx) {
    const each = new Decimal(p.each);
    return (env) => {
      const r = new Reader(env);
      const n = r.number(p.metric);
      if (n === undefined) return r.blocked()!;
      const points = each.times(n.dec);
      const head = `${n.text} × ${p.each} = ${points}`;
      return points.gt(ctx.maxPoints.dec) ? r.scored(ctx.maxPoints, `${head} → capped at ${ctx.maxPoints.dec}`) : r.scored(exact(points), head);
    };
  },
});
