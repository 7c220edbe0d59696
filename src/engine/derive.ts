/** Metric values an assessment does not type in: survey results, and metrics computed from its plan or reports. */
import { toDecimal } from '../decimal.js';
import { formatPath, showValue, usageError, type Issue } from '../errors.js';
import type { Assessment, MetricEntry } from '../schema/assessment.js';
import { IsoDate } from '../schema/common.js';
import type { CriteriaSet, MetricSource } from '../schema/criteria-set.js';
import { planShares, type Found, type PlanShares } from './derive-plan.js';

/** What {@link deriveInputs} found: the metrics to score with (undefined: keep `a.metrics`), and issues. */
export interface DerivedInputs {
  readonly metrics: Record<string, MetricEntry> | undefined;
  readonly issues: readonly Issue[];
}

// The common case: no sourced metric and no survey. One shared answer, nothing allocated.
const NOTHING: DerivedInputs = Object.freeze({ metrics: undefined, issues: Object.freeze([]) as readonly Issue[] });

type Sourced = readonly (readonly [string, MetricSource])[];
const SOURCED = new WeakMap<CriteriaSet, Sourced>();

function sourcedOf(set: CriteriaSet): Sourced {
  let found = SOURCED.get(set);
  if (!found) {
    found = Object.entries(set.metrics).flatMap(([name, m]) => (m.from ? [[name, m.from] as const] : []));
    SOURCED.set(set, found);
  }
  return found;
}

/**
 * The metrics an assessment is scored with: `a.metrics`, plus `survey.results`, plus
 * each metric declared `from` a report or the plan that `a.metrics` does not give.
 * A metric given both ways must agree (else METRIC_SOURCE_CONFLICT; the given value is kept).
 * A report absent from `a.reports` derives nothing, whether or not other reports are listed:
 * the metric stays missing and the engine reports it like any missing input.
 * Plan shares are judged as of `asOf`, default 31 December of the assessment year.
 * @example deriveInputs(set, assessment, '2025-12-31').metrics // { reportQ1: { value: '2025-03-17', source: 'report q1' } }
 */
export function deriveInputs(set: CriteriaSet, a: Assessment, asOf: string | undefined): DerivedInputs {
  const sourced = sourcedOf(set);
  const survey = a.survey?.results;
  if (sourced.length === 0 && (survey === undefined || isEmpty(survey))) return NOTHING;
  // Checked only when there is work: evaluate calls this for every unit, with asOf already checked.
  if (asOf !== undefined && !IsoDate.safeParse(asOf).success) throw usageError('deriveInputs', `asOf must be a date YYYY-MM-DD or undefined, got ${showValue(asOf)}`);
  const issues: Issue[] = [];
  // Copied on the first value added: a set whose sources find nothing allocates no metrics.
  let metrics: Record<string, MetricEntry> | undefined;
  const add = (name: string, entry: MetricEntry) => ((metrics ??= { ...a.metrics })[name] = entry);
  for (const [name, entry] of Object.entries(survey ?? {})) {
    if (Object.hasOwn(a.metrics, name)) {
      issues.push(conflict(['survey', 'results', name], `metric "${name}" is given both in metrics (${show(valueOf(a.metrics[name]!))}) and in survey.results (${show(valueOf(entry))}); give it in one place`));
    } else add(name, typeof entry === 'object' && entry !== null ? { source: 'survey', ...entry } : { value: entry, source: 'survey' });
  }
  let plan: PlanShares | undefined;
  for (const [name, from] of sourced) {
    const found = 'report' in from ? fromReport(a, from.report) : (plan ??= planShares(a, asOf, issues)).get(from.plan, name, issues);
    if (!found) continue;
    const at = ['metrics', name];
    const known = metrics ?? a.metrics;
    if (Object.hasOwn(known, name)) {
      const given = valueOf(known[name]!);
      if (!same(given, found.value)) issues.push(conflict(at, `metric "${name}" is given as ${show(given)} but ${found.what} gives ${show(found.value)}${found.detail}`));
      continue;
    }
    add(name, { value: found.value, source: found.source });
    issues.push({ code: 'METRIC_DERIVED', severity: 'info', path: formatPath(at), message: `${name} = ${show(found.value)} from ${found.what}${found.detail}` });
  }
  return metrics !== undefined || issues.length > 0 ? { metrics, issues } : NOTHING;
}

function fromReport(a: Assessment, period: string): Found | undefined {
  const report = Object.hasOwn(a.reports, period) ? a.reports[period] : undefined;
  if (!report) return undefined;
  return { value: report.submitted, source: `report ${period}`, what: `the report for period ${period}`, detail: report.submitted === null ? ': not sent' : '' };
}

function valueOf(entry: MetricEntry): MetricEntry {
  return typeof entry === 'object' && entry !== null ? entry.value : entry;
}

/** Equal as dates (text) or as numbers ("75" = 75 = "75.0"). */
function same(given: MetricEntry, value: string | null): boolean {
  if (given === value) return true;
  if (value === null || typeof given === 'boolean' || given === null) return false;
  const a = toDecimal(given);
  const b = toDecimal(value);
  return a !== undefined && b !== undefined && a.eq(b);
}

function show(value: MetricEntry): string {
  return typeof value === 'string' ? value : showValue(value);
}

function conflict(path: (string | number)[], message: string): Issue {
  return { code: 'METRIC_SOURCE_CONFLICT', severity: 'error', path: formatPath(path), message };
}

function isEmpty(record: Record<string, unknown>): boolean {
  for (const _ in record) return false;
  return true;
}
