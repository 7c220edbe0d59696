/**
 * Points left on the table for one unit: every applicable row below its
 * maximum, what it loses, and for metric-driven rows the nearest metric change
 * that earns more, proven by scoring it; then the gap to each higher band.
 */
import { Decimal } from '../decimal.js';
import { compilePlan } from '../engine/compile.js';
import { checkAssessmentDeep, checkOptionsObject } from '../engine/guards.js';
import { enteredPoints } from '../engine/entered.js';
import { evaluate, NOT_APPLICABLE, type EvaluateOptions } from '../engine/evaluate.js';
import type { RuleRegistry } from '../rules/registry.js';
import type { Assessment } from '../schema/assessment.js';
import type { CriteriaSet } from '../schema/criteria-set.js';
import { SCENARIO_SCHEMA_VERSION, type LeftRow, type PointsLeft } from '../schema/scenario.js';
import { bandGaps } from './band-gaps.js';
import { leftRows } from './left-rows.js';
import { describeRow } from './left-row.js';
import { materialise } from './left-trial.js';
import { standingOf } from './standing.js';

export interface PointsLeftOptions extends Pick<EvaluateOptions, 'asOf' | 'round' | 'missingInput'> {
  rules?: RuleRegistry | undefined;
}

/**
 * Where a unit loses points, largest gain first, and how far each higher band is.
 * @example pointsLeft(set, a, { asOf: '2025-12-31' }).rows[0]?.next?.text // 'planIssuedOn 2025-01-06 → 2024-12-31: +0.50'
 */
export function pointsLeft(set: CriteriaSet, assessment: Assessment, options: PointsLeftOptions = {}): PointsLeft {
  checkOptionsObject('pointsLeft', options);
  checkAssessmentDeep('pointsLeft', assessment);
  const plan = compilePlan(set, options.rules);
  const evalOptions: EvaluateOptions = { asOf: options.asOf, round: options.round, missingInput: options.missingInput };
  const e = evaluate(plan, assessment, evalOptions);
  const base = materialise(plan, assessment, options.asOf);
  const baseEval = evaluate(plan, base, evalOptions);
  const entered = assessment.rounds === undefined ? undefined : enteredPoints(assessment, options.round ?? 'final');
  const rows: LeftRow[] = [];
  for (const ref of leftRows(plan)) {
    if (ref.status(e) === NOT_APPLICABLE) continue;
    const row = describeRow(plan, ref, e, { base, baseEval, options: evalOptions, entered, given: assessment });
    if (row !== undefined) rows.push(row);
  }
  rows.sort((a, b) => gainOf(b).cmp(gainOf(a)) || new Decimal(b.lost).cmp(a.lost));
  return {
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    criteriaSet: { id: plan.set.id, version: plan.set.version },
    rounding: { points: plan.set.rounding.points, index: plan.set.rounding.index },
    unit: { id: assessment.unit.id, name: assessment.unit.name },
    standing: standingOf(e, null),
    applicableMaxPoints: e.applicableMax.toFixed(),
    lostTotal: rows.reduce((s, r) => s.plus(r.lost), new Decimal(0)).toFixed(),
    rows,
    bands: bandGaps(e),
  };
}

const gainOf = (r: LeftRow) => new Decimal(r.next?.gain ?? r.lost);

