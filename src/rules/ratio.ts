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
import { isBelowZero, mulDiv } from './units.js';
import { checkTiers, compileTiers, findTier, TierList } from './tier-table.js';
import { defineRule, type NumericValue } from './types.js';

const PERCENT_DOMAIN = { min: '0', minInclusive: true, max: '100', maxInclusive: true } as const;

/** A quotient compared exactly as a Decimal; its text is printed only if asked (that cost as much as the division). */
function percentValue(d: Decimal): NumericValue {
  return { dec: d, num: Number.NaN, safe: false, get text() { return d.toString(); } };
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
    return (env) => {
      const r = new Reader(env);
      const num = r.number(p.numerator);
      const den = r.number(p.denominator);
      if (num === undefined || den === undefined) return r.blocked()!;
      // A share of things: a negative side would give points below 0 or above the maximum.
      const negative = isBelowZero(num) ? p.numerator : isBelowZero(den) ? p.denominator : undefined;
      if (negative !== undefined) return r.invalid('INPUT_OUT_OF_RANGE', `${negative} = ${negative === p.numerator ? num.text : den.text} is negative; a ratio needs values ≥ 0`, negative);
      // Checked before the zero-denominator policy: "3 of 0" is a typing error, not "không phát sinh".
      if (compare(num, den) > 0) return r.invalid('INPUT_INVALID', `${p.numerator} (${num.text}) exceeds ${p.denominator} (${den.text})`, p.numerator);
      if (compare(den, ZERO_T) === 0) {
        if (p.zeroDenominator === 'not-applicable') return r.notApplicable('denominator is 0 (không phát sinh) → not applicable');
        return p.zeroDenominator === 'full'
          ? r.scored(ctx.maxPoints, 'denominator is 0 (không phát sinh) → maximum')
          : r.scored(zero, 'denominator is 0 → 0');
      }
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
      return r.scored(mulDiv(ctx.maxPoints, num, den), `${head} → ${maxText} × ${num.text} / ${den.text}`);
    };
  },
});
