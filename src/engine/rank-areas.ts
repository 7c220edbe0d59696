/** Area sub-indices (lĩnh vực): area points / area applicable maximum × 100, exact, from an evaluation's root nodes. */
import { QUANTA_PER_UNIT } from '../exact.js';
import { SCORED } from '../rules/types.js';
import type { Evaluation } from './evaluate.js';
import { rational, type Rational } from './rational.js';

export interface AreaValue {
  readonly code: string;
  readonly name: string;
  /** Null when the area does not apply to the unit or is not fully scored. */
  readonly ratio: Rational | null;
}

/**
 * The sub-index of every top-level node of the evaluation's set, in the set's order.
 * @example areaValues(evaluate(plan, a))[0]?.ratio // { num: …, den: … }
 */
export function areaValues(e: Evaluation): AreaValue[] {
  return e.plan.roots.map((i) => {
    const node = e.plan.nodes[i]!;
    const applicable = e.applicableUnits[i]!;
    if (e.status[i] !== SCORED || applicable === 0) return { code: node.code, name: node.name, ratio: null };
    const points = BigInt(e.units[i]!) * QUANTA_PER_UNIT + (e.rest?.[i] ?? 0n);
    return { code: node.code, name: node.name, ratio: rational(points * 100n, BigInt(applicable) * QUANTA_PER_UNIT) };
  });
}
