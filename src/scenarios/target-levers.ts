/**
 * Levers resolved against a set and a unit: bounds, cost, precision and the
 * current value of each metric that may move. Without a levers file every
 * metric a self-scored row reads may move within its declared range, at cost 1
 * per threshold crossed (also the cost of a listed lever that names no cost).
 */
import { Decimal, toDecimal } from '../decimal.js';
import type { Issue } from '../errors.js';
import type { MetricValue, MetricEntry } from '../schema/assessment.js';
import type { CriteriaSet, MetricUnit } from '../schema/criteria-set.js';
import type { Lever, LeversFile } from '../schema/target.js';
import type { RowRef } from './target-reads.js';

export interface ResolvedLever {
  readonly metric: string;
  readonly unit: MetricUnit;
  readonly from: MetricValue;
  readonly min: Decimal | undefined;
  readonly max: Decimal | undefined;
  readonly earliest: string | undefined;
  readonly latest: string | undefined;
  readonly cost: Decimal;
  readonly perUnit: Decimal;
  readonly perStep: Decimal;
  readonly rows: readonly RowRef[];
}

const MOVABLE: readonly MetricUnit[] = ['percent', 'count', 'number', 'date', 'boolean'];
const ZERO = new Decimal(0);
const ONE = new Decimal(1);

export const valueOfEntry = (e: MetricEntry | undefined): MetricValue | undefined =>
  e !== null && typeof e === 'object' ? e.value : e;

/** Checks a levers file against the set and unit: unknown metrics, bounds of the wrong kind, metrics no row reads. */
export function checkLevers(set: CriteriaSet, file: LeversFile, rows: ReadonlyMap<string, readonly RowRef[]>, typed: Record<string, MetricEntry>, derived: Record<string, MetricEntry>): Issue[] {
  const issues: Issue[] = [];
  const report = (metric: string, code: string, message: string, severity: 'error' | 'warning' = 'error') =>
    issues.push({ code, severity, path: `levers.${metric}`, message });
  for (const [metric, lever] of Object.entries(file.levers)) {
    const def = set.metrics[metric];
    if (!def) {
      report(metric, 'UNKNOWN_METRIC', `metric "${metric}" is not declared by criteria set ${set.id} (declared: ${Object.keys(set.metrics).join(', ')})`);
      continue;
    }
    const dated = def.unit === 'date';
    const numeric = def.unit === 'percent' || def.unit === 'count' || def.unit === 'number';
    if (!MOVABLE.includes(def.unit)) report(metric, 'LEVER_INVALID', `metric "${metric}" is ${def.unit}; only numbers, dates and booleans can move`);
    if (!numeric && (lever.min !== undefined || lever.max !== undefined)) report(metric, 'LEVER_INVALID', `min/max bound numbers; "${metric}" is ${def.unit}${dated ? ' (use earliest/latest)' : ''}`);
    if (!dated && (lever.earliest !== undefined || lever.latest !== undefined)) report(metric, 'LEVER_INVALID', `earliest/latest bound dates; "${metric}" is ${def.unit}`);
    if (lever.min !== undefined && lever.max !== undefined && new Decimal(lever.min).gt(lever.max)) report(metric, 'LEVER_INVALID', `min ${lever.min} is above max ${lever.max}`);
    if (lever.earliest !== undefined && lever.latest !== undefined && lever.earliest > lever.latest) report(metric, 'LEVER_INVALID', `earliest ${lever.earliest} is after latest ${lever.latest}`);
    if (!Object.hasOwn(typed, metric) && Object.hasOwn(derived, metric)) report(metric, 'LEVER_DERIVED', `"${metric}" is computed from the unit's plan, reports or survey, not typed in; change those instead`);
    if (!rows.has(metric)) report(metric, 'LEVER_UNUSED', `no row reads "${metric}", so moving it changes nothing`, 'warning');
  }
  return issues;
}

/** The levers of a file, or the default ones: every typed metric a self-scored row reads, cost 1 per threshold crossed. */
export function resolveLevers(set: CriteriaSet, file: LeversFile | undefined, rows: ReadonlyMap<string, readonly RowRef[]>, metrics: Record<string, MetricEntry>, typed: Record<string, MetricEntry>): ResolvedLever[] {
  const given: [string, Lever][] = file
    ? Object.entries(file.levers)
    : [...rows].filter(([m, r]) => Object.hasOwn(typed, m) && r.some((x) => x.node.scoredBy === 'self')).map(([m]) => [m, { costPerStep: '1' }]);
  return given.flatMap(([metric, lever]) => {
    const def = set.metrics[metric];
    if (!def || !MOVABLE.includes(def.unit) || !rows.has(metric)) return [];
    const range = (v: string | undefined, d: string | undefined) => toDecimal(v ?? d);
    return [{
      metric,
      unit: def.unit,
      from: valueOfEntry(metrics[metric]) ?? null,
      min: range(lever.min, def.min ?? (def.unit === 'percent' || def.unit === 'count' ? '0' : undefined)),
      max: range(lever.max, def.max ?? (def.unit === 'percent' ? '100' : undefined)),
      earliest: lever.earliest,
      latest: lever.latest,
      cost: toDecimal(lever.cost) ?? ZERO,
      perUnit: toDecimal(lever.costPerUnit) ?? ZERO,
      perStep: toDecimal(lever.costPerStep) ?? (lever.cost === undefined && lever.costPerUnit === undefined ? ONE : ZERO),
      rows: rows.get(metric)!,
    }];
  });
}
