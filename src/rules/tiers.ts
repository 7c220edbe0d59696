/** Tiers on a value: "trên 90%: 2; từ 70% - 90%: 1; dưới 70%: 0", each bound inclusive or not. */
import { z } from 'zod';
import { Identifier } from '../schema/common.js';
import { checkTiers, compileTiers, findTier, metricDomain, TierList } from './tier-table.js';
import { defineRule } from './types.js';

export const tiers = defineRule({
  kind: 'tiers',
  summary: 'points from the tier whose interval holds the metric value',
  schema: z.object({ kind: z.literal('tiers'), metric: Identifier, tiers: TierList }).strict(),
  reads: (p) => [{ metric: p.metric, units: ['percent', 'count', 'number'], path: ['metric'] }],
  check(p, ctx) {
    const def = ctx.metrics[p.metric];
    checkTiers(p.tiers, metricDomain(def), ctx, ['tiers'], def?.better);
  },
  compile(p, ctx) {
    const table = compileTiers(p.tiers);
    const metric = ctx.metric(p.metric);
    return (env) => {
      const v = env.number(metric);
      if (v === undefined) return env.blocked()!;
      const tier = findTier(table, v);
      // Validation requires tiers to cover the metric's range; this guards a custom range.
      if (!tier) return env.invalid('INPUT_OUT_OF_RANGE', `${p.metric} = ${v.text} falls in no tier`, p.metric);
      return env.scored(tier.points, env.tracing && `${p.metric} = ${v.text} → ${tier.text}`);
    };
  },
});
