/** Small helpers for simulation summaries: exact sort keys, nearest-rank percentiles, shares of draws. */
import { Decimal } from '../decimal.js';
import type { Rational } from '../engine/rational.js';
import { QUANTA } from '../exact.js';

/** The index carried to 30 decimals (truncated): a BigInt key that orders exactly like the fraction, except for ties closer than 10⁻³⁰. */
export const keyOf = (f: Rational): bigint => (f.num * QUANTA) / f.den;

/** The value at fraction `p` of the sorted list, by nearest rank (the ⌈p·n⌉-th smallest). */
export function nearestRank<T>(sorted: ArrayLike<T>, p: number): T {
  const k = rankOfShare(p, sorted.length);
  return sorted[k - 1]!;
}

/** Count and share of draws. */
export function share(count: number, of: number): { count: number; probability: string } {
  return { count, probability: of === 0 ? '0' : new Decimal(count).div(of).toString() };
}

/** ⌈p·n⌉ within [1, n], with p cleaned of float noise ((1 − 0.9) / 2 is 0.05000000000000002). */
export function rankOfShare(p: number, n: number): number {
  const clean = Math.round(p * 1e9) / 1e9;
  return Math.min(n, Math.max(1, Math.ceil(clean * n - 1e-9)));
}
