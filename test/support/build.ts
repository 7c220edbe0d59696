/** Tiny builders for unit tests: a one-leaf criteria set, an assessment, and scoring them. */
import {
  Assessment,
  CriteriaSet,
  scoreAssessment,
  type AssessmentInput,
  type CriteriaSetInput,
  type ResultNode,
  type ScoreOptions,
  type ScoreResult,
} from '../../src/index.js';

export const SET_ID = 'test-set';

type NodeInput = CriteriaSetInput['nodes'][number];
export type RuleInput = NonNullable<NodeInput['rule']>;
export type MetricsInput = NonNullable<CriteriaSetInput['metrics']>;

/** A criteria set as plain data (unparsed), for validation tests. */
export function setInput(nodes: NodeInput[], extra: Partial<CriteriaSetInput> = {}): CriteriaSetInput {
  return { id: SET_ID, version: '1', title: 'test set', status: 'example', unitLevels: ['province', 'district', 'commune'], nodes, ...extra };
}

/** One top-level row `1` scored by `rule`, as plain data. */
export function leafInput(rule: RuleInput, metrics: MetricsInput = {}, maxPoints = '1', extra: Partial<CriteriaSetInput> = {}): CriteriaSetInput {
  return setInput([{ code: '1', name: 'row', maxPoints, rule }], { metrics, ...extra });
}

/** A parsed one-leaf set, ready for scoreAssessment. */
export function leafSet(rule: RuleInput, metrics: MetricsInput = {}, maxPoints = '1', extra: Partial<CriteriaSetInput> = {}): CriteriaSet {
  return CriteriaSet.parse(leafInput(rule, metrics, maxPoints, extra));
}

/** A parsed assessment of a province-level unit for 2025. */
export function assessment(metrics: AssessmentInput['metrics'] = {}, extra: Partial<AssessmentInput> = {}): Assessment {
  return Assessment.parse({ criteriaSet: { id: SET_ID }, unit: { id: 'u1', name: 'Unit', level: 'province' }, year: 2025, metrics, ...extra });
}

/** Scores `metrics` (and `extra` assessment fields) against `set`. */
export function score(set: CriteriaSet, metrics: AssessmentInput['metrics'] = {}, options: ScoreOptions = {}, extra: Partial<AssessmentInput> = {}): ScoreResult {
  return scoreAssessment(set, assessment(metrics, extra), options);
}

/** The first top-level row of a result: the leaf of a one-leaf set. */
export function leaf(r: ScoreResult): ResultNode {
  return r.nodes[0]!;
}

/** A scorer for one-leaf sets: `at(metrics)` gives the leaf's result node. */
export function leafScorer(set: CriteriaSet, options: ScoreOptions = {}): (metrics: AssessmentInput['metrics'], extra?: Partial<AssessmentInput>) => ResultNode {
  return (metrics, extra = {}) => leaf(score(set, metrics, options, extra));
}

/** Codes of the issues in a result, in order. */
export function codes(r: { issues: readonly { code: string }[] }): string[] {
  return r.issues.map((i) => i.code);
}
