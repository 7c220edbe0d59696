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
import { adjustmentDelta, fastTotal, FINE, LARGEST, plainIndex, STATUS, UNSET, weightedIndex, type Rescore, type RowMemo } from './incremental-index.js';
import { rowRescorer } from '../engine/rescore.js';
import type { Exact } from '../exact.js';
import { Numeric } from '../rules/numeric.js';
import type { MetricHandle, MetricRead } from '../rules/types.js';
import type { Assessment, MetricEntry, MetricValue } from '../schema/assessment.js';
import { baseRows, gainsOf, type BaseRow } from './target-model.js';
import type { RowRef } from './target-reads.js';

/** Scores the unit with some metrics set to new values. */
export interface UnitScorer {
  readonly incremental: boolean;
  readonly baseline: Evaluation;
  /** The applicable maximum in micro-points (the denominator of fast-path totals), NaN when not whole. */
  readonly applicableUnits: number;
  /** The index as an exact fraction, or null when the unit has none with these values. */
  score(values: readonly MetricValue[]): Rational | null;
  /** The quanta beyond whole micro-points of the last fast-path total. */
  readonly rest: bigint;
  /**
   * The fast path over integer codes (see `Sampler`): tree + bonus − penalty as whole micro-points
   * plus `rest` quanta (10⁻³⁰, 0n when whole), index = (total + rest) × 100 / applicableUnits; NaN
   * when the path does not apply (weighted parts, a row changing status): then call `score`.
   * Each row reading one uncertain metric is looked up in a table of its points by code, filled
   * as codes are first drawn. Drop the function when the unit is done; the tables go with it.
   */
  coded(samplers: readonly CodeSampler[]): (codes: ArrayLike<number>) => number;
}

/** What `coded` needs of a sampler: the value a code stands for and the range of codes. */
export interface CodeSampler {
  value(code: number): MetricValue;
  readonly low: number;
  readonly high: number;
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
  const fast = plan.parts ? undefined : fastTotal(baseline, leaves, rescore, adjust, base.some((b) => b.row.leaf < 0));
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
    coded(samplers) {
      if (!fast) return () => Number.NaN;
      const values = new Array<MetricValue>(metrics.length);
      const setAll = (codes: ArrayLike<number>) => {
        for (let k = 0; k < metrics.length; k++) values[k] = samplers[k]!.value(codes[k]!);
        set(values);
      };
      const setOne = presetWriter(plan, metrics, own, preset, trusted, true);
      const memo = leaves.map((b) => rowMemo(b, metrics, rows, samplers, rescore, (k, code) => setOne(k, samplers[k]!.value(code))));
      return (codes) => fast.coded(codes, memo, setAll);
    },
  };
}

/** Codes a row's table holds at most (an Int32Array: 4 bytes a code). */
const MAX_TABLE = 1 << 16;

/** A table for a row reading exactly one of the drawn metrics over a finite, not too wide range of codes; else undefined (re-scored each draw). */
function rowMemo(b: BaseRow, metrics: readonly string[], rows: ReadonlyMap<string, readonly RowRef[]>, samplers: readonly CodeSampler[], rescore: Rescore, setOne: (k: number, code: number) => void): RowMemo | undefined {
  const reads = metrics.flatMap((m, k) => ((rows.get(m) ?? []).includes(b.row) ? [k] : []));
  if (reads.length !== 1) return undefined;
  const k = reads[0]!;
  const { low, high } = samplers[k]!;
  if (!Number.isFinite(low) || !Number.isFinite(high) || high - low + 1 > MAX_TABLE) return undefined;
  const table = new Int32Array(high - low + 1).fill(UNSET);
  const fine: bigint[] = [];
  return {
    metric: k,
    low,
    table,
    fine,
    fill(code) {
      setOne(k, code);
      const p = rescore(b.row.node);
      let d: number;
      if ((p === undefined) !== (b.quanta === undefined)) d = STATUS;
      else if (p === undefined) d = 0;
      else if (p.units !== undefined && b.units !== undefined && Math.abs(p.units - b.units) < LARGEST) d = p.units - b.units;
      else {
        d = FINE;
        fine[code - low] = p.quanta - b.quanta!;
      }
      return (table[code - low] = d);
    },
  };
}

/**
 * Sets the drawn values before a row is re-scored: each metric's read kept in `preset`. Drawn
 * values (`trusted`) are decimal text already rounded into the metric's range: read without
 * re-checking, and rows never look past the preset read, so the metrics object need not change.
 */
function presetWriter(plan: Plan, metrics: readonly string[], own: Record<string, MetricEntry>, preset: Map<MetricHandle, MetricRead>, trusted: boolean): (values: readonly MetricValue[]) => void;
function presetWriter(plan: Plan, metrics: readonly string[], own: Record<string, MetricEntry>, preset: Map<MetricHandle, MetricRead>, trusted: boolean, one: true): (k: number, value: MetricValue) => void;
function presetWriter(plan: Plan, metrics: readonly string[], own: Record<string, MetricEntry>, preset: Map<MetricHandle, MetricRead>, trusted: boolean, one = false): ((values: readonly MetricValue[]) => void) | ((k: number, value: MetricValue) => void) {
  const handles = metrics.map((m) => plan.metrics.get(m)!);
  const numeric = metrics.map((m) => ['percent', 'count', 'number'].includes(plan.set.metrics[m]?.unit ?? ''));
  const write = (k: number, v: MetricValue) => {
    if (trusted && numeric[k] && typeof v === 'string') preset.set(handles[k]!, new Numeric(v));
    else {
      own[metrics[k]!] = v;
      preset.set(handles[k]!, handles[k]!.read(v));
    }
  };
  if (one) return write;
  return (values: readonly MetricValue[]) => {
    for (let k = 0; k < handles.length; k++) write(k, values[k]!);
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
    coded: () => () => Number.NaN,
  };
}
