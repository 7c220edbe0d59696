/**
 * The values each lever tries, and what a move costs. Percent and number
 * metrics move on a grid of 0.01 (finer when the current value or a threshold
 * is written finer, up to 6 decimals), counts by 1, dates by a day.
 */
import { Decimal, toDecimal } from '../decimal.js';
import type { MetricValue } from '../schema/assessment.js';
import type { ResolvedLever } from './target-levers.js';
import { plusDays } from '../rules/due.js';
import { breaksOf, type BreakContext } from './target-thresholds.js';

export interface LeverSpace {
  readonly lever: ResolvedLever;
  /** Values to try, the current value first. */
  readonly values: MetricValue[];
  /** The grid step of numbers (undefined for dates and booleans). */
  readonly step: Decimal | undefined;
  /** True when a row reading it is linear between thresholds (proportional, ratio, survey, deduction, per occurrence). */
  readonly linear: boolean;
  /** The cost of moving to a value. */
  cost(to: MetricValue): Decimal;
}

const ZERO = new Decimal(0);
const DAY = 86_400_000;
const days = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);

function gridOf(lever: ResolvedLever, thresholds: readonly Decimal[]): Decimal {
  if (lever.unit === 'count') return new Decimal(1);
  const written = [toDecimal(lever.from), lever.min, lever.max, ...thresholds].map((x) => (x === undefined ? 0 : Math.min(6, x.decimalPlaces())));
  return new Decimal(10).pow(-Math.max(2, ...written));
}

/** The candidate values and cost of one lever. */
export function leverSpace(lever: ResolvedLever, ctx: BreakContext, asOf: string | undefined): LeverSpace {
  const breaks = lever.rows.map((r) => breaksOf(r.rule, lever.metric, ctx));
  const linear = breaks.some((b) => b.linear);
  if (lever.unit === 'boolean') return space(lever, [lever.from, ...[true, false].filter((v) => v !== lever.from)], undefined, linear, () => 0);
  if (lever.unit === 'date') {
    const dates = [...new Set(breaks.flatMap((b) => b.dates))];
    const inRange = (x: string) => (lever.earliest === undefined || x >= lever.earliest) && (lever.latest === undefined || x <= lever.latest);
    const tries = [...new Set([...dates.flatMap((x) => [x, plusDays(x, 1)]), ...(asOf ? [asOf] : []), ...[lever.earliest, lever.latest].filter((x): x is string => x !== undefined)])].filter((x) => inRange(x) && x !== lever.from).sort();
    const from = typeof lever.from === 'string' ? lever.from : undefined;
    const crossed = (to: string) => dates.filter((t) => (from === undefined ? t >= to : (to <= t && t < from) || (from < t && t <= to))).length;
    return space(lever, [lever.from, ...tries], undefined, false, (to) => crossed(to as string), (to) => (from === undefined ? 0 : Math.abs(days(to as string, from))));
  }
  const thresholds = [...new Map(breaks.flatMap((b) => b.numbers).map((t) => [t.toFixed(), t])).values()];
  const step = gridOf(lever, thresholds);
  const values = new Map<string, Decimal>();
  const add = (x: Decimal) => {
    if ((lever.min && x.lt(lever.min)) || (lever.max && x.gt(lever.max))) return;
    values.set(x.toFixed(), x);
  };
  for (const t of thresholds) {
    const down = t.div(step).floor().times(step);
    const up = t.div(step).ceil().times(step);
    for (const x of [down.minus(step), down, up, up.plus(step)]) add(x);
  }
  if (lever.min) add(lever.min);
  if (lever.max) add(lever.max);
  const from = toDecimal(lever.from);
  const tries = [...values.values()].filter((x) => from === undefined || !x.eq(from)).sort((a, b) => a.cmp(b)).map((x) => x.toFixed());
  const crossed = (to: Decimal) => (from === undefined ? 0 : thresholds.filter((t) => (from.lt(t) && t.lte(to)) || (to.lte(t) && t.lt(from))).length);
  return space(lever, [lever.from, ...tries], step, linear, (to) => crossed(new Decimal(to as string)), (to) => (from === undefined ? ZERO : new Decimal(to as string).minus(from).abs()));
}

function space(lever: ResolvedLever, values: MetricValue[], step: Decimal | undefined, linear: boolean, crossed: (to: MetricValue) => number, distance: (to: MetricValue) => Decimal | number = () => 1): LeverSpace {
  return {
    lever,
    values,
    step,
    linear,
    cost(to) {
      if (to === lever.from) return ZERO;
      if (typeof to === 'string' && typeof lever.from === 'string' && lever.unit !== 'date' && new Decimal(to).eq(lever.from)) return ZERO;
      return lever.cost.plus(lever.perUnit.times(distance(to))).plus(lever.perStep.times(Math.max(1, crossed(to))));
    },
  };
}
