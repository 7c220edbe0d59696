/** Trying metric changes through the engine: the unit's inputs with derived metrics written out, then scored. */
import { Decimal, roundHalfUp, toDecimal } from '../decimal.js';
import type { Plan } from '../engine/compile.js';
import { deriveInputs } from '../engine/derive.js';
import { evaluate, type EvaluateOptions, type Evaluation } from '../engine/evaluate.js';
import type { Assessment, MetricEntry, MetricValue } from '../schema/assessment.js';
import type { MetricMove, LeftStep } from '../schema/scenario.js';
import type { Candidate } from './left-candidates.js';

/**
 * The assessment with every metric its plan, reports and survey give written into
 * `metrics` (and those sources dropped), so one metric can be moved on its own.
 * @example materialise(plan, a, undefined).metrics.planCompletionRate // '66.666…' from the plan
 */
export function materialise(plan: Plan, a: Assessment, asOf: string | undefined): Assessment {
  const derived = deriveInputs(plan.set, a, asOf);
  const { plan: _plan, survey: _survey, ...rest } = a;
  return { ...rest, metrics: derived.metrics ?? a.metrics, reports: {} };
}

/** The value of a metric entry, `{ value }` or bare. */
export const valueOf = (e: MetricEntry | undefined): MetricValue | undefined => (e !== null && typeof e === 'object' ? e.value : e);

/** A row's points in an evaluation, read by the caller. */
export type ReadPoints = (e: Evaluation) => string | null;

/**
 * Scores `candidate` over `base` and describes it when it earns more on the row than `before`.
 * @example tryCandidate(plan, base, [{ metric: 'onlinePaymentRate', to: '70' }], {}, read, before)?.text // 'onlinePaymentRate 55.18 → 70: +0.32'
 */
export function tryCandidate(plan: Plan, base: Assessment, candidate: Candidate, options: EvaluateOptions, read: ReadPoints, before: { row: string | null; total: Decimal | null; sign: 1 | -1 }): LeftStep | undefined {
  const metrics = { ...base.metrics };
  for (const m of candidate) metrics[m.metric] = m.to;
  const e = evaluate(plan, { ...base, metrics }, options);
  const after = read(e);
  if (after === null) return undefined;
  const gain = new Decimal(after).minus(before.row ?? 0).times(before.sign);
  if (!gain.gt(0)) return undefined;
  const moves: MetricMove[] = candidate.map((m) => move(m.metric, valueOf(base.metrics[m.metric]), m.to));
  const places = plan.set.rounding.points;
  const totalGain = e.points === null || before.total === null ? null : e.points.minus(before.total).toFixed();
  const text = `${moves.map((m) => `${m.metric} ${show(m.from)} → ${show(m.to)}`).join(', ')}: +${shownGain(gain, places)}`;
  return { moves, points: after, gain: gain.toFixed(), totalGain, text };
}

function move(metric: string, from: MetricValue | undefined, to: MetricValue): MetricMove {
  const a = toDecimal(from);
  const b = toDecimal(to);
  const plain = (v: MetricValue | undefined) => (v === undefined || v === null ? null : typeof v === 'number' ? String(v) : v);
  const change = a !== undefined && b !== undefined ? b.minus(a) : undefined;
  return { metric, from: plain(from), to: plain(to), change: change === undefined ? null : `${change.isNeg() ? '' : '+'}${change.toFixed()}` };
}

/** Rounded as the set shows points; a gain that rounds to nothing keeps two significant digits. */
function shownGain(gain: Decimal, places: number): string {
  const r = roundHalfUp(gain, places);
  return new Decimal(r).isZero() ? gain.toSignificantDigits(2).toFixed() : r;
}

const show = (v: string | boolean | null) => (v === null ? 'none' : String(v));
