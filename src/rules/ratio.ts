/**
 * Ratio from numerator/denominator as a percent, scored proportionally or by
 * tiers, with a declared policy for a zero denominator ("không phát sinh").
 */
import { z } from 'zod';
import { Decimal, HUNDRED, ZERO } from '../decimal.js';
import { exact } from '../exact.js';
import { Identifier } from '../schema/common.js';
import { compare, threshold } from './interval.js';
import { Floor } from './proportional.js';
import { Reader } from './read.js';
import { checkTiers, compileTiers, findTier, TierList } from './tier-table.js';
import { defineRule, type NumericValue } from './types.js';

const PERCENT_DOMAIN = { min: '0', minInclusive: true, max: '100', maxInclusive: true } as const;

function percentValue(d: Decimal): NumericValue {
  const text = d.toString();
  return { text, dec: d, num: d.toNumber(), safe: text.replace(/^-/, '').length <= 15 };
}

export const ratio = defineRule({
  kind: 'ratio',
  summary: 'numerator / denominator × 100, then proportional (default) or tiers; zeroDenominator: full | not-applicable | zero',
  schema: z
    .object({
      kind: z.literal('ratio'),
      numerator: Identifier,
      denominator: Identifier,
      zeroDenominator: z.enum(['full', 'not-applicable', 'zero']),
      tiers: TierList.optional(),
      floor: Floor.optional(),
    })
    .strict(),
  reads: (p) => [
    { metric: p.numerator, units: ['count', 'number'], path: ['numerator'] },
    { metric: p.denominator, units: ['count', 'number'], path: ['denominator'] },
  ],
  check(p, ctx) {
    if (p.tiers) checkTiers(p.tiers, PERCENT_DOMAIN, ctx, ['tiers'], 'higher');
    if (p.tiers && p.floor) ctx.report(['floor'], 'RULE_PARAM_INVALID', 'floor applies to proportional scoring; with tiers, give the low tier 0 points instead');
  },
  compile(p, ctx) {
    const table = p.tiers && compileTiers(p.tiers);
    const floor = p.floor && { t: threshold(p.floor.value), inclusive: p.floor.inclusive };
    const zero = exact(ZERO);
    return (env) => {
      const r = new Reader(env);
      const num = r.number(p.numerator);
      const den = r.number(p.denominator);
      if (num === undefined || den === undefined) return r.blocked()!;
      if (den.dec.isZero()) {
        if (p.zeroDenominator === 'not-applicable') return r.notApplicable('denominator is 0 (không phát sinh) → not applicable');
        return p.zeroDenominator === 'full'
          ? r.scored(ctx.maxPoints, 'denominator is 0 (không phát sinh) → maximum')
          : r.scored(zero, 'denominator is 0 → 0');
      }
      if (num.dec.gt(den.dec)) return r.invalid('INPUT_INVALID', `${p.numerator} (${num.text}) exceeds ${p.denominator} (${den.text})`, p.numerator);
      const pct = num.dec.times(HUNDRED).div(den.dec);
      const head = `${num.text} / ${den.text} = ${pct.toSignificantDigits(10)}%`;
      if (table) {
        const tier = findTier(table, percentValue(pct));
        if (!tier) return r.invalid('INPUT_OUT_OF_RANGE', `${head} falls in no tier`, p.numerator);
        return r.scored(tier.points, `${head} → ${tier.text}`);
      }
      if (floor) {
        const c = compare(percentValue(pct), floor.t);
        if (c < 0 || (c === 0 && !floor.inclusive)) return r.scored(zero, `${head} below floor ${p.floor!.value} → 0`);
      }
      return r.scored(exact(ctx.maxPoints.dec.times(num.dec).div(den.dec)), `${head} → ${ctx.maxPoints.dec} × ${num.text} / ${den.text}`);
    };
  },
});
