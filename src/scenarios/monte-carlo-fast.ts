/**
 * The hot loop of Monte Carlo without BigInt: a unit's draw is usually a whole
 * number of micro-points over a fixed applicable maximum, so bands are integer
 * comparisons and ranks sort by a double, with exact fractions deciding
 * whenever two doubles are too close to tell apart.
 */
import { bandOf, type CompiledBand } from '../engine/bands.js';
import { compareRational, type Rational } from '../engine/rational.js';
import { QUANTA_PER_UNIT } from '../exact.js';
import type { UnitRun } from './monte-carlo.js';

/** (total micro-points + rest quanta) × 100 / applicable micro-points, as a fraction. */
export function totalFraction(total: number, applicable: number, rest = 0n): Rational {
  return rest === 0n ? { num: BigInt(total) * 100n, den: BigInt(applicable) } : { num: (BigInt(total) * QUANTA_PER_UNIT + rest) * 100n, den: BigInt(applicable) * QUANTA_PER_UNIT };
}

/** A double near the fraction, for ordering only. */
export const approxOf = (f: Rational): number => Number((f.num * 1_000_000_000n) / f.den) / 1e9;

/**
 * The band of a total by safe-integer comparisons (index ≥ n/d ⇔ total × 100 × d ≥ n × applicable),
 * or undefined when a product would not be exact in a double (the caller then compares fractions).
 */
export function unitsBands(bands: readonly CompiledBand[], applicable: number): (total: number) => string | null | undefined {
  const cut = (r: Rational | undefined) => (r === undefined ? undefined : { d: Number(r.den), rhs: Number(r.num) * applicable });
  const cuts = bands.map((b) => ({ label: b.label, min: cut(b.min), minInclusive: b.minInclusive, max: cut(b.max), maxInclusive: b.maxInclusive }));
  const safe = Number.isFinite(applicable) && cuts.every((c) => [c.min, c.max].every((x) => x === undefined || (Number.isSafeInteger(x.rhs) && Number.isSafeInteger(x.d))));
  if (!safe) return () => undefined;
  return (total) => {
    for (const c of cuts) {
      if (c.min) {
        const lhs = total * 100 * c.min.d;
        if (!Number.isSafeInteger(lhs)) return undefined;
        if (lhs < c.min.rhs || (lhs === c.min.rhs && !c.minInclusive)) continue;
      }
      if (c.max) {
        const lhs = total * 100 * c.max.d;
        if (!Number.isSafeInteger(lhs)) return undefined;
        if (lhs > c.max.rhs || (lhs === c.max.rhs && !c.maxInclusive)) continue;
      }
      return c.label;
    }
    return null;
  };
}

/** Competition ranks of draw `k`, counted per unit: doubles order, fractions break near-ties exactly. */
export function countRanks(runs: readonly UnitRun[], k: number): void {
  const order: number[] = [];
  for (let u = 0; u < runs.length; u++) if (!Number.isNaN(runs[u]!.approx[k]!)) order.push(u);
  const exactOf = (u: number): Rational => {
    const r = runs[u]!;
    const i = r.at[k]!;
    return i >= 0 ? totalFraction(r.totals[i]!, r.scorer.applicableUnits, r.rests.get(i)) : r.slow[-1 - i]!;
  };
  const cmp = (a: number, b: number): number => {
    const x = runs[a]!.approx[k]!;
    const y = runs[b]!.approx[k]!;
    if (Math.abs(x - y) > 1e-9 * Math.max(1, Math.abs(x), Math.abs(y))) return y - x;
    return compareRational(exactOf(b), exactOf(a));
  };
  order.sort(cmp);
  let rank = 0;
  for (let i = 0; i < order.length; i++) {
    if (i === 0 || cmp(order[i - 1]!, order[i]!) !== 0) rank = i + 1;
    runs[order[i]!]!.ranks[rank]! += 1;
  }
}

/** The band of an approximate index when it is clearly inside one (10⁻⁹ from every bound), else undefined. */
export function approxBands(bands: readonly CompiledBand[]): (index: number) => string | null | undefined {
  const num = (r: Rational | undefined) => (r === undefined ? undefined : Number(r.num) / Number(r.den));
  const cuts = bands.map((b) => ({ label: b.label, min: num(b.min), max: num(b.max) }));
  return (a) => {
    for (const c of cuts) {
      if (c.min !== undefined && Math.abs(a - c.min) <= 1e-9) return undefined;
      if (c.max !== undefined && Math.abs(a - c.max) <= 1e-9) return undefined;
      if ((c.min === undefined || a > c.min) && (c.max === undefined || a < c.max)) return c.label;
    }
    return null;
  };
}

/** Records draw `k` of a unit scored as an exact fraction, off the fast path (null: no index that draw). */
export function recordExact(r: UnitRun, k: number, f: Rational | null, bands: readonly CompiledBand[]): void {
  const ranked = r.approx.length > 0;
  if (f === null) {
    r.noIndex++;
    if (ranked) r.approx[k] = Number.NaN;
    return;
  }
  r.slow.push(f);
  if (ranked) {
    r.at[k] = -r.slow.length;
    r.approx[k] = approxOf(f);
  }
  const band = bandOf(bands, f);
  if (band !== null) r.bands.set(band, (r.bands.get(band) ?? 0) + 1);
}
