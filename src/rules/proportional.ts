/** Proportional: points = maximum × value / full, capped at the maximum, zero below an optional floor. */
import { z } from 'zod';
import { Decimal, ZERO } from '../decimal.js';
import { exact } from '../exact.js';
import { DecimalString, Identifier } from '../schema/common.js';
import { compare, threshold } from './interval.js';
import { isNeg, literal, mulDiv } from './units.js';
import { defineRule } from './types.js';

export const Floor = z
  .object({ value: DecimalString, inclusive: z.boolean().default(true) })
  .strict()
  .describe('Below this value (or at it, when not inclusive) the row earns 0');

export const proportional = defineRule({
  kind: 'proportional',
  summary: 'maximum × value / full (full defaults to 100 for percent metrics), capped, with an optional floor',
  schema: z
    .object({ kind: z.literal('proportional'), metric: Identifier, full: DecimalString.optional(), floor: Floor.optional() })
    .strict(),
  reads: (p) => [{ metric: p.metric, units: ['percent', 'count', 'number'], path: ['metric'] }],
  check(p, ctx) {
    const unit = ctx.metrics[p.metric]?.unit;
    if (p.full === undefined && unit !== undefined && unit !== 'percent') {
      ctx.report(['full'], 'RULE_PARAM_REQUIRED', `full is required when ${p.metric} is not a percent (the value that earns the maximum)`);
    }
    if (p.full !== undefined && !new Decimal(p.full).gt(0)) ctx.report(['full'], 'RULE_PARAM_INVALID', 'full must be greater than 0');
  },
  compile(p, ctx) {
    const full = new Decimal(p.full ?? '100');
    const fullT = threshold(full.toString());
    const fullL = literal(full.toString());
    const maxText = ctx.maxPoints.dec.toString();
    const floor = p.floor && { t: threshold(p.floor.value), inclusive: p.floor.inclusive };
    const zero = exact(ZERO);
    const metric = ctx.metric(p.metric);
    return (env) => {
      const v = env.number(metric);
      if (v === undefined) return env.blocked()!;
      if (floor) {
        const c = compare(v, floor.t);
        if (c < 0 || (c === 0 && !floor.inclusive)) return env.scored(zero, env.tracing && `${p.metric} = ${v.text} below floor ${floor.inclusive ? '' : '(exclusive) '}${p.floor!.value} → 0`);
      }
      // A row never scores below 0, e.g. a negative reduction from a unit that grew instead.
      if (isNeg(v)) return env.scored(zero, env.tracing && `${p.metric} = ${v.text} below 0 → 0`);
      if (compare(v, fullT) >= 0) return env.scored(ctx.maxPoints, env.tracing && `${p.metric} = ${v.text} ≥ ${fullL.text} → maximum`);
      return env.scored(mulDiv(ctx.maxPoints, v, fullL), env.tracing && `${maxText} × ${v.text} / ${fullL.text}`);
    };
  },
});
