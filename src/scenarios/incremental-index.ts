/**
 * The exact arithmetic of incremental re-scoring: the index from the baseline
 * plus the changed rows (plain: micro-points while whole, quanta beyond;
 * weighted parts: each leaf times its part's coefficient), and the change of
 * the capped bonus and penalty.
 */
import type { Plan, PlanNode } from '../engine/compile.js';
import type { Evaluation } from '../engine/evaluate.js';
import type { Rational } from '../engine/rational.js';
import { exact, QUANTA_PER_UNIT, type Exact } from '../exact.js';
import type { BaseRow, Gains } from './target-model.js';

export type Rescore = (node: PlanNode) => Exact | undefined;
export type IndexOf = (leaves: readonly BaseRow[], scored: readonly (Exact | undefined)[], adjust: bigint) => Rational;

/** (tree + bonus − penalty) × 100 / applicable, the sum updated in micro-points while whole. */
export function plainIndex(baseline: Evaluation): IndexOf {
  const total = exact(baseline.points!).quanta;
  const den = exact(baseline.applicableMax).quanta;
  return (leaves, scored, adjust) => {
    let du = 0;
    let dq = adjust;
    leaves.forEach((b, k) => {
      const p = scored[k];
      if (p === undefined) return;
      if (p.units !== undefined && b.units !== undefined) du += p.units - b.units;
      else dq += p.quanta - b.quanta!;
    });
    return { num: (total + BigInt(du) * QUANTA_PER_UNIT + dq) * 100n, den };
  };
}

/** Weighted parts: the baseline index plus each leaf's change times its part's coefficient. */
export function weightedIndex(baseline: Evaluation, gains: Gains): IndexOf {
  const base = baseline.indexFraction!;
  return (leaves, scored, adjust) => {
    let g = gains.adjustment * adjust;
    leaves.forEach((b, k) => {
      const p = scored[k];
      if (p !== undefined && p.quanta !== b.quanta) g += gains.leaf[b.row.leaf]! * (p.quanta - b.quanta!);
    });
    return { num: base.num * gains.den + g * base.den, den: base.den * gains.den };
  };
}

/** The change of capped bonus − capped penalty, or undefined when an item's status changes. */
export function adjustmentDelta(plan: Plan, baseline: Evaluation, items: readonly BaseRow[], rescore: Rescore): () => bigint | undefined {
  if (items.length === 0) return () => 0n;
  const adj = { bonus: baseline.bonus, penalty: baseline.penalty };
  const cap = (k: 'bonus' | 'penalty', q: bigint) => (plan[k] && q > plan[k].cap.quanta ? plan[k].cap.quanta : q);
  return () => {
    const sums = { bonus: adj.bonus?.uncapped.quanta ?? 0n, penalty: adj.penalty?.uncapped.quanta ?? 0n };
    for (const b of items) {
      const p = rescore(b.row.node);
      if ((p === undefined) !== (b.quanta === undefined)) return undefined;
      if (p !== undefined) sums[b.row.adjustment!] += p.quanta - b.quanta!;
    }
    return cap('bonus', sums.bonus) - (adj.bonus?.total.quanta ?? 0n) - (cap('penalty', sums.penalty) - (adj.penalty?.total.quanta ?? 0n));
  };
}

export interface FastTotal {
  coded(codes: ArrayLike<number>, memo: readonly (RowMemo | undefined)[], setAll: (codes: ArrayLike<number>) => void): number;
  rest(): bigint;
  readonly applicableUnits: number;
}

/** Floor division of quanta into whole micro-points. */
const wholeUnits = (q: bigint) => (q >= 0n ? q / QUANTA_PER_UNIT : -((-q + QUANTA_PER_UNIT - 1n) / QUANTA_PER_UNIT));

/**
 * The plain-set fast path: tree + bonus − penalty as whole micro-points in a double, the rest
 * (0 ≤ rest < one micro-point) in quanta; NaN when a row's status changes or the total is not safe.
 */
export function fastTotal(baseline: Evaluation, leaves: readonly BaseRow[], rescore: Rescore, adjust: () => bigint | undefined, hasAdjustments: boolean): FastTotal {
  const baseQ = exact(baseline.points!).quanta;
  const baseWhole = wholeUnits(baseQ);
  const baseRest = baseQ - baseWhole * QUANTA_PER_UNIT;
  const start = Number(baseWhole);
  const applicableUnits = exact(baseline.applicableMax).units ?? Number.NaN;
  let rest = 0n;
  /**
   * The total over codes: rows with a table add their change from it (filling it on a code's
   * first draw); the others are re-scored with every drawn value set (`setAll`, once a draw).
   */
  const coded = (codes: ArrayLike<number>, memo: readonly (RowMemo | undefined)[], setAll: (codes: ArrayLike<number>) => void): number => {
    if (Number.isNaN(applicableUnits)) return Number.NaN;
    let all = false;
    let t = start;
    let q = baseRest;
    for (let k = 0; k < leaves.length; k++) {
      const m = memo[k];
      if (m !== undefined) {
        const i = codes[m.metric]! - m.low;
        if (i >= 0 && i < m.table.length) {
          let d = m.table[i]!;
          if (d === UNSET) d = m.fill(codes[m.metric]!);
          if (d > STATUS) {
            t += d;
            continue;
          }
          if (d === STATUS) return Number.NaN;
          q += m.fine[i]!;
          continue;
        }
      }
      if (!all) {
        setAll(codes);
        all = true;
      }
      const b = leaves[k]!;
      const p = rescore(b.row.node);
      if ((p === undefined) !== (b.quanta === undefined)) return Number.NaN;
      if (p === undefined) continue;
      if (p.units !== undefined && b.units !== undefined) t += p.units - b.units;
      else q += p.quanta - b.quanta!;
    }
    if (hasAdjustments && !all) setAll(codes);
    const adj = adjust();
    if (adj === undefined) return Number.NaN;
    q += adj;
    rest = 0n;
    if (q !== 0n) {
      const whole = wholeUnits(q);
      rest = q - whole * QUANTA_PER_UNIT;
      t += Number(whole);
    }
    return Number.isSafeInteger(t) ? t : Number.NaN;
  };
  return { coded, rest: () => rest, applicableUnits };
}

/** A row reading one uncertain metric, with its points' change from the baseline per code (see `coded`). */
export interface RowMemo {
  readonly metric: number;
  readonly low: number;
  /** Change in micro-points, or one of the markers below. */
  readonly table: Int32Array;
  /** The change in quanta where `table` says FINE. */
  readonly fine: bigint[];
  /** Scores the row for a code, stores and returns the entry. */
  fill(code: number): number;
}

/** Not yet scored. */
export const UNSET = -0x80000000;
/** The change is in `fine`, in quanta: the points are finer than micro-points, or the change too large for the table. */
export const FINE = -0x7fffffff;
/** The row changes status with this code (scored ↔ not): the draw leaves the fast path. */
export const STATUS = -0x7ffffffe;
/** Changes kept in a table are smaller than this in size, so never a marker. */
export const LARGEST = 0x7ffffff0;
