/**
 * Monte Carlo over uncertain inputs: each draw gives every unit new values
 * for its uncertain metrics (seeded, so a run replays), scores them exactly
 * and ranks the units; the report gives each unit's index distribution, the
 * chance of each band, and for a batch its rank interval.
 */
import { dataError, usageError, type Issue } from '../errors.js';
import { compilePlan } from '../engine/compile.js';
import { evaluate } from '../engine/evaluate.js';
import type { Rational } from '../engine/rational.js';
import { RuleRegistry } from '../rules/registry.js';
import type { Assessment, MetricValue } from '../schema/assessment.js';
import type { CriteriaSet } from '../schema/criteria-set.js';
import { Uncertainty, type Simulation, type UncertaintyInput } from '../schema/uncertainty.js';
import { unitScorer, type UnitScorer } from './incremental.js';
import { samplerOf, type Sampler } from './monte-carlo-draw.js';
import { report } from './monte-carlo-report.js';
import { approxBands, approxOf, countRanks, totalFraction, unitsBands, type FastValue } from './monte-carlo-fast.js';
import { bandOf } from '../engine/bands.js';
import { SeededRandom } from './seeded-random.js';
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
  readonly metrics: string[];
  readonly samplers: Sampler[];
  /** This draw's values and fast result, reused. */
  readonly now: { total: number; rest: bigint };
  readonly values: MetricValue[];
  readonly scorer: UnitScorer;
  /** Draws on the fast path: totals in micro-points (index = total × 100 / applicable)… */
  readonly totals: Float64Array;
  /** …plus quanta for the draws that have them, by position in `totals`. */
  readonly rests: Map<number, bigint>;
  nFast: number;
  /** Draws off the fast path, as exact fractions. */
  readonly slow: Rational[];
  readonly bands: Map<string, number>;
  readonly bandOfTotal: (total: number) => string | null | undefined;
  readonly bandOfApprox: (index: number) => string | null | undefined;
  readonly ranks: Int32Array;
  noIndex: number;
}

/**
 * Simulates `assessments` under `uncertainty`.
 * @throws ParIndexError (invalid-data) when the uncertainty names a metric or unit that does not exist.
 * @example simulate(set, [unit], { metrics: { onlinePaymentRate: { uniform: { min: '50', max: '70' } } }, units: {} }, { draws: 1000, seed: 7 }).units[0].index.p50
 */
export function simulate(set: CriteriaSet, assessments: readonly Assessment[], given: UncertaintyInput, options: SimulateOptions = {}): Simulation {
  const draws = options.draws ?? 1000;
  const seed = options.seed ?? 1;
  const interval = options.rankInterval ?? 0.9;
  if (!Number.isInteger(draws) || draws < 1) throw usageError('simulate', `draws must be a whole number ≥ 1, got ${String(draws)}`);
  if (!Number.isInteger(seed)) throw usageError('simulate', `seed must be an integer, got ${String(seed)}`);
  if (!(interval > 0 && interval < 1)) throw usageError('simulate', `rankInterval must be between 0 and 1, got ${String(interval)}`);
  const parsed = Uncertainty.safeParse(given);
  if (!parsed.success) throw usageError('simulate', `uncertainty is not valid (${parsed.error.issues[0]?.message ?? 'bad shape'}); load files with parseUncertainty`);
  const uncertainty = parsed.data;
  const plan = compilePlan(set, options.rules ?? RuleRegistry.builtIn());
  const issues = checkUncertainty(plan.set, assessments, uncertainty);
  if (issues.length > 0) throw dataError('simulate: the uncertainty file does not match the set and units', issues);
  const rows = rowsByMetric(plan, options.rules);
  const runs = assessments.map((a) => unitRun(plan, a, uncertainty, rows, options.asOf, assessments.length, draws));
  const rng = new SeededRandom(seed);
  const current: (Rational | FastValue | null)[] = new Array(runs.length).fill(null);
  const approx = new Float64Array(runs.length);
  for (let k = 0; k < draws; k++) {
    for (let u = 0; u < runs.length; u++) drawUnit(runs[u]!, rng, current, approx, u, plan.bands);
    if (runs.length > 1) countRanks(runs, current, approx);
  }
  return report(plan.set, runs, { draws, seed, interval, top: options.top });
}

/** One draw for one unit: sample, score (fast path first), record the index and band. */
function drawUnit(r: UnitRun, rng: SeededRandom, current: (Rational | FastValue | null)[], approx: Float64Array, u: number, bands: ReturnType<typeof compilePlan>['bands']): void {
  const values = r.values;
  for (let m = 0; m < values.length; m++) values[m] = r.samplers[m]!(rng);
  const total = r.scorer.fast(values);
  let band: string | null | undefined;
  if (!Number.isNaN(total)) {
    const rest = r.scorer.rest;
    if (rest !== 0n) r.rests.set(r.nFast, rest);
    r.totals[r.nFast++] = total;
    const app = r.scorer.applicableUnits;
    const a = (approx[u] = rest === 0n ? (total * 100) / app : ((total + Number(rest) / 1e24) * 100) / app);
    r.now.total = total;
    r.now.rest = rest;
    current[u] = r.now;
    band = rest === 0n ? r.bandOfTotal(total) : r.bandOfApprox(a);
    if (band === undefined) band = bandOf(bands, totalFraction(total, app, rest));
  } else {
    const f = r.scorer.score(values);
    current[u] = f;
    if (f === null) {
      r.noIndex++;
      approx[u] = Number.NaN;
      return;
    }
    r.slow.push(f);
    approx[u] = approxOf(f);
    band = bandOf(bands, f);
  }
  if (band !== null) r.bands.set(band, (r.bands.get(band) ?? 0) + 1);
}

function unitRun(plan: ReturnType<typeof compilePlan>, a: Assessment, u: Uncertainty, rows: ReturnType<typeof rowsByMetric>, asOf: string | undefined, n: number, draws: number): UnitRun {
  const given = { ...u.metrics, ...(u.units[a.unit.id] ?? {}) };
  const known = evaluate(plan, a, { asOf }).assessment.metrics;
  // A relative distribution moves the unit's own value: a unit without one keeps the metric as it is.
  const metrics = Object.keys(given).filter((m) => !given[m]!.relative || isNumber(valueOfEntry(known[m])));
  const scorer = unitScorer(plan, a, metrics, rows, asOf, true);
  const samplers = metrics.map((m) => samplerOf(m, plan.set.metrics[m]!, given[m]!, valueOfEntry(known[m])));
  const bandOfTotal = unitsBands(plan.bands, scorer.applicableUnits);
  return { a, metrics, samplers, values: new Array<MetricValue>(metrics.length), now: { total: 0, rest: 0n }, scorer, bandOfApprox: approxBands(plan.bands), totals: new Float64Array(draws), rests: new Map(), nFast: 0, slow: [], bands: new Map(), bandOfTotal, ranks: new Int32Array(n + 1), noIndex: 0 };
}

function checkUncertainty(set: CriteriaSet, assessments: readonly Assessment[], u: Uncertainty): Issue[] {
  const issues: Issue[] = [];
  const ids = new Set(assessments.map((a) => a.unit.id));
  const metric = (m: string, path: string) => {
    if (!Object.hasOwn(set.metrics, m)) issues.push({ code: 'UNKNOWN_METRIC', severity: 'error', path, message: `metric "${m}" is not declared by criteria set ${set.id}` });
  };
  for (const m of Object.keys(u.metrics)) metric(m, `metrics.${m}`);
  for (const [id, ms] of Object.entries(u.units)) {
    if (!ids.has(id)) issues.push({ code: 'UNKNOWN_UNIT', severity: 'error', path: `units.${id}`, message: `no unit "${id}" among the assessments (${[...ids].join(', ')})` });
    for (const m of Object.keys(ms)) metric(m, `units.${id}.${m}`);
  }
  return issues;
}

const isNumber = (v: MetricValue | undefined) => typeof v === 'number' || (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)));
