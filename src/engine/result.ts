/** Evaluation → the public JSON result contract (decimal strings, statuses, traces). */
import { Decimal, HUNDRED, roundHalfUp } from '../decimal.js';
import { SCALE } from '../exact.js';
import type { Outcome } from '../rules/types.js';
import { RESULT_SCHEMA_VERSION, type NodeStatus, type ResultNode, type ScoreResult, type Trace } from '../schema/result.js';
import type { PlanAdjustment, PlanNode } from './compile.js';
import { MISSING, NOT_APPLICABLE, type AdjustmentEval, type Evaluation } from './evaluate.js';

const STATUS: readonly NodeStatus[] = ['scored', 'not-applicable', 'missing-input', 'invalid-input'];
const SCALE_DIGITS = String(SCALE).length - 1;

/**
 * Prints an integer count of micro-points as an exact decimal string.
 * @example formatUnits(1_250_000) // '1.25'
 */
export function formatUnits(units: number): string {
  const sign = units < 0 ? '-' : '';
  const abs = Math.abs(units);
  const whole = Math.floor(abs / SCALE);
  const frac = String(abs - whole * SCALE).padStart(SCALE_DIGITS, '0').replace(/0+$/, '');
  return `${sign}${whole}${frac ? `.${frac}` : ''}`;
}

function pointsText(e: Evaluation, i: number): string {
  const r = e.rest[i];
  return r === undefined ? formatUnits(e.units[i]!) : new Decimal(e.units[i]!).div(SCALE).plus(r).toString();
}

function ratio(points: string, applicable: number): string | null {
  return applicable === 0 ? null : new Decimal(points).times(HUNDRED).times(SCALE).div(applicable).toString();
}

function leafTrace(kind: string, o: Outcome | undefined, points: string | null): Trace {
  if (!o) return { rule: kind, inputs: {}, branch: 'not evaluated', points };
  const notes = o.status === 'scored' ? o.notes : o.status === 'invalid-input' ? o.problems.map((p) => p.message) : undefined;
  return { rule: kind, inputs: o.inputs, branch: o.branch, points, ...(notes && { notes }) };
}

function node(e: Evaluation, i: number): ResultNode {
  const n = e.plan.nodes[i]!;
  const s = e.status[i]!;
  const points = s >= MISSING || s === NOT_APPLICABLE ? null : pointsText(e, i);
  const applicable = e.applicableUnits[i]!;
  const children = n.children.map((c) => node(e, c));
  const trace: Trace = n.scorer
    ? leafTrace(n.kind!, e.outcomes[i], points)
    : { rule: 'sum', inputs: {}, branch: sumBranch(children), points };
  return {
    code: n.code,
    name: n.name,
    scoredBy: n.scoredBy,
    maxPoints: n.maxText,
    applicableMaxPoints: formatUnits(applicable),
    points,
    ratio: points === null ? null : ratio(points, applicable),
    status: STATUS[s]!,
    trace,
    children,
  };
}

function sumBranch(children: ResultNode[]): string {
  const na = children.filter((c) => c.status === 'not-applicable').length;
  const open = children.filter((c) => c.status === 'missing-input' || c.status === 'invalid-input').length;
  const parts = [`sum of ${children.length - na} applicable of ${children.length} children`];
  if (open) parts.push(`${open} not scored`);
  return parts.join('; ');
}

function adjustment(name: string | undefined, adj: PlanAdjustment | undefined, ev: AdjustmentEval | null): ScoreResult['bonus'] {
  if (!adj || !ev) return null;
  const items = adj.items.map((item: PlanNode, k): ResultNode => {
    const o = ev.outcomes[k]!;
    const s = ev.status[k]!;
    const points = o.status === 'scored' ? o.points.dec.toString() : null;
    return {
      code: item.code, name: item.name, scoredBy: item.scoredBy, maxPoints: item.maxText,
      applicableMaxPoints: s === NOT_APPLICABLE ? '0' : item.maxText,
      points,
      ratio: points === null || s === NOT_APPLICABLE ? null : ratio(points, item.max.units!),
      status: STATUS[s]!, trace: leafTrace(item.kind!, o, points), children: [],
    };
  });
  return { name: name ?? null, cap: adj.cap.dec.toString(), points: ev.points.toString(), uncapped: ev.uncapped.toString(), items };
}

/** Builds the versioned JSON result from an evaluation. */
export function toResult(e: Evaluation): ScoreResult {
  const { set } = e.plan;
  const { unit } = e.assessment;
  return {
    schemaVersion: RESULT_SCHEMA_VERSION,
    criteriaSet: { id: set.id, version: set.version, title: set.title },
    unit: { id: unit.id, name: unit.name, ...(unit.type !== undefined && { type: unit.type }), level: unit.level },
    year: e.assessment.year,
    asOf: e.asOf ?? null,
    complete: e.complete,
    maxPoints: e.plan.maxPoints.dec.toString(),
    applicableMaxPoints: e.applicableMax.toString(),
    treePoints: e.treePoints?.toString() ?? null,
    points: e.points?.toString() ?? null,
    index: e.index?.toString() ?? null,
    band: e.band,
    display: {
      points: e.points ? roundHalfUp(e.points, set.rounding.points) : null,
      index: e.index ? roundHalfUp(e.index, set.rounding.index) : null,
    },
    rounding: { points: set.rounding.points, index: set.rounding.index },
    bonus: adjustment(set.adjustments?.bonus?.name, e.plan.bonus, e.bonus),
    penalty: adjustment(set.adjustments?.penalty?.name, e.plan.penalty, e.penalty),
    parts: e.parts?.map((p, k) => ({
      id: p.id, name: set.index?.parts[k]?.name ?? null, weight: p.weight.toString(), present: p.present,
      applicableMaxPoints: p.applicableMax.toString(),
      points: e.complete ? p.points.toString() : null,
      ratio: e.complete && !p.applicableMax.isZero() ? p.points.times(HUNDRED).div(p.applicableMax).toString() : null,
    })) ?? null,
    issues: e.issues,
    nodes: e.plan.roots.map((i) => node(e, i)),
  };
}

