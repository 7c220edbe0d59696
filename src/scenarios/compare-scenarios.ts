/**
 * Baseline against each scenario, side by side: points, index, band, changed
 * areas and rows; with many units, every unit's rank before and after.
 */
import { compilePlan } from '../engine/compile.js';
import { checkAssessmentDeep, checkOptionsObject } from '../engine/guards.js';
import { evaluate, type EvaluateOptions, type Evaluation } from '../engine/evaluate.js';
import { rankUnits } from '../engine/rank.js';
import type { Ties } from '../engine/rank-order.js';
import { usageError, type Issue } from '../errors.js';
import type { Loaded } from '../load/criteria.js';
import type { Assessment } from '../schema/assessment.js';
import type { CriteriaSet } from '../schema/criteria-set.js';
import { SCENARIO_SCHEMA_VERSION, type Scenario, type ScenarioComparison, type ScenarioOutcome } from '../schema/scenario.js';
import { patchAssessment, patchSet, type ApplyOptions } from './apply-scenario.js';
import { scenarioChain } from './scenario-chain.js';
import { reporter } from './scenario-issues.js';
import { standingOf, unitDelta } from './standing.js';

export interface CompareOptions extends ApplyOptions, Pick<EvaluateOptions, 'asOf' | 'missingInput' | 'round'> {
  ties?: Ties | undefined;
}

/** Ranks of a batch in input order; null for one unit (a rank of one says nothing). */
function ranks(evals: readonly Evaluation[], ties: Ties | undefined): (number | null)[] {
  if (evals.length < 2) return evals.map(() => null);
  const ranking = rankUnits(evals.map((evaluation, k) => ({ evaluation, label: String(k) })), { ties, groupBy: 'none' });
  const out: (number | null)[] = evals.map(() => null);
  for (const u of ranking.groups[0]?.units ?? []) out[Number(u.label)] = u.rank;
  return out;
}

/**
 * Scores the baseline and every scenario (each with the scenarios it is based on, found among `scenarios`).
 * A scenario that names a metric, row, task or unit that does not exist makes the comparison fail with its issues.
 * @example compareScenarios(set, [a, b], [pay70]).ok // true
 */
export function compareScenarios(set: CriteriaSet, assessments: Assessment | readonly Assessment[], scenarios: readonly Scenario[], options: CompareOptions = {}): Loaded<ScenarioComparison> {
  checkOptionsObject('compareScenarios', options);
  const units: readonly Assessment[] = Array.isArray(assessments) ? assessments : [assessments as Assessment];
  if (units.length === 0) throw usageError('compareScenarios', 'give at least one assessment');
  for (let k = 0; k < units.length; k++) checkAssessmentDeep(`compareScenarios (assessments[${k}])`, units[k]);
  if (!Array.isArray(scenarios)) throw usageError('compareScenarios', 'scenarios must be an array');
  const evalOptions: EvaluateOptions = { asOf: options.asOf, missingInput: options.missingInput, round: options.round };
  const plan = compilePlan(set, options.rules);
  const base = units.map((a) => evaluate(plan, a, evalOptions));
  const baseRanks = ranks(base, options.ties);
  const issues: Issue[] = [];
  const outcomes: ScenarioOutcome[] = [];
  for (const s of scenarios) {
    const found = scenarioChain(s, scenarios, options.files);
    issues.push(...found.issues);
    if (found.issues.length > 0) continue;
    const outcome = compareOne(set, units, base, baseRanks, found.chain, evalOptions, options, issues);
    if (outcome !== undefined) outcomes.push(outcome);
  }
  // A scenario applied to many units reports the same problem once.
  if (issues.length > 0) return { ok: false, issues: [...new Map(issues.map((i) => [JSON.stringify(i), i])).values()] };
  const value: ScenarioComparison = {
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    criteriaSet: { id: plan.set.id, version: plan.set.version },
    rounding: { points: plan.set.rounding.points, index: plan.set.rounding.index },
    baseline: base.map((e, k) => ({ unit: { id: e.assessment.unit.id, name: e.assessment.unit.name }, standing: standingOf(e, baseRanks[k] ?? null) })),
    scenarios: outcomes,
  };
  return { ok: true, value, issues };
}

function compareOne(set: CriteriaSet, units: readonly Assessment[], base: readonly Evaluation[], baseRanks: readonly (number | null)[], chain: readonly Scenario[], evalOptions: EvaluateOptions, options: CompareOptions, issues: Issue[]): ScenarioOutcome | undefined {
  const before = issues.length;
  for (const s of chain) {
    if (s.unit !== undefined && !units.some((a) => a.unit.id === s.unit)) {
      reporter(s, issues, options.files)(['unit'], 'UNKNOWN_UNIT', `scenario "${s.id}" names unit "${s.unit}", which is not among the assessments (${units.map((a) => a.unit.id).join(', ')})`);
    }
  }
  const patched = patchSet(set, chain, issues, options);
  if (!patched.ok || issues.length > before) return undefined;
  const plan = compilePlan(patched.set, options.rules);
  const evals = units.map((a) => evaluate(plan, patchAssessment(patched.set, a, chain, issues, options), evalOptions));
  if (issues.length > before) return undefined;
  const after = ranks(evals, options.ties);
  const last = chain[chain.length - 1]!;
  return {
    id: last.id,
    name: last.name ?? null,
    description: last.description ?? null,
    chain: chain.map((s) => s.id),
    criteriaChanged: patched.set !== set,
    units: evals.map((e, k) => unitDelta(base[k]!, e, baseRanks[k] ?? null, after[k] ?? null)),
  };
}
