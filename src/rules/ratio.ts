/**
 * Ratio from numerator/denominator as a percent, scored proportionally or by
 * tiers, with a declared policy for a zero denominator ("không phát sinh").
 */
import { z } from 'zod';
import { HUNDRED, ZERO } from '../decimal.js';
import { exact } from '../exact.js';
import { Identifier } from '../schema/common.js';
import { compare, threshold, type Comparator } from './interval.js';
import { Floor } from './proportional.js';
import { isBelowZero, mulDiv } from './units.js';
import { checkTiers, compileTiers, findTierBy, TierList } from './tier-table.js';
import { defineRule, type NumericValue } from './types.js';

const PERCENT_DOMAIN = { min: '0', minInclusive: true, max: '100', maxInclusive: true } as const;

/**
 * Compares num / den × 100 with a threshold without dividing: num × 100 × 10^p
 * against t × den on safe integers (counts), else on exact Decimals.
 */
function percentComparator(num: NumericValue, den: NumericValue): Comparator {
  const ints = num.safe && den.safe && Number.isInteger(num.num) && Number.isInteger(den.num);
  return (t) => {
    if (ints && t.int !== undefined) {
      const lhs = num.num * 100 * 10 ** t.places;
      const rhs = t.int * den.num;
      if (Number.isSafeInteger(lhs) && Number.isSafeInteger(rhs)) return lhs < rhs ? -1 : lhs > rhs ? 1 : 0;
    }
    return num.dec.times(HUNDRED).cmp(t.dec.times(den.dec));
  };
}

function percentText(num: NumericValue, den: NumericValue): string {
  return num.dec.times(HUNDRED).div(den.dec).toSignificantDigits(10).toString();
}

const ZERO_T = threshold('0');

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
    const maxText = ctx.maxPoints.dec.toString();
    const numerator = ctx.metric(p.numerator);
    const denominator = ctx.metric(p.denominator);
    return (env) => {
      const num = env.number(numerator);
      const den = env.number(denominator);
      if (num === undefined || den === undefined) return env.blocked()!;
      // A share of things: a negative side would give points below 0 or above the maximum.
      const negative = isBelowZero(num) ? p.numerator : isBelowZero(den) ? p.denominator : undefined;
      if (negative !== undefined) return env.invalid('INPUT_OUT_OF_RANGE', `${negative} = ${negative === p.numerator ? num.text : den.text} is negative; a ratio needs values ≥ 0`, negative);
      // Checked before the zero-denominator policy: "3 of 0" is a typing error, not "không phát sinh".
      if (compare(num, den) > 0) return env.invalid('INPUT_INVALID', `${p.numerator} (${num.text}) exceeds ${p.denominator} (${den.text})`, p.numerator);
      if (compare(den, ZERO_T) === 0) {
        if (p.zeroDenominator === 'not-applicable') return env.notApplicable('denominator is 0 (không phát sinh) → not applicable');
        return p.zeroDenominator === 'full'
          ? env.scored(ctx.maxPoints, 'denominator is 0 (không phát sinh) → maximum')
          : env.scored(zero, 'denominator is 0 → 0');
      }
      const cmp = table || floor ? percentComparator(num, den) : undefined;
      const head = () => `${num.text} / ${den.text} = ${percentText(num, den)}%`;
      if (table) {
        const tier = findTierBy(table, cmp!);
        if (!tier) return env.invalid('INPUT_OUT_OF_RANGE', `${head()} falls in no tier`, p.numerator);
        return env.scored(tier.points, env.tracing && `${head()} → ${tier.text}`);
      }
      if (floor) {
        const c = cmp!(floor.t);
        if (c < 0 || (c === 0 && !floor.inclusive)) return env.scored(zero, env.tracing && `${head()} below floor ${p.floor!.value} → 0`);
      }
      return env.scored(mulDiv(ctx.maxPoints, num, den), env.tracing && `${head()} → ${maxText} × ${num.text} / ${den.text}`);
    };
  },
});
