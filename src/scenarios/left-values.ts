/** Metric values at the edges of intervals: the first value inside a tier, a floor or a target, exactly. */
import { Decimal, toDecimal } from '../decimal.js';
import type { MetricValue } from '../schema/assessment.js';
import type { MetricUnit } from '../schema/criteria-set.js';

/** More decimals than a person types: a value computed by division. */
const MAX_TYPED_PLACES = 4;

export interface Edge {
  readonly min?: string | undefined;
  readonly minInclusive: boolean;
  readonly max?: string | undefined;
  readonly maxInclusive: boolean;
}

/**
 * The step just past an exclusive threshold: 1 for counts, else 0.01, or finer when
 * the threshold or the current value is written finer (a computed share's 30 digits excepted).
 * @example epsilon('percent', '55.18', '90').toString() // '0.01'
 */
export function epsilon(unit: MetricUnit | undefined, current: MetricValue | undefined, ...thresholds: (string | undefined)[]): Decimal {
  if (unit === 'count') return new Decimal(1);
  const own = toDecimal(current)?.decimalPlaces() ?? 0;
  const places = Math.max(2, own <= MAX_TYPED_PLACES ? own : 0, ...thresholds.map((v) => toDecimal(v)?.decimalPlaces() ?? 0));
  return new Decimal(10).pow(-places);
}

/**
 * The values that enter an interval: its lowest value (from below) and its highest (from above).
 * @example entries({ min: '90', minInclusive: false, maxInclusive: false }, new Decimal('0.01')) // ['90.01']
 */
export function entries(i: Edge, eps: Decimal): string[] {
  const out: string[] = [];
  if (i.min !== undefined) out.push(i.minInclusive ? new Decimal(i.min).toFixed() : new Decimal(i.min).plus(eps).toFixed());
  if (i.max !== undefined) out.push(i.maxInclusive ? new Decimal(i.max).toFixed() : new Decimal(i.max).minus(eps).toFixed());
  return out;
}

/** True when a number lies in the interval. */
export function inside(i: Edge, v: Decimal): boolean {
  if (i.min !== undefined && (i.minInclusive ? v.lt(i.min) : v.lte(i.min))) return false;
  if (i.max !== undefined && (i.maxInclusive ? v.gt(i.max) : v.gte(i.max))) return false;
  return true;
}

/** Values sorted by distance from `from` (nearest first), duplicates and the current value dropped. */
export function nearest(values: readonly string[], from: MetricValue | undefined): string[] {
  const start = toDecimal(from);
  const unique = [...new Set(values.map((v) => new Decimal(v).toFixed()))].filter((v) => start === undefined || !start.eq(v));
  return start === undefined ? unique.sort((a, b) => new Decimal(a).cmp(b)) : unique.sort((a, b) => new Decimal(a).minus(start).abs().cmp(new Decimal(b).minus(start).abs()));
}
