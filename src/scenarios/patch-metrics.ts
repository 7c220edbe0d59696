/**
 * Metric changes of a scenario: set, add or subtract, exactly. A change goes where
 * the value lives: the assessment's metrics, its survey results, or the report a
 * date metric is read from; a metric computed from the plan changes through tasksDone.
 */
import { showValue } from '../errors.js';
import { Decimal, toDecimal } from '../decimal.js';
import type { Assessment, MetricEntry, MetricValue } from '../schema/assessment.js';
import { IsoDate } from '../schema/common.js';
import type { CriteriaSet, MetricDef } from '../schema/criteria-set.js';
import type { MetricChange } from '../schema/scenario.js';
import type { Report } from './scenario-issues.js';

type Home = 'metrics' | 'survey' | 'plan' | { report: string };

const NUMERIC = new Set(['percent', 'count', 'number']);

/**
 * Where the value of `name` comes from for this assessment.
 * @example metricHome(set.metrics.reportQ3!, a, 'reportQ3') // { report: 'q3' } when a.reports.q3 is given
 */
export function metricHome(def: MetricDef, a: Assessment, name: string): Home {
  if (Object.hasOwn(a.metrics, name)) return 'metrics';
  if (a.survey !== undefined && Object.hasOwn(a.survey.results, name)) return 'survey';
  const from = def.from;
  if (from !== undefined && 'report' in from && Object.hasOwn(a.reports, from.report)) return { report: from.report };
  if (from !== undefined && 'plan' in from && a.plan !== undefined) return 'plan';
  return 'metrics';
}

const valueOf = (e: MetricEntry | undefined): MetricValue | undefined => (e !== null && typeof e === 'object' ? e.value : e);

/** Replaces an entry's value, keeping its note and source. */
const withValue = (e: MetricEntry | undefined, value: MetricValue): MetricEntry => (e !== null && typeof e === 'object' ? { ...e, value } : value);

/**
 * The assessment with the metric changes applied (copies of what changed only).
 * @example patchMetrics(set, a, { onlinePaymentRate: { add: '0.1' } }, report).metrics.onlinePaymentRate // '55.28'
 */
export function patchMetrics(set: CriteriaSet, a: Assessment, changes: Readonly<Record<string, MetricChange>>, report: Report): Assessment {
  let out = a;
  for (const [name, change] of Object.entries(changes)) {
    const at = ['metrics', name];
    const def = Object.hasOwn(set.metrics, name) ? set.metrics[name] : undefined;
    if (def === undefined) {
      report(at, 'UNKNOWN_METRIC', `metric "${name}" is not declared by criteria set ${set.id}${suggest(name, Object.keys(set.metrics))}`);
      continue;
    }
    const home = metricHome(def, out, name);
    if (home === 'plan') {
      report(at, 'METRIC_FROM_PLAN', `${name} is computed from the plan's tasks; change them with tasksDone instead`);
      continue;
    }
    const entry = home === 'metrics' ? out.metrics[name] : home === 'survey' ? out.survey!.results[name] : out.reports[home.report]!.submitted;
    const value = newValue(name, def, valueOf(entry), change, report);
    if (value === undefined) continue;
    if (typeof home === 'object') {
      if (value !== null && (typeof value !== 'string' || !IsoDate.safeParse(value).success)) {
        report([...at, 'set'], 'METRIC_INVALID_VALUE', `${name} is the day report ${home.report} was sent: give a date YYYY-MM-DD or null (not sent), not ${showValue(value)}`);
        continue;
      }
      out = { ...out, reports: { ...out.reports, [home.report]: { ...out.reports[home.report]!, submitted: value } } };
    } else if (home === 'survey') {
      const survey = out.survey!;
      out = { ...out, survey: { ...survey, results: { ...survey.results, [name]: withValue(entry, value) } } };
    } else out = { ...out, metrics: { ...out.metrics, [name]: withValue(entry, value) } };
  }
  return out;
}

function newValue(name: string, def: MetricDef, current: MetricValue | undefined, change: MetricChange, report: Report): MetricValue | undefined {
  if (change.add === undefined && change.subtract === undefined) return change.set ?? null;
  const [key, amount] = change.add !== undefined ? (['add', change.add] as const) : (['subtract', change.subtract!] as const);
  const at = ['metrics', name, key];
  if (!NUMERIC.has(def.unit)) {
    report(at, 'METRIC_NOT_NUMERIC', `${name} is a ${def.unit} metric: ${key} needs a number (percent, count or number); use set`);
    return undefined;
  }
  const from = toDecimal(current);
  if (from === undefined) {
    report(at, 'METRIC_NO_VALUE', current === undefined || current === null ? `${name} has no value to ${key === 'add' ? 'add to' : 'subtract from'}; use set` : `${name} = ${showValue(current)} is not a number`);
    return undefined;
  }
  const result = key === 'add' ? from.plus(amount) : from.minus(amount);
  return sameKind(current!, result);
}

/** A number stays a number when it prints back exactly; otherwise the exact decimal text. */
function sameKind(current: MetricValue, result: Decimal): MetricValue {
  const text = result.toFixed();
  return typeof current === 'number' && String(Number(text)) === text ? Number(text) : text;
}

function suggest(name: string, known: readonly string[]): string {
  const near = known.find((k) => k.toLowerCase() === name.toLowerCase());
  return near !== undefined ? `; did you mean "${near}"?` : '';
}
