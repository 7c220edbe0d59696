/** The index a target needs: the index itself, the lower bound of a band, or the index of the unit that now holds a rank. */
import { Decimal, DECIMAL_PATTERN } from '../decimal.js';
import { showValue, usageError } from '../errors.js';
import type { Plan } from '../engine/compile.js';
import { evaluate } from '../engine/evaluate.js';
import { checkAssessmentDeep } from '../engine/guards.js';
import { compareRational, decimalRational, type Rational } from '../engine/rational.js';
import type { Assessment } from '../schema/assessment.js';

/** A target: an index (≥), a band (at least: its lower bound), or a rank among other units (competition ranking). */
export type Target =
  | { readonly index: string }
  | { readonly band: string }
  | { readonly rank: number; readonly among: readonly Assessment[] };

export interface Required {
  readonly kind: 'index' | 'band' | 'rank';
  readonly value: string;
  /** undefined: met by any index (a band with no lower bound, fewer other units than the rank). */
  readonly index: Rational | undefined;
  readonly inclusive: boolean;
  /** Indices of the other units, for ranks (highest first). */
  readonly others: readonly Rational[];
}

/** What `target` requires of the unit `self`. */
export function requiredIndex(plan: Plan, target: Target, self: Assessment, asOf: string | undefined): Required {
  if ('index' in target) {
    if (typeof target.index !== 'string' || !DECIMAL_PATTERN.test(target.index)) throw usageError('seekTarget', `index must be a decimal number as text, e.g. "90", got ${showValue(target.index)}`);
    const d = new Decimal(target.index);
    return { kind: 'index', value: target.index, index: decimalRational(d), inclusive: true, others: [] };
  }
  if ('band' in target) {
    if (typeof target.band !== 'string') throw usageError('seekTarget', `band must be a band's label, got ${showValue(target.band)}`);
    const band = plan.set.bands.find((b) => b.label === target.band);
    if (!band) throw usageError('seekTarget', `band "${target.band}" is not a band of criteria set ${plan.set.id} (bands: ${plan.set.bands.map((b) => b.label).join(', ')})`);
    return { kind: 'band', value: band.label, index: band.min === undefined ? undefined : decimalRational(new Decimal(band.min)), inclusive: band.minInclusive, others: [] };
  }
  if (!Number.isInteger(target.rank) || target.rank < 1) throw usageError('seekTarget', `rank must be a whole number ≥ 1, got ${showValue(target.rank)}`);
  if (!Array.isArray(target.among)) throw usageError('seekTarget', `a rank target needs among: the units to rank against, got ${showValue(target.among)}`);
  for (let k = 0; k < target.among.length; k++) checkAssessmentDeep(`seekTarget (among[${k}])`, target.among[k]);
  const others = target.among
    .filter((a) => a.unit.id !== self.unit.id)
    .map((a) => evaluate(plan, a, { asOf }).indexFraction)
    .filter((f): f is Rational => f !== null)
    .sort((a, b) => compareRational(b, a));
  // Rank r means fewer than r units strictly above: reaching the r-th other unit's index (a tie) is enough.
  return { kind: 'rank', value: String(target.rank), index: others[target.rank - 1], inclusive: true, others };
}

/** Competition rank of an index among the others. */
export function rankAmong(index: Rational | null, others: readonly Rational[]): number | null {
  if (index === null) return null;
  return 1 + others.filter((o) => compareRational(o, index) > 0).length;
}
