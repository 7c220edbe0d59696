/** The rows of a rounds report: each row's points in every round, the final value, and the difference from self-assessment. */
import { Decimal } from '../decimal.js';
import { itemPoints, nodePoints } from '../engine/result.js';
import type { Evaluation } from '../engine/evaluate.js';
import { NOT_APPLICABLE } from '../rules/types.js';
import type { Assessment, EvidenceDocument } from '../schema/assessment.js';
import type { FinalSource, RoundName, RoundsRow, RowStatus } from '../schema/rounds.js';
import type { PlanAdjustment, PlanNode } from '../engine/compile.js';
import { formatUnits } from '../engine/result.js';

/** The evaluations a report reads: the rules alone, each round present, and the final one (the last round). */
export interface RoundEvaluations {
  readonly rules: Evaluation;
  readonly rounds: Partial<Record<RoundName, Evaluation>>;
  readonly final: Evaluation;
}

const ROUNDS: readonly RoundName[] = ['self', 'appraisal1', 'appraisal2'];

/** An own entry of a record from the file, never Object.prototype's ("constructor" is a valid row code). */
export const own = <T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;

type Values = Pick<RoundsRow, 'rules' | 'self' | 'appraisal1' | 'appraisal2' | 'final'>;

/** Where a leaf's final points come from: the latest round that lists it, or its rule (survey rows: the survey). */
function sourceOf(node: PlanNode, a: Assessment, last: RoundName | undefined): FinalSource {
  if (node.scoredBy === 'survey') return 'survey';
  let from: FinalSource = 'rules';
  for (const r of ROUNDS) {
    if (own(a.rounds?.[r]?.points, node.code) !== undefined) from = r;
    if (r === last) break;
  }
  return from;
}

/** Over-scored: the unit gave itself more than the final points, or declared less penalty than the final. */
function statusOf(applies: boolean, v: Values, penalty = false): RowStatus {
  if (!applies) return 'not-applicable';
  const self = v.self ?? v.rules;
  if (self === null || v.final === null) return 'unscored';
  const c = new Decimal(self).cmp(v.final) * (penalty ? -1 : 1);
  return c > 0 ? 'over-scored' : c < 0 ? 'under-scored' : 'agreed';
}

/** final − self (self is the rules' value when the file has no self-assessment). */
function differenceOf(v: Values): string | null {
  const self = v.self ?? v.rules;
  return self === null || v.final === null ? null : new Decimal(v.final).minus(self).toString();
}

function texts(node: PlanNode, a: Assessment) {
  const r = a.rounds;
  const code = node.code;
  const required = (r?.appraisal1?.explanationRequired.includes(code) ?? false) || (r?.appraisal2?.explanationRequired.includes(code) ?? false);
  const explained = own(r?.explanation?.rows, code);
  const evidence: EvidenceDocument[] = [...(own(a.evidence, code) ?? []), ...(explained?.evidence ?? [])];
  return {
    note: own(r?.self?.notes, code) ?? null,
    comment1: own(r?.appraisal1?.comments, code) ?? null,
    comment2: own(r?.appraisal2?.comments, code) ?? null,
    explanationRequired: required,
    explanation: explained?.text ?? null,
    evidence,
  };
}

/** Every tree row in pre-order, then bonus and penalty items. */
export function roundRows(ev: RoundEvaluations, last: RoundName | undefined): RoundsRow[] {
  const { plan, assessment: a } = ev.final;
  const depth: number[] = [];
  const rows = plan.nodes.map((node, i): RoundsRow => {
    depth[i] = node.parent < 0 ? 0 : depth[node.parent]! + 1;
    const at = (e: Evaluation | undefined) => (e ? nodePoints(e, i) : null);
    const v: Values = { rules: at(ev.rules), self: at(ev.rounds.self), appraisal1: at(ev.rounds.appraisal1), appraisal2: at(ev.rounds.appraisal2), final: at(ev.final) };
    const applies = ev.final.status[i] !== NOT_APPLICABLE;
    const leaf = node.children.length === 0;
    return {
      code: node.code, name: node.name, depth: depth[i]!, kind: 'row', leaf, scoredBy: node.scoredBy,
      maxPoints: node.maxText,
      applicableMaxPoints: applies ? formatUnits(ev.final.applicableUnits[i]!) : null,
      ...v,
      finalFrom: leaf && applies ? sourceOf(node, a, last) : null,
      difference: differenceOf(v),
      status: statusOf(applies, v),
      ...texts(node, a),
    };
  });
  const items = (kind: 'bonus' | 'penalty', adj: PlanAdjustment | undefined) =>
    (adj?.items ?? []).map((node, k): RoundsRow => {
      const at = (e: Evaluation | undefined) => (e ? itemPoints(e[kind], k) : null);
      const v: Values = { rules: at(ev.rules), self: at(ev.rounds.self), appraisal1: at(ev.rounds.appraisal1), appraisal2: at(ev.rounds.appraisal2), final: at(ev.final) };
      const applies = ev.final[kind]?.status[k] !== NOT_APPLICABLE;
      return {
        code: node.code, name: node.name, depth: 0, kind, leaf: true, scoredBy: node.scoredBy,
        maxPoints: node.maxText,
        applicableMaxPoints: applies ? node.maxText : null,
        ...v,
        finalFrom: applies ? sourceOf(node, a, last) : null,
        difference: differenceOf(v),
        status: statusOf(applies, v, kind === 'penalty'),
        ...texts(node, a),
      };
    });
  return [...rows, ...items('bonus', plan.bonus), ...items('penalty', plan.penalty)];
}
