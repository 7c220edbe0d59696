/** A table of tiers on a value: shared by `tiers`, `ratio` and checked for gaps, overlaps and points. */
import { z } from 'zod';
import { Decimal } from '../decimal.js';
import { exactOf, type Exact } from '../exact.js';
import type { MetricDef } from '../schema/criteria-set.js';
import { NonNegativeDecimal } from '../schema/common.js';
import { checkCoverage, compileInterval, contains, containsBy, describeInterval, IntervalFields, type CompiledInterval, type Comparator, type IntervalSpec } from './interval.js';
import type { CheckContext, NumericValue } from './types.js';

export const Tier = z
  .object({ ...IntervalFields, points: NonNegativeDecimal, label: z.string().optional() })
  .strict();
export type Tier = z.infer<typeof Tier>;
export const TierList = z.array(Tier).min(1);

/** The values a metric can take, from its unit and declared bounds. */
export function metricDomain(def: MetricDef | undefined): IntervalSpec {
  const unit = def?.unit;
  const min = def?.min ?? (unit === 'percent' || unit === 'count' ? '0' : undefined);
  const max = def?.max ?? (unit === 'percent' ? '100' : undefined);
  return { min, minInclusive: true, max, maxInclusive: true };
}

export function checkTiers(tiers: readonly Tier[], domain: IntervalSpec, ctx: CheckContext, path: readonly (string | number)[], better?: 'higher' | 'lower'): void {
  tiers.forEach((t, i) => {
    if (new Decimal(t.points).gt(ctx.maxPoints)) ctx.report([...path, i, 'points'], 'TIER_POINTS_EXCEED_MAX', `tier points ${t.points} exceed the row maximum ${ctx.maxPoints}`);
  });
  for (const p of checkCoverage(tiers, domain, true)) {
    const code = p.code === 'INTERVAL_GAP' ? 'TIER_GAP' : p.code === 'INTERVAL_OVERLAP' ? 'TIER_OVERLAP' : 'TIER_EMPTY';
    ctx.report([...path, p.index], code, p.message);
  }
  if (better) checkMonotone(tiers, ctx, path, better);
}

/** With a declared direction, points must not fall as the value gets better. */
function checkMonotone(tiers: readonly Tier[], ctx: CheckContext, path: readonly (string | number)[], better: 'higher' | 'lower'): void {
  const lower = (t: Tier) => (t.min === undefined ? undefined : new Decimal(t.min));
  const order = tiers
    .map((t, i) => ({ t, i, lo: lower(t) }))
    .sort((a, b) => (a.lo === undefined ? -1 : b.lo === undefined ? 1 : a.lo.cmp(b.lo)));
  for (let k = 1; k < order.length; k++) {
    const lo = new Decimal(order[k - 1]!.t.points);
    const hi = new Decimal(order[k]!.t.points);
    if (better === 'higher' ? hi.lt(lo) : hi.gt(lo)) {
      ctx.report([...path, order[k]!.i], 'TIER_NOT_MONOTONE', `points fall as the value gets better (${better} is better)`, 'warning');
    }
  }
}

export interface CompiledTier {
  readonly interval: CompiledInterval;
  readonly points: Exact;
  readonly text: string;
}

export function compileTiers(tiers: readonly Tier[]): CompiledTier[] {
  return tiers.map((t, i) => ({
    interval: compileInterval(t),
    points: exactOf(t.points),
    text: `tier ${i + 1}: ${t.label ? `${t.label} ` : ''}${describeInterval(t)} → ${t.points}`,
  }));
}

export function findTier(tiers: readonly CompiledTier[], v: NumericValue): CompiledTier | undefined {
  for (const t of tiers) if (contains(t.interval, v)) return t;
  return undefined;
}

/** The tier holding a value known through a comparator (e.g. a ratio compared without dividing). */
export function findTierBy(tiers: readonly CompiledTier[], cmp: Comparator): CompiledTier | undefined {
  for (const t of tiers) if (containsBy(t.interval, cmp)) return t;
  return undefined;
}

