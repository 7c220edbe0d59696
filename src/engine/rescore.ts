/**
 * Re-scoring single rows with some metrics overridden: target seeking and
 * Monte Carlo change a few inputs many times and re-run only the rows that
 * read them. Same scorers, same env as `evaluate`, so the points are the same.
 */
import { deriveInputs } from './derive.js';
import type { Exact } from '../exact.js';
import { SCORED, type MetricHandle, type MetricRead, type NumericValue } from '../rules/types.js';
import type { Assessment, MetricEntry } from '../schema/assessment.js';
import type { Plan, PlanNode } from './compile.js';
import { RowEnv } from './row-env.js';

/** A unit's metrics as `evaluate` scores them: typed, plus survey results and metrics derived from the plan and reports. */
export function scoredMetrics(plan: Plan, a: Assessment, asOf: string | undefined): Record<string, MetricEntry> {
  return { ...(deriveInputs(plan.set, a, asOf).metrics ?? a.metrics) };
}

/** A RowEnv that answers numbers and booleans already read for the overridden metrics: one parse per draw, not per row. */
class PresetEnv extends RowEnv {
  constructor(a: Assessment, asOf: string | undefined, private readonly preset: ReadonlyMap<MetricHandle, MetricRead>) {
    super(a, asOf, false);
  }
  override number(m: MetricHandle): NumericValue | undefined {
    const r = this.preset.get(m);
    return r?.kind === 'number' ? r.value : super.number(m);
  }
  override boolean(m: MetricHandle): boolean | undefined {
    const r = this.preset.get(m);
    return r?.kind === 'boolean' ? r.value : super.boolean(m);
  }
}

/**
 * A scorer of single rows over a metrics object the caller may change between calls
 * (it is read, never copied). Returns the row's points, or undefined when the row
 * is not scored (missing, invalid or not applicable). `preset` holds reads of the
 * changed metrics (`handle.read(value)`), which must match the metrics object.
 * @example rowRescorer(a, metrics, '2025-12-31')(plan.rows.get('2.2')!)?.dec.toString()
 */
export function rowRescorer(a: Assessment, metrics: Record<string, MetricEntry>, asOf: string | undefined, preset?: ReadonlyMap<MetricHandle, MetricRead>): (node: PlanNode) => Exact | undefined {
  const env = preset ? new PresetEnv({ ...a, metrics }, asOf, preset) : new RowEnv({ ...a, metrics }, asOf, false);
  return (node) => {
    if (!node.scorer) return undefined;
    env.begin(node.code);
    return node.scorer(env) === SCORED ? env.points : undefined;
  };
}
