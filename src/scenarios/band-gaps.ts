/** How far each higher band is: the index gap, and the points that close it where a point is worth most. */
import { Decimal, divide, HUNDRED } from '../decimal.js';
import type { Evaluation } from '../engine/evaluate.js';
import type { BandGap } from '../schema/scenario.js';

/**
 * Every band whose minimum is above the unit's index, lowest first.
 * @example bandGaps(evaluate(plan, a))[0] // { label: 'Xuất sắc', indexGap: '1.98…', pointsNeeded: '0.39…', … }
 */
export function bandGaps(e: Evaluation): BandGap[] {
  const index = e.index;
  if (index === null) return [];
  const above = e.plan.set.bands.filter((b) => b.min !== undefined && (b.minInclusive ? index.lt(b.min) : index.lte(b.min)));
  return above
    .sort((a, b) => new Decimal(a.min!).cmp(b.min!))
    .map((b) => {
      const gap = new Decimal(b.min!).minus(index);
      const { points, via } = pointsFor(e, gap);
      return { label: b.label, min: b.min!, minInclusive: b.minInclusive, indexGap: gap.toFixed(), pointsNeeded: points, via };
    });
}

/** Without parts a point is worth 100 / applicable maximum; with parts, weight / Σ weights × 100 / the part's maximum. */
function pointsFor(e: Evaluation, gap: Decimal): { points: string | null; via: string | null } {
  const parts = e.parts?.filter((p) => p.present && p.weight.gt(0));
  if (!parts || parts.length === 0) return { points: divide(gap.times(e.applicableMax), HUNDRED).toFixed(), via: null };
  const weights = parts.reduce((s, p) => s.plus(p.weight), new Decimal(0));
  let best: { points: Decimal; via: string } | undefined;
  for (const p of parts) {
    const points = divide(gap.times(weights).times(p.applicableMax.dec), p.weight.times(HUNDRED));
    if (best === undefined || points.lt(best.points)) best = { points, via: p.id };
  }
  return { points: best!.points.toFixed(), via: best!.via };
}
