/**
 * Proportional rows pay between thresholds too: a lever alone in its group
 * whose rows are linear between its candidate values may stop at the exact
 * value that closes the gap, on the metric's grid. Points are monotone
 * between two candidates, so the value is found by bisection, each step
 * scored by the rule itself.
 */
import { Decimal, toDecimal } from '../decimal.js';
import type { MetricValue } from '../schema/assessment.js';
import type { LeverSpace } from './target-candidates.js';

type Gain = (value: MetricValue) => bigint | undefined;

/**
 * The value nearest the current one (either way) whose gain is at least `gap`, or undefined.
 * @example closeGap(space, (v) => gainOf(v), 1200n) // '63.5'
 */
export function closeGap(space: LeverSpace, gain: Gain, gap: bigint): string | undefined {
  const from = toDecimal(space.lever.from);
  const step = space.step;
  if (from === undefined || step === undefined) return undefined;
  const tries = space.values.slice(1).map((v) => new Decimal(v as string));
  let found: Decimal | undefined;
  for (const side of [1, -1]) {
    const way = tries.filter((x) => x.minus(from).times(side).gt(0)).sort((a, b) => a.minus(b).times(side).toNumber());
    let prev = from;
    let prevGain = 0n;
    for (const x of way) {
      const g = gain(x.toFixed());
      if (g === undefined) break;
      if (g >= gap && prevGain < gap) {
        const v = bisect(prev, x, step, (y) => (gain(y.toFixed()) ?? -1n) >= gap);
        if (found === undefined || v.minus(from).abs().lt(found.minus(from).abs())) found = v;
        break;
      }
      prev = x;
      prevGain = g;
    }
  }
  return found?.toFixed();
}

/** The grid value nearest `near` in (near, far] that passes, knowing `far` passes and `near` does not (monotone between). */
function bisect(near: Decimal, far: Decimal, step: Decimal, passes: (v: Decimal) => boolean): Decimal {
  let lo = near;
  let hi = far;
  const dir = far.gt(near) ? 1 : -1;
  while (hi.minus(lo).abs().gt(step)) {
    const halfSteps = hi.minus(lo).abs().div(step).div(2).floor();
    const mid = lo.plus(step.times(halfSteps.isZero() ? 1 : halfSteps).times(dir));
    if (passes(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}
