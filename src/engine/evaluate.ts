/**
 * Scores one unit against a compiled plan: the hot path. Points stay exact
 * (integer micro-points, Decimal where finer); nothing is rounded. No trace
 * is built here: `toResult` re-runs the same scorers with tracing on.
 */
import type { Decimal } from '../decimal.js';
import { usageError, type Issue } from '../errors.js';
import { ExactSum, fromUnits, type Exact } from '../exact.js';
import { INVALID, MISSING, NOT_APPLICABLE, SCORED } from '../rules/types.js';
import type { Assessment } from '../schema/assessment.js';
import { isPlan, type Plan, type PlanAdjustment, type PlanNode } from './compile.js';
import { checkAssessmentShape, checkEvaluateOptions, misshapenEntry } from './guards.js';
import { rowIssues } from './leaf-issues.js';
import { omitOptionalParts } from './parts.js';
import { RowEnv } from './row-env.js';
import { capped, totals, type PartEval } from './totals.js';
import type { Rational } from './rational.js';
import { checkUnit } from './unit-checks.js';
import { deriveInputs } from './derive.js';
import { enteredPoints, scoreEntered, type Entered, type RoundChoice } from './entered.js';

export { SCORED, NOT_APPLICABLE, MISSING, INVALID };

export interface EvaluateOptions {
  /** `YYYY-MM-DD`: events after it have not happened; deadlines not yet due are noted. */
  asOf?: string | undefined;
  /** `report` (default): a missing input leaves the row unscored; `zero`: scored 0, with a warning. */
  missingInput?: 'report' | 'zero' | undefined;
  /** File name used in issues about the assessment. */
  file?: string | undefined;
  /**
   * Which points to score when the assessment has rounds: `final` (default, the last
   * round present), a round (with the rounds before it), or `rules` (ignore the rounds).
   */
  round?: RoundChoice | undefined;
}

/** Why a row has its status; `toResult` turns these into trace text. */
export const BY_RULE = 0;
export const PARENT_NA = 1;
export const DOES_NOT_APPLY = 2;
export const DECLARED_NA = 3;
export const PART_OMITTED = 4;
export const ZEROED = 5;

export interface AdjustmentEval {
  readonly status: Uint8Array;
  readonly reason: Uint8Array;
  readonly points: (Exact | undefined)[];
  readonly uncapped: Exact;
  /** The sum capped at the group's cap. */
  readonly total: Exact;
}

export interface Evaluation {
  readonly plan: Plan;
  readonly assessment: Assessment;
  readonly options: EvaluateOptions;
  readonly status: Uint8Array;
  readonly reason: Uint8Array;
  /** Points per node in micro-points, plus a remainder in quanta (10⁻³⁰) where finer. */
  readonly units: Float64Array;
  readonly rest: (bigint | undefined)[] | undefined;
  /** Applicable maximum per node in micro-points (shared with the plan when every row applies). */
  readonly applicableUnits: Float64Array;
  /** False when the result has an error issue; index and points are then null. */
  readonly complete: boolean;
  readonly treePoints: Decimal | null;
  readonly applicableMax: Decimal;
  readonly bonus: AdjustmentEval | null;
  readonly penalty: AdjustmentEval | null;
  readonly points: Decimal | null;
  readonly index: Decimal | null;
  readonly band: string | null;
  readonly parts: PartEval[] | null;
  /** The index as an exact fraction of integers (null unless complete): ranks and bands compare it without dividing. */
  readonly indexFraction: Rational | null;
  readonly issues: Issue[];
}

const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

/** Whether `node` applies to the unit: DOES_NOT_APPLY, DECLARED_NA, or BY_RULE when it does. */
export function applicability(node: PlanNode, a: Assessment, declares = true): number {
  const t = node.appliesTo;
  if (t !== undefined) {
    if (t.levels && !t.levels.includes(a.unit.level)) return DOES_NOT_APPLY;
    if (t.unitTypes && (a.unit.type === undefined || !t.unitTypes.includes(a.unit.type))) return DOES_NOT_APPLY;
  }
  if (!declares) return BY_RULE;
  const reason = own(a.notApplicable, node.code);
  if (reason !== undefined && typeof reason !== 'string') throw misshapenEntry('evaluate', `notApplicable.${node.code}`);
  return reason !== undefined && node.allowNotApplicable ? DECLARED_NA : BY_RULE;
}

/** A row's status and reason packed in one small integer: no allocation per row. */
const pack = (status: number, reason: number) => status | (reason << 2);

/** Scores one row into `env` (points in env.points when scored); issues for missing or invalid inputs. Returns pack(status, reason). */
function scoreRow(node: PlanNode, env: RowEnv, a: Assessment, options: EvaluateOptions, parentNA: boolean, issues: Issue[], declares: boolean, entered: ReadonlyMap<string, Entered> | undefined): number {
  if (parentNA) return pack(NOT_APPLICABLE, PARENT_NA);
  const why = applicability(node, a, declares);
  if (why !== BY_RULE) return pack(NOT_APPLICABLE, why);
  env.begin(node.code);
  const e = entered && node.scoredBy === 'self' ? entered.get(node.code) : undefined;
  const v = e ? scoreEntered(node, env, e) : node.scorer!(env);
  if (v >= MISSING) issues.push(...rowIssues(node.code, env, options));
  if (v === MISSING && options.missingInput === 'zero') {
    env.points = fromUnits(0);
    return pack(SCORED, ZEROED);
  }
  return pack(v, BY_RULE);
}

function evaluateAdjustment(adj: PlanAdjustment | undefined, env: RowEnv, a: Assessment, options: EvaluateOptions, issues: Issue[], entered: ReadonlyMap<string, Entered> | undefined): AdjustmentEval | null {
  if (!adj) return null;
  const n = adj.items.length;
  const status = new Uint8Array(n);
  const reason = new Uint8Array(n);
  const points: (Exact | undefined)[] = new Array(n);
  const sum = new ExactSum();
  adj.items.forEach((item, k) => {
    const r = scoreRow(item, env, a, options, false, issues, true, entered);
    status[k] = r & 3;
    reason[k] = r >> 2;
    if (status[k] === SCORED) sum.add((points[k] = env.points));
  });
  return { status, reason, points, ...capped(sum, adj.cap) };
}

/**
 * Evaluates one assessment: statuses and exact points per row, totals, index and band.
 * The plan comes from `compilePlan`, the assessment from `checkAssessment`.
 * @example evaluate(compilePlan(set), assessment).index?.toString()
 */
export function evaluate(plan: Plan, given: Assessment, options: EvaluateOptions = {}): Evaluation {
  if (!isPlan(plan)) throw usageError('evaluate', 'plan must come from compilePlan');
  checkEvaluateOptions('evaluate', options);
  checkAssessmentShape('evaluate', given);
  // Survey results and metrics from the plan or reports join the metrics the rules read.
  const derived = deriveInputs(plan.set, given, options.asOf);
  const a = derived.metrics === undefined ? given : { ...given, metrics: derived.metrics };
  const n = plan.nodes.length;
  const entered = a.rounds === undefined ? undefined : enteredPoints(a, options.round ?? 'final');
  const env = new RowEnv(a, options.asOf, false);
  const status = new Uint8Array(n);
  const reason = new Uint8Array(n);
  const units = new Float64Array(n);
  let rest: (bigint | undefined)[] | undefined;
  const issues = checkUnit(plan, given, options.file);
  if (derived.issues.length > 0) for (const i of derived.issues) issues.push(options.file === undefined ? i : { ...i, file: options.file });
  let anyNA = false;
  // Most units declare no row not applicable: skip the lookup per row.
  let declares = false;
  for (const _ in a.notApplicable) declares = true;

  // Pre-order: a parent is decided before its children.
  for (let i = 0; i < n; i++) {
    const node = plan.nodes[i]!;
    const parentNA = node.parent >= 0 && status[node.parent] === NOT_APPLICABLE;
    if (!node.scorer) {
      const why = parentNA ? PARENT_NA : applicability(node, a, declares);
      if (why !== BY_RULE) (status[i] = NOT_APPLICABLE), (reason[i] = why);
      continue;
    }
    const r = scoreRow(node, env, a, options, parentNA, issues, declares, entered);
    const s = (status[i] = r & 3);
    reason[i] = r >> 2;
    if (s === NOT_APPLICABLE) anyNA = true;
    else if (s === SCORED) {
      const p = env.points;
      if (p.units !== undefined) units[i] = p.units;
      else (rest ??= new Array(n))[i] = p.quanta;
    }
  }
  if (plan.parts && omitOptionalParts(plan, status, reason, issues)) anyNA = true;
  const applicableUnits = anyNA ? applicableOf(plan, status) : plan.maxUnits;
  // Reverse pre-order: children are summed into their parent before it is read.
  for (let i = n - 1; i >= 0; i--) {
    const node = plan.nodes[i]!;
    if (node.children.length > 0 && status[i] !== NOT_APPLICABLE) status[i] = parentStatus(node.children, status);
    const p = node.parent;
    if (p < 0) continue;
    units[p] = units[p]! + units[i]!;
    const r = rest?.[i];
    if (r !== undefined) rest![p] = (rest![p] ?? 0n) + r;
  }
  const bonus = evaluateAdjustment(plan.bonus, env, a, options, issues, entered);
  const penalty = evaluateAdjustment(plan.penalty, env, a, options, issues, entered);
  return totals({ plan, assessment: a, options, status, reason, units, rest, applicableUnits, bonus, penalty, issues });
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

function applicableOf(plan: Plan, status: Uint8Array): Float64Array {
  const out = new Float64Array(plan.nodes.length);
  for (let i = plan.nodes.length - 1; i >= 0; i--) {
    const node = plan.nodes[i]!;
    if (node.scorer && status[i] !== NOT_APPLICABLE) out[i] = node.max.units!;
    if (node.parent >= 0) out[node.parent] = out[node.parent]! + out[i]!;
  }
  return out;
}
