/** The simulation report: per unit, the index distribution, band chances and rank interval. */

import { compareRational, rationalText, type Rational } from '../engine/rational.js';
import { meanOf, reduced } from '../engine/rank-order.js';
import type { CriteriaSet } from '../schema/criteria-set.js';
import { SIMULATION_SCHEMA_VERSION, type Simulation, type SimulatedUnit } from '../schema/uncertainty.js';
import { QUANTA_PER_UNIT } from '../exact.js';
import { keyOf, nearestRank, rankOfShare, share } from './monte-carlo-stats.js';
import { totalFraction } from './monte-carlo-fast.js';
import type { UnitRun } from './monte-carlo.js';

interface ReportOptions {
  readonly draws: number;
  readonly seed: number;
  readonly interval: number;
  readonly top: readonly number[] | undefined;
}

export function report(set: CriteriaSet, runs: readonly UnitRun[], o: ReportOptions): Simulation {
  const n = runs.length;
  const base = runs.map((r) => r.scorer.baseline.indexFraction);
  const baseRank = (i: Rational | null) => (i === null || n < 2 ? null : 1 + base.filter((b) => b !== null && b.num * i.den > i.num * b.den).length);
  const tops = (o.top ?? [1, 3, 10]).filter((k) => k >= 1 && k < n);
  return {
    schemaVersion: SIMULATION_SCHEMA_VERSION,
    criteriaSet: { id: set.id, version: set.version },
    draws: o.draws,
    seed: o.seed,
    rankInterval: String(o.interval),
    units: runs.map((r, u): SimulatedUnit => ({
      unit: { id: r.a.unit.id, name: r.a.unit.name },
      baseline: { index: r.scorer.baseline.index?.toString() ?? null, band: r.scorer.baseline.band, rank: baseRank(base[u] ?? null) },
      draws: r.nFast + r.slow.length,
      noIndex: r.noIndex,
      index: summary(r),
      bands: Object.fromEntries(set.bands.map((b) => [b.label, share(r.bands.get(b.label) ?? 0, r.nFast + r.slow.length)])),
      rank: n < 2 ? null : rankSummary(r.ranks, o.interval, tops),
      incremental: r.incremental,
    })),
  };
}

function summary(r: UnitRun): SimulatedUnit['index'] {
  const n = r.nFast + r.slow.length;
  if (n === 0) return null;
  const app = r.scorer.applicableUnits;
  if (r.slow.length === 0 && r.rests.size === 0) {
    // Every draw on the fast path: one denominator, so totals sort and sum as they are (integers, exact in doubles).
    const totals = r.totals.slice(0, r.nFast).sort();
    let sum = 0;
    for (const t of totals) sum += t;
    const text = (t: number) => rationalText(totalFraction(t, app));
    const mean = Number.isSafeInteger(sum) ? reduced({ num: BigInt(sum) * 100n, den: BigInt(app) * BigInt(n) }) : meanOf([...totals].map((t) => totalFraction(t, app)))!;
    return { mean: rationalText(mean), min: text(totals[0]!), p5: text(nearestRank(totals, 0.05)), p50: text(nearestRank(totals, 0.5)), p95: text(nearestRank(totals, 0.95)), max: text(totals[n - 1]!) };
  }
  if (r.slow.length === 0) return restSummary(r, app);
  const all = [...Array.from(r.totals.subarray(0, r.nFast), (t, k) => totalFraction(t, app, r.rests.get(k))), ...r.slow];
  const sorted = all.map((f) => ({ f, key: keyOf(f) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : compareRational(a.f, b.f)));
  const at = (p: number) => rationalText(nearestRank(sorted, p).f);
  return { mean: rationalText(meanOf(all)!), min: at(0), p5: at(0.05), p50: at(0.5), p95: at(0.95), max: rationalText(sorted[n - 1]!.f) };
}

/** Fast draws with quanta: sorted by whole micro-points, then quanta; the mean from integer sums. */
function restSummary(r: UnitRun, app: number): SimulatedUnit['index'] {
  const n = r.nFast;
  const exactAt = (k: number) => totalFraction(r.totals[k]!, app, r.rests.get(k) ?? 0n);
  // 0 ≤ rest < one micro-point, so (total, rest) order like the values themselves.
  const restOf = (k: number) => r.rests.get(k) ?? 0n;
  const order = Array.from({ length: n }, (_, k) => k).sort((a, b) => {
    const d = r.totals[a]! - r.totals[b]!;
    if (d !== 0) return d;
    const x = restOf(a);
    const y = restOf(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
  let sum = 0n;
  let whole = 0;
  for (let k = 0; k < n; k++) whole += r.totals[k]!;
  if (!Number.isSafeInteger(whole)) return null; // > 2⁵³ micro-points in all: not a real index table
  for (const q of r.rests.values()) sum += q;
  const mean = reduced({ num: (BigInt(whole) * QUANTA_PER_UNIT + sum) * 100n, den: BigInt(app) * QUANTA_PER_UNIT * BigInt(n) });
  const at = (p: number) => rationalText(exactAt(nearestRank(order, p)));
  return { mean: rationalText(mean), min: at(0), p5: at(0.05), p50: at(0.5), p95: at(0.95), max: rationalText(exactAt(order[n - 1]!)) };
}

/** Ranks from their counts: the central interval and P(rank ≤ k). */
function rankSummary(counts: Int32Array, interval: number, tops: readonly number[]): SimulatedUnit['rank'] {
  let total = 0;
  for (const c of counts) total += c;
  if (total === 0) return null;
  const at = (p: number) => {
    const want = rankOfShare(p, total);
    let seen = 0;
    for (let rank = 1; rank < counts.length; rank++) if ((seen += counts[rank]!) >= want) return rank;
    return counts.length - 1;
  };
  const tail = (1 - interval) / 2;
  const top = Object.fromEntries(tops.map((k) => [String(k), share(counts.slice(1, k + 1).reduce((s, c) => s + c, 0), total)]));
  return { low: at(tail), high: at(1 - tail), median: at(0.5), top };
}

