/** Tiers on a value: "trên 90%: 2; từ 70% - 90%: 1; dưới 70%: 0", each bound inclusive or not. */
import { z } from 'zod';
import { Identifier } from '../schema/common.js';
import { Reader } from './read.js';
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
  compile(p) {
    const table = compileTiers(p.tiers);
    return (env) => {
      const r = new Reader(env);
      const v = r.number(p.metric);
      if (v === undefined) return r.blocked()!;
      const tier = findTier(table, v);
      if (!tier) return r.invalid('INPUT_OUT_OF_RANGE', `${p.metric} = ${v.text} falls in no tier`, p.metric);
      return r.scored(tier.points, `${p.metric} = ${v.text} → ${tier.text}`);
    };
  },
});
