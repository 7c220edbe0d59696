/** Applies a what-if scenario (and the scenarios it is based on) to a baseline set and assessment. Pure. */
import { compilePlan } from '../engine/compile.js';
import { checkAssessmentShape, checkOptionsObject } from '../engine/guards.js';
import { usageError, type Issue } from '../errors.js';
import type { RuleRegistry } from '../rules/registry.js';
import type { Assessment } from '../schema/assessment.js';
import type { CriteriaSet } from '../schema/criteria-set.js';
import { wasChecked } from '../load/checked.js';
import { Scenario as ScenarioSchema } from '../schema/scenario.js';
import type { Scenario } from '../schema/scenario.js';
import { patchCriteria } from './patch-criteria.js';
import { patchNotApplicable, patchPoints, patchTasks } from './patch-inputs.js';
import { patchMetrics } from './patch-metrics.js';
import { scenarioChain } from './scenario-chain.js';
import { reporter, type ScenarioFiles } from './scenario-issues.js';

export interface ApplyOptions {
  /** The file each scenario was read from, by id: issues name it. */
  files?: ScenarioFiles | undefined;
  rules?: RuleRegistry | undefined;
}

/** The patched set and assessment, or every problem found; the baseline objects are never changed. */
export type Applied =
  | { readonly ok: true; readonly set: CriteriaSet; readonly assessment: Assessment; readonly chain: readonly string[]; readonly issues: Issue[] }
  | { readonly ok: false; readonly issues: Issue[] };

/**
 * Applies `scenario` over the baseline: first the scenarios it is `basedOn` (found in `scenarios`), then itself.
 * An unchanged set is returned as the same object, so its compiled plan is reused.
 * @example applyScenario(set, a, { id: 'pay70', metrics: { onlinePaymentRate: { set: '70' } } }).ok // true
 */
export function applyScenario(set: CriteriaSet, assessment: Assessment, given: Scenario, givenList: readonly Scenario[] = [], options: ApplyOptions = {}): Applied {
  if (!Array.isArray(givenList)) throw usageError('applyScenario', 'scenarios must be an array');
  // Shapes only (names are checked against the set below): a scenario built in code gets the same checks as a file.
  const scenarios = Array.from(givenList, (s, k) => checkedShape(s, `scenarios[${k}]`));
  // The scenario is often one of the list: keep it the same object, as chains compare them.
  const at = givenList.indexOf(given);
  const scenario = at >= 0 ? scenarios[at]! : checkedShape(given, 'scenario');
  checkOptionsObject('applyScenario', options);
  checkAssessmentShape('applyScenario', assessment);
  const { chain, issues } = scenarioChain(scenario, scenarios, options.files);
  if (issues.length > 0) return { ok: false, issues };
  const patched = patchSet(set, chain, issues, options);
  if (!patched.ok) return { ok: false, issues };
  for (const s of chain) {
    if (s.unit !== undefined && s.unit !== assessment.unit.id) reporter(s, issues, options.files)(['unit'], 'UNKNOWN_UNIT', `scenario "${s.id}" is for unit "${s.unit}"; this assessment is unit "${assessment.unit.id}"`);
  }
  const a = patchAssessment(patched.set, assessment, chain, issues, options);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, set: patched.set, assessment: a, chain: chain.map((s) => s.id), issues };
}

/**
 * The criteria changes of every scenario in the chain, in order; `set` itself when there are none.
 * @example patchSet(set, [scenario], issues, {}).set === set // true without criteria changes
 */
export function patchSet(set: CriteriaSet, chain: readonly Scenario[], issues: Issue[], options: ApplyOptions): { set: CriteriaSet; ok: boolean } {
  let out = set;
  for (const s of chain) {
    if (s.criteria === undefined) continue;
    const r = patchCriteria(out, s.criteria, reporter(s, issues, options.files), options.rules);
    if (!r.ok) return { set, ok: false };
    out = r.set;
  }
  return { set: out, ok: true };
}

/**
 * The input changes of every scenario in the chain that applies to the unit, in order.
 * @example patchAssessment(set, a, [pay70], issues, {}).metrics.onlinePaymentRate // '70'
 */
export function patchAssessment(set: CriteriaSet, assessment: Assessment, chain: readonly Scenario[], issues: Issue[], options: ApplyOptions): Assessment {
  const plan = compilePlan(set, options.rules);
  let a = assessment;
  for (const s of chain) {
    if (s.unit !== undefined && s.unit !== a.unit.id) continue;
    const report = reporter(s, issues, options.files);
    if (s.metrics) a = patchMetrics(set, a, s.metrics, report);
    if (s.tasksDone) a = patchTasks(a, s.tasksDone, report);
    if (s.points) a = patchPoints(plan, a, s.points, report);
    if (s.notApplicable) a = patchNotApplicable(plan, a, s.notApplicable, report);
  }
  return a;
}

function checkedShape(s: unknown, what: string): Scenario {
  if (wasChecked(s)) return s as Scenario;
  const r = ScenarioSchema.safeParse(s);
  if (r.success) return r.data;
  const first = r.error.issues[0];
  throw usageError('applyScenario', `${what} is not a scenario (${first ? `${first.path.join('.') || 'value'}: ${first.message}` : 'bad shape'}); load files with parseScenario or checkScenario`);
}
