/**
 * Evaluation → the public JSON result contract (decimal strings, statuses,
 * traces). Traces come from running each row's scorer again with tracing on:
 * the same code that gave the points explains them.
 */
import { roundHalfUp } from '../decimal.js';
import { formatQuanta, fromUnits, QUANTA_PER_UNIT, SCALE, shortQuotient, type Exact } from '../exact.js';
import type { Outcome } from '../rules/types.js';
import { RESULT_SCHEMA_VERSION, type NodeStatus, type ResultNode, type ScoreResult, type Trace } from '../schema/result.js';
import type { PlanAdjustment, PlanNode } from './compile.js';
import { DECLARED_NA, DOES_NOT_APPLY, MISSING, NOT_APPLICABLE, PARENT_NA, PART_OMITTED, ZEROED, type AdjustmentEval, type Evaluation } from './evaluate.js';
import { ZERO_POLICY_NOTE } from './leaf-issues.js';
import { RowEnv } from './row-env.js';
import { enteredPoints, scoreEntered, type Entered } from './entered.js';
import { rational, rationalText } from './rational.js';

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

/** points / applicable × 100, exact to 30 decimals. */
function ratio(pointsQuanta: bigint, applicableQuanta: bigint): string | null {
  return applicableQuanta === 0n ? null : rationalText(rational(pointsQuanta * 100n, applicableQuanta));
}

const quanta = (units: number) => BigInt(units) * QUANTA_PER_UNIT;
const text = (v: Exact) => (v.units !== undefined ? formatUnits(v.units) : formatQuanta(v.quanta));

/** Builds the trace of one row, re-running its scorer when the rule decided it. */
class Tracer {
  private readonly env: RowEnv;
  private readonly entered: ReadonlyMap<string, Entered> | undefined;
  constructor(private readonly e: Evaluation) {
    this.env = new RowEnv(e.assessment, e.options.asOf, true);
    this.entered = e.assessment.rounds === undefined ? undefined : enteredPoints(e.assessment, e.options.round ?? 'final');
  }

  outcome(node: PlanNode, reason: number): Outcome {
    const { unit } = this.e.assessment;
    if (reason === PARENT_NA) return { status: 'not-applicable', branch: 'parent row not applicable', inputs: {} };
    if (reason === DOES_NOT_APPLY) return { status: 'not-applicable', branch: `does not apply to ${unit.type ? `${unit.type} / ` : ''}${unit.level}`, inputs: {} };
    if (reason === DECLARED_NA) return { status: 'not-applicable', branch: `declared not applicable: ${this.e.assessment.notApplicable[node.code]}`, inputs: {} };
    const o = this.rowOutcome(node);
    if (reason === PART_OMITTED) {
      const part = this.e.plan.parts?.find((p) => p.leaves.some((i) => this.e.plan.nodes[i] === node));
      return { status: 'not-applicable', branch: `part "${part?.id}" omitted: no input for any of its rows; other parts rescaled`, inputs: o.inputs };
    }
    if (reason === ZEROED) return { status: 'scored', points: fromUnits(0), branch: `${o.branch} → 0 (policy missingInput: zero)`, inputs: o.inputs, notes: [ZERO_POLICY_NOTE] };
    return o;
  }

  /** Runs the row's scorer; an entered value wins over the rule, and the trace says what the rule gives. */
  private rowOutcome(node: PlanNode): Outcome {
    const entry = this.entered && node.scoredBy === 'self' ? this.entered.get(node.code) : undefined;
    this.env.begin(node.code);
    const rule = this.env.outcome(node.scorer!(this.env));
    if (!entry) return rule;
    this.env.begin(node.code);
    const o = this.env.outcome(scoreEntered(node, this.env, entry));
    const given = rule.status === 'scored' ? text(rule.points) : rule.status === 'not-applicable' ? 'not applicable' : rule.status === 'missing-input' ? `no value (missing ${rule.missing.join(', ')})` : 'no value (invalid input)';
    const inputs = { ...rule.inputs, ...o.inputs };
    return o.status === 'scored' ? { ...o, inputs, branch: `${o.branch} (the rule gives ${given}: ${rule.branch})` } : { ...o, inputs };
  }

  trace(node: PlanNode, reason: number, points: string | null): Trace {
    const o = this.outcome(node, reason);
    const notes = o.status === 'scored' ? o.notes : o.status === 'invalid-input' ? o.problems.map((p) => p.message) : undefined;
    return { rule: node.kind!, inputs: o.inputs, branch: o.branch, points, ...(notes && { notes }) };
  }
}

/**
 * A tree row's exact points in an evaluation, or null when it is not scored or does not apply.
 * @example nodePoints(evaluate(plan, a), plan.byCode.get('1')!) // '17.5'
 */
export function nodePoints(e: Evaluation, i: number): string | null {
  const s = e.status[i]!;
  if (s >= MISSING || s === NOT_APPLICABLE) return null;
  const rest = e.rest?.[i];
  return rest === undefined ? formatUnits(e.units[i]!) : formatQuanta(quanta(e.units[i]!) + rest);
}

/** A bonus or penalty item's exact points, or null. */
export function itemPoints(ev: AdjustmentEval | null, k: number): string | null {
  const v = ev?.status[k] === NOT_APPLICABLE ? undefined : ev?.points[k];
  return v === undefined ? null : text(v);
}

function node(e: Evaluation, t: Tracer, i: number): ResultNode {
  const n = e.plan.nodes[i]!;
  const s = e.status[i]!;
  const rest = e.rest?.[i];
  const scored = s < MISSING && s !== NOT_APPLICABLE;
  const points = nodePoints(e, i);
  const applicable = e.applicableUnits[i]!;
  const children = n.children.map((c) => node(e, t, c));
  return {
    code: n.code,
    name: n.name,
    scoredBy: n.scoredBy,
    maxPoints: n.maxText,
    applicableMaxPoints: formatUnits(applicable),
    points,
    ratio: !scored ? null : (rest === undefined && shortQuotient(e.units[i]! * 100, applicable)) || ratio(quanta(e.units[i]!) + (rest ?? 0n), quanta(applicable)),
    status: STATUS[s]!,
    trace: n.scorer ? t.trace(n, e.reason[i]!, points) : { rule: 'sum', inputs: {}, branch: sumBranch(children), points },
    children,
  };
}

function sumBranch(children: ResultNode[]): string {
  const na = children.filter((c) => c.status === 'not-applicable').length;
  const open = children.filter((c) => c.status === 'missing-input' || c.status === 'invalid-input').length;
  return `sum of ${children.length - na} applicable of ${children.length} children${open ? `; ${open} not scored` : ''}`;
}

function adjustment(name: string | undefined, adj: PlanAdjustment | undefined, ev: AdjustmentEval | null, t: Tracer): ScoreResult['bonus'] {
  if (!adj || !ev) return null;
  const items = adj.items.map((item, k): ResultNode => {
    const s = ev.status[k]!;
    const value = ev.points[k];
    const points = value === undefined ? null : text(value);
    return {
      code: item.code, name: item.name, scoredBy: item.scoredBy, maxPoints: item.maxText,
      applicableMaxPoints: s === NOT_APPLICABLE ? '0' : item.maxText,
      points,
      ratio: value === undefined || s === NOT_APPLICABLE ? null : ratio(value.quanta, item.max.quanta),
      status: STATUS[s]!, trace: t.trace(item, ev.reason[k]!, points), children: [],
    };
  });
  return { name: name ?? null, cap: text(adj.cap), points: text(ev.total), uncapped: text(ev.uncapped), items };
}

/** Builds the versioned JSON result from an evaluation. */
export function toResult(e: Evaluation): ScoreResult {
  const { set } = e.plan;
  const { unit } = e.assessment;
  const t = new Tracer(e);
  return {
    schemaVersion: RESULT_SCHEMA_VERSION,
    criteriaSet: { id: set.id, version: set.version, title: set.title },
    unit: { id: unit.id, name: unit.name, ...(unit.type !== undefined && { type: unit.type }), level: unit.level },
    year: e.assessment.year,
    asOf: e.options.asOf ?? null,
    complete: e.complete,
    maxPoints: e.plan.maxPoints.dec.toString(),
    applicableMaxPoints: e.applicableMax.toString(),
    treePoints: e.treePoints?.toString() ?? null,
    points: e.points?.toString() ?? null,
    index: e.indexFraction === null ? null : rationalText(e.indexFraction),
    band: e.band,
    display: {
      points: e.points ? roundHalfUp(e.points, set.rounding.points) : null,
      index: e.index ? roundHalfUp(e.index, set.rounding.index) : null,
    },
    rounding: { points: set.rounding.points, index: set.rounding.index },
    bonus: adjustment(set.adjustments?.bonus?.name, e.plan.bonus, e.bonus, t),
    penalty: adjustment(set.adjustments?.penalty?.name, e.plan.penalty, e.penalty, t),
    parts: e.parts?.map((p, k) => ({
      id: p.id, name: set.index?.parts[k]?.name ?? null, weight: p.weight.toString(), present: p.present,
      applicableMaxPoints: text(p.applicableMax),
      points: e.complete ? text(p.points) : null,
      ratio: e.complete ? ratio(p.points.quanta, p.applicableMax.quanta) : null,
    })) ?? null,
    issues: e.issues,
    nodes: e.plan.roots.map((i) => node(e, t, i)),
  };
}
