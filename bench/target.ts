/** Bench row: target seeking on one unit of the 100-leaf set (default levers), p50 of repeated runs. */
import { performance } from 'node:perf_hooks';
import { evaluate, compilePlan, seekTarget, type CriteriaSet, type TargetPlan } from '../src/index.js';
import type { Assessment } from '../src/schema/assessment.js';

export interface TargetRun {
  readonly runs: number;
  readonly p50ms: number;
  readonly maxms: number;
  readonly levers: number;
  readonly plan: TargetPlan;
}

/** Seeks baseline + 5 index points (capped at 99) for the first unit with an index, `runs` times. */
export function benchTarget(set: CriteriaSet, units: readonly Assessment[], runs = 9): TargetRun {
  const plan = compilePlan(set);
  const unit = units.find((a) => evaluate(plan, a).index !== null)!;
  const base = evaluate(plan, unit).index!;
  const target = { index: base.plus(5).gt(99) ? '99' : base.plus(5).toDecimalPlaces(2).toString() };
  seekTarget(set, unit, target); // warm-up, untimed
  const times: number[] = [];
  let last: TargetPlan | undefined;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    last = seekTarget(set, unit, target);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { runs, p50ms: times[Math.floor(runs / 2)]!, maxms: times[runs - 1]!, levers: last!.levers.length, plan: last! };
}
