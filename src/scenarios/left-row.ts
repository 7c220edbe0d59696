/** One row of "points left": what it loses, how it is scored, and the nearest change that earns more. */
import { Decimal } from '../decimal.js';
import type { Plan } from '../engine/compile.js';
import { ROUND_LABELS, type Entered } from '../engine/entered.js';
import { INVALID, MISSING, type EvaluateOptions, type Evaluation } from '../engine/evaluate.js';
import type { Assessment } from '../schema/assessment.js';
import type { LeftRow, LeftStep } from '../schema/scenario.js';
import { METRIC_KINDS } from './left-candidates.js';
import type { RowRef } from './left-rows.js';
import { tryCandidate, valueOf } from './left-trial.js';

export interface LeftContext {
  /** The assessment with derived metrics written out (see `materialise`) and its evaluation. */
  readonly base: Assessment;
  readonly baseEval: Evaluation;
  readonly options: EvaluateOptions;
  readonly entered: ReadonlyMap<string, Entered> | undefined;
  /** The assessment as given: tells a typed metric from one computed from the plan. */
  readonly given: Assessment;
}

/** What a step's text does not say: a metric the plan computes, a total held back by a cap. */
function caveats(plan: Plan, step: LeftStep, given: Assessment): string {
  const out: string[] = [];
  const fromPlan = step.moves.filter((m) => plan.set.metrics[m.metric]?.from !== undefined && 'plan' in plan.set.metrics[m.metric]!.from! && !Object.hasOwn(given.metrics, m.metric));
  if (fromPlan.length > 0) out.push(`${fromPlan.map((m) => m.metric).join(', ')} is computed from the plan: more tasks done on time (tasksDone in a scenario)`);
  if (step.totalGain !== null && new Decimal(step.totalGain).lt(step.gain)) out.push(`the total gains only ${step.totalGain} (a cap)`);
  return out.length > 0 ? `; ${out.join('; ')}` : '';
}

const STATUS = { [MISSING]: 'missing-input', [INVALID]: 'invalid-input' } as const;

/**
 * The row's entry, or undefined when it is at its best.
 * @example describeRow(plan, ref, evaluation, ctx)?.next?.text // 'onlinePaymentRate 55.18 → 70: +0.32'
 */
export function describeRow(plan: Plan, ref: RowRef, e: Evaluation, ctx: LeftContext): LeftRow | undefined {
  const s = ref.status(e);
  const points = ref.points(e);
  if (ref.sign === -1 && points === null) return undefined;
  const lost = ref.sign === 1 ? new Decimal(ref.best(e)).minus(points ?? 0) : new Decimal(points ?? 0);
  if (points !== null && !lost.gt(0)) return undefined;
  const n = ref.node;
  const kind = n.kind ?? ref.rule?.kind ?? 'none';
  const status = s === MISSING || s === INVALID ? STATUS[s] : 'scored';
  const row = { code: n.code, name: n.name, area: ref.area, kind, scoredBy: n.scoredBy, status, maxPoints: n.maxText, points, lost: lost.toFixed() } as const;
  const missing = status === 'scored' ? '' : ` (${status === 'missing-input' ? 'an input is missing' : 'an input is invalid'})`;
  const entered = n.scoredBy === 'self' ? ctx.entered?.get(n.code) : undefined;
  if (entered !== undefined) {
    return { ...row, how: 'entered', next: null, full: null, note: `points entered in ${ROUND_LABELS[entered.round]} (${entered.value}); no metric threshold: the gap is ${lost.toFixed()}` };
  }
  if (kind === 'manual') return { ...row, how: 'entered', next: null, full: null, note: `entered points (manual row); no metric threshold: the gap is ${lost.toFixed()}${missing}` };
  if (kind === 'survey') return { ...row, how: 'survey', next: null, full: null, note: `scored from the survey result, in proportion; no threshold: the gap is ${lost.toFixed()}${missing}` };
  const make = METRIC_KINDS[kind];
  const candidates = ref.rule && make?.(ref.rule, { set: plan.set, year: ctx.base.year, level: ctx.base.unit.level, asOf: ctx.options.asOf, value: (m) => valueOf(ctx.base.metrics[m]) });
  if (candidates === undefined) return { ...row, how: 'other', next: null, full: null, note: `rule ${kind}: no threshold search for this kind; the gap is ${lost.toFixed()}${missing}` };
  const { next, full } = search(plan, ref, ctx, candidates);
  const note = next === null ? `no metric change the rule knows of earns more${missing}` : `${next.text}${missing}${caveats(plan, next, ctx.given)}`;
  return { ...row, how: 'metric', next, full: full !== null && full.text !== next?.text ? full : null, note };
}

/** Tries candidates nearest first: `next` earns more, `full` reaches the row's best. */
function search(plan: Plan, ref: RowRef, ctx: LeftContext, candidates: NonNullable<ReturnType<NonNullable<(typeof METRIC_KINDS)[string]>>>): { next: LeftStep | null; full: LeftStep | null } {
  const before = { row: ref.points(ctx.baseEval), total: ctx.baseEval.points, sign: ref.sign };
  const best = new Decimal(ref.best(ctx.baseEval));
  let next: LeftStep | null = null;
  let full: LeftStep | null = null;
  for (const c of candidates) {
    const step = tryCandidate(plan, ctx.base, c, ctx.options, ref.points, before);
    if (step === undefined) continue;
    next ??= step;
    if (new Decimal(step.points).eq(best)) {
      full = step;
      break;
    }
  }
  return { next, full };
}
