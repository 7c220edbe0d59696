/**
 * Scores one unit against a compiled plan: the hot path. Points stay exact
 * (integer micro-points, Decimal where finer); nothing is rounded.
 */
import { Decimal, HUNDRED, ZERO } from '../decimal.js';
import { usageError, type Issue } from '../errors.js';
import { ExactSum, SCALE } from '../exact.js';
import type { EvalEnv, MetricRead, Outcome } from '../rules/types.js';
import type { Assessment } from '../schema/assessment.js';
import { bandOf } from './bands.js';
import { isPlan, type Plan, type PlanAdjustment, type PlanNode } from './compile.js';
import { checkAssessmentShape, checkEvaluateOptions, misshapenEntry } from './guards.js';
import { leafIssues } from './leaf-issues.js';
import { checkUnit } from './unit-checks.js';

/** Trace note on a row scored 0 because an input was missing. */
export const ZERO_POLICY_NOTE = 'scored 0 because an input is missing (policy missingInput: zero)';

export interface EvaluateOptions {
  /** `YYYY-MM-DD`: events after it have not happened; deadlines not yet due are noted. */
  asOf?: string | undefined;
  /** `report` (default): a missing input leaves the row unscored; `zero`: scored 0, with a warning. */
  missingInput?: 'report' | 'zero' | undefined;
  /** File name used in issues about the assessment. */
  file?: string | undefined;
}

/** Status codes in evaluation arrays. */
export const SCORED = 0;
export const NOT_APPLICABLE = 1;
export const MISSING = 2;
export const INVALID = 3;

export interface AdjustmentEval {
  readonly outcomes: Outcome[];
  readonly status: number[];
  readonly uncapped: Decimal;
  readonly points: Decimal;
}

export interface PartEval {
  readonly id: string;
  readonly weight: Decimal;
  readonly present: boolean;
  readonly points: Decimal;
  readonly applicableMax: Decimal;
}

export interface Evaluation {
  readonly plan: Plan;
  readonly assessment: Assessment;
  readonly asOf: string | undefined;
  readonly status: Uint8Array;
  readonly outcomes: (Outcome | undefined)[];
  /** Points per node in micro-points, plus a Decimal remainder where finer. */
  readonly units: Float64Array;
  readonly rest: (Decimal | undefined)[];
  /** Applicable maximum per node in micro-points. */
  readonly applicableUnits: Float64Array;
  readonly complete: boolean;
  readonly treePoints: Decimal | null;
  readonly applicableMax: Decimal;
  readonly bonus: AdjustmentEval | null;
  readonly penalty: AdjustmentEval | null;
  readonly points: Decimal | null;
  readonly index: Decimal | null;
  readonly band: string | null;
  readonly parts: PartEval[] | null;
  readonly issues: Issue[];
}

class Env implements EvalEnv {
  constructor(private readonly plan: Plan, private readonly a: Assessment, readonly asOf: string | undefined) {}
  get unit() { return this.a.unit; }
  get year() { return this.a.year; }
  // Own keys only: a metric or row named "constructor" must not read Object.prototype.
  read(metric: string): MetricRead {
    const reader = this.plan.readers.get(metric);
    return reader ? reader(own(this.a.metrics, metric)) : { kind: 'missing' };
  }
  manualPoints(code: string): string | undefined {
    const v = own(this.a.points, code);
    if (v !== undefined && typeof v !== 'string') throw misshapenEntry('evaluate', `points.${code}`);
    return v;
  }
}

const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

function applies(node: PlanNode, a: Assessment): boolean {
  const t = node.appliesTo;
  if (!t) return true;
  if (t.levels && !t.levels.includes(a.unit.level)) return false;
  if (t.unitTypes && (a.unit.type === undefined || !t.unitTypes.includes(a.unit.type))) return false;
  return true;
}

function statusOf(o: Outcome): number {
  return o.status === 'scored' ? SCORED : o.status === 'not-applicable' ? NOT_APPLICABLE : o.status === 'missing-input' ? MISSING : INVALID;
}

/** Scores a leaf or adjustment item: applicability, declared N/A, the rule, the missing-input policy. */
function scoreRow(node: PlanNode, env: Env, a: Assessment, zeroMissing: boolean, parentNA: boolean): Outcome {
  if (parentNA) return { status: 'not-applicable', branch: 'parent row not applicable', inputs: {} };
  if (!applies(node, a)) return { status: 'not-applicable', branch: `does not apply to ${a.unit.type ?? ''}${a.unit.type ? ' / ' : ''}${a.unit.level}`, inputs: {} };
  const reason = own(a.notApplicable, node.code);
  if (reason !== undefined && typeof reason !== 'string') throw misshapenEntry('evaluate', `notApplicable.${node.code}`);
  if (reason !== undefined && node.allowNotApplicable) return { status: 'not-applicable', branch: `declared not applicable: ${reason}`, inputs: {} };
  const o = node.scorer!(env);
  if (o.status === 'missing-input' && zeroMissing) {
    return { status: 'scored', points: { dec: ZERO, units: 0 }, branch: `${o.branch} → 0 (policy missingInput: zero)`, inputs: o.inputs, notes: [ZERO_POLICY_NOTE] };
  }
  return o;
}

function evaluateAdjustment(adj: PlanAdjustment | undefined, env: Env, a: Assessment, zero: boolean): AdjustmentEval | null {
  if (!adj) return null;
  const sum = new ExactSum();
  const outcomes = adj.items.map((item) => scoreRow(item, env, a, zero, false));
  for (const o of outcomes) if (o.status === 'scored') sum.add(o.points);
  const uncapped = sum.toDecimal();
  return { outcomes, status: outcomes.map(statusOf), uncapped, points: Decimal.min(uncapped, adj.cap.dec) };
}

/**
 * Evaluates one assessment. The plan must come from `compilePlan`; the
 * assessment must be schema-valid (`checkAssessment`).
 */
export function evaluate(plan: Plan, a: Assessment, options: EvaluateOptions = {}): Evaluation {
  if (!isPlan(plan)) throw usageError('evaluate', 'plan must come from compilePlan');
  checkEvaluateOptions('evaluate', options);
  checkAssessmentShape('evaluate', a);
  const n = plan.nodes.length;
  const env = new Env(plan, a, options.asOf);
  const zero = options.missingInput === 'zero';
  const status = new Uint8Array(n);
  const outcomes: (Outcome | undefined)[] = new Array(n);
  const units = new Float64Array(n);
  const rest: (Decimal | undefined)[] = new Array(n);
  const applicableUnits = new Float64Array(n);
  const issues = checkUnit(plan, a, options.file);

  // Pre-order: a parent is decided before its children.
  const notApplicable = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const node = plan.nodes[i]!;
    const parentNA = node.parent >= 0 && notApplicable[node.parent] === 1;
    if (node.scorer) {
      const o = scoreRow(node, env, a, zero, parentNA);
      outcomes[i] = o;
      status[i] = statusOf(o);
      if (o.status === 'scored') {
        if (o.points.units !== undefined) units[i] = o.points.units;
        else rest[i] = o.points.dec;
      }
    } else if (parentNA || !applies(node, a) || (node.allowNotApplicable && own(a.notApplicable, node.code) !== undefined)) {
      notApplicable[i] = 1;
    }
  }
  const parts = omitOptionalParts(plan, status, outcomes);
  let complete = true;
  for (const i of plan.leaves) {
    if (status[i] !== NOT_APPLICABLE) applicableUnits[i] = plan.nodes[i]!.max.units!;
    if (status[i]! >= MISSING) complete = false;
  }
  // Reverse pre-order: children are summed into their parent before it is read.
  for (let i = n - 1; i >= 0; i--) {
    const node = plan.nodes[i]!;
    if (node.children.length > 0) status[i] = parentStatus(node.children, status);
    const p = node.parent;
    if (p < 0) continue;
    applicableUnits[p] = applicableUnits[p]! + applicableUnits[i]!;
    units[p] = units[p]! + units[i]!;
    const r = rest[i];
    if (r !== undefined) rest[p] = rest[p] === undefined ? r : rest[p]!.plus(r);
  }
  const bonus = evaluateAdjustment(plan.bonus, env, a, zero);
  const penalty = evaluateAdjustment(plan.penalty, env, a, zero);
  for (const adj of [bonus, penalty]) if (adj?.status.some((s) => s >= MISSING)) complete = false;
  issues.push(...leafIssues(plan, outcomes, bonus, penalty, options.file));
  return totals(plan, a, options.asOf, { status, outcomes, units, rest, applicableUnits, complete, bonus, penalty, issues }, parts);
}

function parentStatus(children: readonly number[], status: Uint8Array): number {
  let all = true;
  let worst = SCORED;
  for (const c of children) {
    const s = status[c]!;
    if (s !== NOT_APPLICABLE) all = false;
    if (s >= MISSING && s > worst) worst = s;
  }
  return all ? NOT_APPLICABLE : worst;
}

/** An optional part (e.g. the survey) with no input for any of its rows is dropped; its rows become not applicable. */
function omitOptionalParts(plan: Plan, status: Uint8Array, outcomes: (Outcome | undefined)[]): Set<string> {
  const omitted = new Set<string>();
  for (const part of plan.parts ?? []) {
    if (!part.optional) continue;
    const live = part.leaves.filter((i) => status[i] !== NOT_APPLICABLE);
    if (live.length === 0 || !live.every((i) => status[i] === MISSING)) continue;
    omitted.add(part.id);
    for (const i of live) {
      status[i] = NOT_APPLICABLE;
      outcomes[i] = { status: 'not-applicable', branch: `part "${part.id}" omitted: no input for any of its rows; other parts rescaled`, inputs: outcomes[i]!.inputs };
    }
  }
  return omitted;
}

const SCALE_DEC = new Decimal(SCALE);
const toDec = (u: number, r: Decimal | undefined) => (r === undefined ? new Decimal(u).div(SCALE_DEC) : new Decimal(u).div(SCALE_DEC).plus(r));

type Core = Pick<Evaluation, 'status' | 'outcomes' | 'units' | 'rest' | 'applicableUnits' | 'complete' | 'bonus' | 'penalty' | 'issues'>;

function totals(plan: Plan, a: Assessment, asOf: string | undefined, core: Core, omitted: Set<string>): Evaluation {
  let u = 0;
  let r: Decimal | undefined;
  let au = 0;
  for (const i of plan.roots) {
    u += core.units[i]!;
    au += core.applicableUnits[i]!;
    const x = core.rest[i];
    if (x !== undefined) r = r === undefined ? x : r.plus(x);
  }
  const treePoints = toDec(u, r);
  const applicableMax = new Decimal(au).div(SCALE_DEC);
  const adjust = (core.bonus?.points ?? ZERO).minus(core.penalty?.points ?? ZERO);
  const points = treePoints.plus(adjust);
  const parts = plan.parts ? partTotals(plan, core, omitted) : null;
  let index: Decimal | null = null;
  if (core.complete && !applicableMax.isZero()) {
    index = parts ? weightedIndex(parts, adjust, applicableMax) : points.times(HUNDRED).div(applicableMax);
  } else if (core.complete) {
    core.issues.push({ code: 'NOTHING_APPLICABLE', severity: 'error', path: 'unit', message: `no row of criteria set ${plan.set.id} applies to this unit, so it has no index` });
  }
  return {
    plan, assessment: a, asOf, ...core,
    treePoints: core.complete ? treePoints : null,
    applicableMax,
    points: core.complete ? points : null,
    index,
    band: index === null ? null : bandOf(plan.bands, index),
    parts,
  };
}

function partTotals(plan: Plan, core: Core, omitted: Set<string>): PartEval[] {
  return plan.parts!.map((p) => {
    const sum = new ExactSum();
    let au = 0;
    for (const i of p.leaves) {
      if (core.status[i] === NOT_APPLICABLE) continue;
      au += core.applicableUnits[i]!;
      sum.add({ dec: ZERO, units: core.units[i]! });
      const x = core.rest[i];
      if (x !== undefined) sum.add({ dec: x, units: undefined });
    }
    return { id: p.id, weight: p.weight, present: !omitted.has(p.id) && au > 0, points: sum.toDecimal(), applicableMax: new Decimal(au).div(SCALE_DEC) };
  });
}

/** Σ weight × points/applicable over present parts ÷ Σ weight, × 100; bonus − penalty on the applicable maximum. */
function weightedIndex(parts: PartEval[], adjust: Decimal, applicableMax: Decimal): Decimal | null {
  let num = ZERO;
  let den = ZERO;
  for (const p of parts) {
    if (!p.present) continue;
    num = num.plus(p.weight.times(p.points).div(p.applicableMax));
    den = den.plus(p.weight);
  }
  if (den.isZero()) return null;
  return num.div(den).times(HUNDRED).plus(adjust.times(HUNDRED).div(applicableMax));
}
