/**
 * Monte Carlo over uncertain inputs: each draw gives every unit new values
 * for its uncertain metrics (seeded, so a run replays), scores them exactly
 * and ranks the units; the report gives each unit's index distribution, the
 * chance of each band, and for a batch its rank interval.
 */
import { dataError, formatPath, showValue, usageError, type Issue } from '../errors.js';
import { compilePlan } from '../engine/compile.js';
import { checkAssessmentShape, checkEvaluateOptions } from '../engine/guards.js';
import { evaluate } from '../engine/evaluate.js';
import type { Rational } from '../engine/rational.js';
import { RuleRegistry } from '../rules/registry.js';
import type { Assessment, MetricValue } from '../schema/assessment.js';
import type { CriteriaSet } from '../schema/criteria-set.js';
import { Uncertainty, type Distribution, type Simulation, type UncertaintyInput } from '../schema/uncertainty.js';
import { unitScorer, type UnitScorer } from './incremental.js';
import { distributionProblem, samplerOf, type Sampler } from './monte-carlo-draw.js';
import { report } from './monte-carlo-report.js';
import { approxBands, countRanks, recordExact, totalFraction, unitsBands } from './monte-carlo-fast.js';
import { bandOf } from '../engine/bands.js';
import { SeededRandom, streamSeed } from './seeded-random.js';
import { checkWeights, drawUnitReweighted, drawWeights } from './monte-carlo-weights.js';
import { valueOfEntry } from './target-levers.js';
import { rowsByMetric } from './target-reads.js';

export interface SimulateOptions {
  /** Number of draws (default 1,000). */
  draws?: number | undefined;
  /** Seed of the generator (default 1): the same seed gives the same report. */
  seed?: number | undefined;
  asOf?: string | undefined;
  /** Central rank interval as a fraction (default 0.9: from the 5th to the 95th percentile of ranks). */
  rankInterval?: number | undefined;
  /** P(rank ≤ k) is reported for each k (default 1, 3, 10, up to the number of units). */
  top?: readonly number[] | undefined;
  rules?: RuleRegistry | undefined;
}

export interface UnitRun {
  readonly a: Assessment;
  readonly scorer: UnitScorer;
  /** Scored without a full evaluation per draw. */
  readonly incremental: boolean;
  /** Draws on the fast path: totals in micro-points (index = total × 100 / applicable)… */
  readonly totals: Float64Array;
  /** …plus quanta for the draws that have them, by position in `totals`. */
  readonly rests: Map<number, bigint>;
  nFast: number;
  /** Draws off the fast path, as exact fractions. */
  readonly slow: Rational[];
  readonly bands: Map<string, number>;
  readonly ranks: Int32Array;
  noIndex: number;
  /** For ranking, per draw (batches only): the index as a double (NaN: no index)… */
  readonly approx: Float64Array;
  /** …and where its exact value is: `totals[at]` when ≥ 0, `slow[-1 - at]` below. */
  readonly at: Int32Array;
}

/**
 * Simulates `assessments` under `uncertainty`. Each unit draws from its own stream
 * (`streamSeed(seed, unit id)`), so adding, removing or reordering units leaves the
 * other units' draws, and so their index distributions, as they were.
 * @throws ParIndexError (invalid-data) when the uncertainty names a metric, unit or index part that does not exist.
 * @example simulate(set, [unit], { metrics: { onlinePaymentRate: { uniform: { min: '50', max: '70' } } }, units: {} }, { draws: 1000, seed: 7 }).units[0].index.p50
 */
export function simulate(set: CriteriaSet, assessments: readonly Assessment[], given: UncertaintyInput, options: SimulateOptions = {}): Simulation {
  if (options === null || typeof options !== 'object') throw usageError('simulate', `options must be an object, got ${showValue(options)}`);
  if (!Array.isArray(assessments)) throw usageError('simulate', `assessments must be an array of checked assessments, got ${showValue(assessments)}`);
  // Indices, not forEach: a hole in a sparse array is not an assessment either.
  for (let k = 0; k < assessments.length; k++) checkAssessmentShape(`simulate (assessments[${k}])`, assessments[k]);
  checkEvaluateOptions('simulate', { asOf: options.asOf });
  const top = options.top;
  if (top !== undefined && !(Array.isArray(top) && top.every((k) => Number.isInteger(k)))) throw usageError('simulate', `top must be an array of whole numbers, got ${showValue(top)}`);
  const draws = options.draws ?? 1000;
  const seed = options.seed ?? 1;
  const interval = options.rankInterval ?? 0.9;
  if (!Number.isInteger(draws) || draws < 1) throw usageError('simulate', `draws must be a whole number ≥ 1, got ${showValue(draws)}`);
  if (draws > MAX_DRAWS) throw usageError('simulate', `draws must be at most ${MAX_DRAWS.toLocaleString('en')}, got ${showValue(draws)}`);
  if (!Number.isInteger(seed)) throw usageError('simulate', `seed must be an integer, got ${showValue(seed)}`);
  if (typeof interval !== 'number' || !(interval > 0 && interval < 1)) throw usageError('simulate', `rankInterval must be between 0 and 1, got ${showValue(interval)}`);
  const parsed = Uncertainty.safeParse(given);
  if (!parsed.success) throw usageError('simulate', `uncertainty is not valid (${parsed.error.issues[0]?.message ?? 'bad shape'}); load files with parseUncertainty`);
  const uncertainty = parsed.data;
  const plan = compilePlan(set, options.rules ?? RuleRegistry.builtIn());
  const issues = [...checkUncertainty(plan.set, assessments, uncertainty), ...checkWeights(plan.set, uncertainty)];
  if (issues.length > 0) throw dataError('simulate: the uncertainty file does not match the set and units', issues);
  const rows = rowsByMetric(plan, options.rules);
  const batch = assessments.length > 1;
  const streams = streamNames(assessments);
  const weights = drawWeights(plan, uncertainty, seed, draws);
  // Unit by unit: one unit's tables stay in cache over all its draws; ranks are counted after.
  const runs = assessments.map((a, u) => {
    const { run, metrics, samplers } = unitRun(plan, a, uncertainty, rows, options.asOf, { units: assessments.length, draws, batch, reweighted: weights !== undefined });
    const rng = new SeededRandom(streamSeed(seed, streams[u]!));
    if (weights) drawUnitReweighted(run, plan, metrics, samplers, rng, weights, options.asOf);
    else drawUnit(run, samplers, rng, draws, plan.bands);
    return run;
  });
  if (batch) for (let k = 0; k < draws; k++) countRanks(runs, k);
  return report(plan.set, runs, { draws, seed, interval, top: options.top });
}

/** Draws per run at most: each unit keeps 20 bytes a draw for ranking. */
export const MAX_DRAWS = 1_000_000;

/** Each unit's stream name: its id, and for a repeated id its occurrence (`id#2`), so no two units share a stream. */
function streamNames(assessments: readonly Assessment[]): string[] {
  const seen = new Map<string, number>();
  return assessments.map((a) => {
    const n = (seen.get(a.unit.id) ?? 0) + 1;
    seen.set(a.unit.id, n);
    return n === 1 ? a.unit.id : `${a.unit.id}#${n}`;
  });
}

/** Every draw of one unit: sample codes, score (fast path first), record the index and band. */
function drawUnit(r: UnitRun, samplers: readonly Sampler[], rng: SeededRandom, draws: number, bands: ReturnType<typeof compilePlan>['bands']): void {
  // The row tables live in this closure: they go when the unit is done.
  const fast = r.scorer.coded(samplers);
  const codes = new Array<number>(samplers.length).fill(0);
  const app = r.scorer.applicableUnits;
  const bandOfTotal = unitsBands(bands, app);
  const bandOfApprox = approxBands(bands);
  const ranked = r.approx.length > 0;
  for (let k = 0; k < draws; k++) {
    for (let m = 0; m < codes.length; m++) codes[m] = samplers[m]!.draw(rng);
    const total = fast(codes);
    if (Number.isNaN(total)) {
      recordExact(r, k, r.scorer.score(codes.map((c, m) => samplers[m]!.value(c))), bands);
      continue;
    }
    const rest = r.scorer.rest;
    if (rest !== 0n) r.rests.set(r.nFast, rest);
    if (ranked) r.at[k] = r.nFast;
    r.totals[r.nFast++] = total;
    const a = rest === 0n ? (total * 100) / app : ((total + Number(rest) / 1e24) * 100) / app;
    if (ranked) r.approx[k] = a;
    let band = rest === 0n ? bandOfTotal(total) : bandOfApprox(a);
    // undefined: too near a bound for doubles; the exact fraction decides.
    if (band === undefined) band = bandOf(bands, totalFraction(total, app, rest));
    if (band !== null) r.bands.set(band, (r.bands.get(band) ?? 0) + 1);
  }
}

function unitRun(plan: ReturnType<typeof compilePlan>, a: Assessment, u: Uncertainty, rows: ReturnType<typeof rowsByMetric>, asOf: string | undefined, size: { units: number; draws: number; batch: boolean; reweighted: boolean }): { run: UnitRun; metrics: string[]; samplers: Sampler[] } {
  const given = { ...u.metrics, ...(u.units[a.unit.id] ?? {}) };
  const known = evaluate(plan, a, { asOf }).assessment.metrics;
  // A relative distribution moves the unit's own value: a unit without one keeps the metric as it is.
  const metrics = Object.keys(given).filter((m) => !given[m]!.relative || isNumber(valueOfEntry(known[m])));
  const scorer = unitScorer(plan, a, metrics, rows, asOf, true);
  const samplers = metrics.map((m) => samplerOf(m, plan.set.metrics[m]!, given[m]!, valueOfEntry(known[m])));
  const perDraw = size.batch ? size.draws : 0;
  // Drawn weights: a full evaluation per draw when metrics are drawn too, else the baseline's parts re-weighted.
  const incremental = size.reweighted ? metrics.length === 0 : scorer.incremental;
  const run: UnitRun = { a, scorer, incremental, totals: new Float64Array(size.draws), rests: new Map(), nFast: 0, slow: [], bands: new Map(), ranks: new Int32Array(size.units + 1), noIndex: 0, approx: new Float64Array(perDraw), at: new Int32Array(perDraw) };
  return { run, metrics, samplers };
}

function checkUncertainty(set: CriteriaSet, assessments: readonly Assessment[], u: Uncertainty): Issue[] {
  const issues: Issue[] = [];
  const ids = new Set(assessments.map((a) => a.unit.id));
  const metric = (m: string, d: Distribution, path: string) => {
    if (!Object.hasOwn(set.metrics, m)) return issues.push({ code: 'UNKNOWN_METRIC', severity: 'error', path, message: `metric "${m}" is not declared by criteria set ${set.id}` });
    const problem = distributionProblem(set.metrics[m]!, d);
    if (problem !== undefined) issues.push({ code: 'DISTRIBUTION_MISMATCH', severity: 'error', path, message: `${m}: ${problem}` });
  };
  for (const [m, d] of Object.entries(u.metrics)) metric(m, d, formatPath(['metrics', m]));
  for (const [id, ms] of Object.entries(u.units)) {
    if (!ids.has(id)) issues.push({ code: 'UNKNOWN_UNIT', severity: 'error', path: formatPath(['units', id]), message: `no unit "${id}" among the assessments (${[...ids].join(', ')})` });
    for (const [m, d] of Object.entries(ms)) metric(m, d, formatPath(['units', id, m]));
  }
  return issues;
}

const isNumber = (v: MetricValue | undefined) => typeof v === 'number' || (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)));
