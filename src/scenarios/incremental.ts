/**
 * Incremental re-scoring of one unit: the baseline is scored once; a draw
 * changes a few metrics, so only the rows reading them are re-run and the
 * exact total is updated (micro-points in doubles, quanta in BigInt where
 * finer). Falls back to a full `evaluate` when the baseline has no index, or a drawn value changes whether a row is
 * scored (missing, invalid, not applicable): those change the maximum or
 * the issues, which only the full evaluation knows. Weighted parts move
 * the index linearly per leaf too (each part's share), so they stay incremental.
 */
import type { Plan } from '../engine/compile.js';
import { enteredPoints } from '../engine/entered.js';
import { evaluate, type Evaluation } from '../engine/evaluate.js';
import type { Rational } from '../engine/rational.js';
import { adjustmentDelta, fastTotal, plainIndex, weightedIndex } from './incremental-index.js';
import { rowRescorer } from '../engine/rescore.js';
import type { Exact } from '../exact.js';
import { Numeric } from '../rules/numeric.js';
import type { MetricHandle, MetricRead } from '../rules/types.js';
import type { Assessment, MetricEntry, MetricValue } from '../schema/assessment.js';
import { baseRows, gainsOf } from './target-model.js';
import type { RowRef } from './target-reads.js';

/** Scores the unit with some metrics set to new values. */
export interface UnitScorer {
  readonly incremental: boolean;
  readonly baseline: Evaluation;
  /** The applicable maximum in micro-points (the denominator of `fast` totals), NaN when not whole. */
  readonly applicableUnits: number;
  /** The index as an exact fraction, or null when the unit has none with these values. */
  score(values: readonly MetricValue[]): Rational | null;
  /**
   * The fast path: tree + bonus − penalty as whole micro-points plus `rest` quanta (10⁻³⁰, 0n when whole):
   * index = (total + rest) × 100 / applicableUnits. NaN when the path does not apply (weighted parts,
   * a row changing status): then call `score`.
   */
  fast(values: readonly MetricValue[]): number;
  /** The quanta beyond whole micro-points of the last `fast` total. */
  readonly rest: bigint;
}

/**
 * A scorer for `metrics` (in the order `score` receives their values). `trusted`: numeric values
 * are decimal text inside the metric's range (as `samplerOf` draws them), read without re-checking.
 * @example unitScorer(plan, a, ['onlinePaymentRate'], rows, asOf).score(['61.5']).index
 */
export function unitScorer(plan: Plan, a: Assessment, metrics: readonly string[], rows: ReadonlyMap<string, readonly RowRef[]>, asOf: string | undefined, trusted = false): UnitScorer {
  const baseline = evaluate(plan, a, { asOf });
  const full = fullScorer(plan, a, metrics, asOf, baseline);
  if (baseline.indexFraction === null) return full;
  const entered = new Set(enteredPoints(baseline.assessment, 'final')?.keys() ?? []);
  const base = baseRows(baseline, [...new Set(metrics.flatMap((m) => rows.get(m) ?? []))], entered);
  const own: Record<string, MetricEntry> = { ...baseline.assessment.metrics };
  const preset = new Map<MetricHandle, MetricRead>();
  const rescore = rowRescorer(baseline.assessment, own, asOf, preset);
  const set = presetWriter(plan, metrics, own, preset, trusted);
  const leaves = base.filter((b) => b.row.leaf >= 0);
  const adjust = adjustmentDelta(plan, baseline, base.filter((b) => b.row.leaf < 0), rescore);
  const index = plan.parts ? weightedIndex(baseline, gainsOf(baseline)) : plainIndex(baseline);
  const fast = plan.parts ? undefined : fastTotal(baseline, leaves, rescore, adjust);
  const scored = new Array<Exact | undefined>(leaves.length);
  return {
    incremental: true,
    baseline,
    applicableUnits: fast ? fast.applicableUnits : Number.NaN,
    get rest() {
      return fast?.rest() ?? 0n;
    },
    score(values) {
      set(values);
      for (let k = 0; k < leaves.length; k++) {
        const p = (scored[k] = rescore(leaves[k]!.row.node));
        if ((p === undefined) !== (leaves[k]!.quanta === undefined)) return full.score(values);
      }
      const adj = adjust();
      return adj === undefined ? full.score(values) : index(leaves, scored, adj);
    },
    fast(values) {
      if (!fast) return Number.NaN;
      set(values);
      return fast.total();
    },
  };
}

/**
 * Sets the drawn values before a row is re-scored: each metric's read kept in `preset`. Drawn
 * values (`trusted`) are decimal text already rounded into the metric's range: read without
 * re-checking, and rows never look past the preset read, so the metrics object need not change.
 */
function presetWriter(plan: Plan, metrics: readonly string[], own: Record<string, MetricEntry>, preset: Map<MetricHandle, MetricRead>, trusted: boolean): (values: readonly MetricValue[]) => void {
  const handles = metrics.map((m) => plan.metrics.get(m)!);
  const numeric = metrics.map((m) => ['percent', 'count', 'number'].includes(plan.set.metrics[m]?.unit ?? ''));
  return (values) => {
    for (let k = 0; k < handles.length; k++) {
      const v = values[k]!;
      if (trusted && numeric[k] && typeof v === 'string') preset.set(handles[k]!, new Numeric(v));
      else {
        own[metrics[k]!] = v;
        preset.set(handles[k]!, handles[k]!.read(v));
      }
    }
  };
}

/** Full evaluation per draw: always right, about a hundred times slower. */
function fullScorer(plan: Plan, a: Assessment, metrics: readonly string[], asOf: string | undefined, baseline: Evaluation): UnitScorer {
  return {
    incremental: false,
    baseline,
    applicableUnits: Number.NaN,
    rest: 0n,
    score(values) {
      const patched: Record<string, MetricEntry> = { ...a.metrics };
      metrics.forEach((m, k) => (patched[m] = values[k]!));
      return evaluate(plan, { ...a, metrics: patched }, { asOf }).indexFraction;
    },
    fast: () => Number.NaN,
  };
}
