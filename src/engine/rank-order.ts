/** Ranks from exact fractions: competition ("1, 2, 2, 4") or dense ("1, 2, 2, 3"); a null value is unranked. */
import { QUANTA } from '../exact.js';
import { compareRational, type Rational } from './rational.js';

export type Ties = 'competition' | 'dense';


/**
 * The rank of each value, highest first, compared exactly; null values get null.
 * @example ranksOf([{ num: 1n, den: 2n }, null, { num: 1n, den: 2n }, { num: 1n, den: 1n }], 'competition') // [2, null, 2, 1]
 */
export function ranksOf(values: readonly (Rational | null)[], ties: Ties): (number | null)[] {
  const order: number[] = [];
  values.forEach((v, i) => v !== null && order.push(i));
  // Sort on value × 10³⁰ truncated, one division each; only equal keys are cross-multiplied. Exact: truncation is monotone.
  const key = values.map((v) => (v === null ? 0n : (v.num * QUANTA) / v.den));
  const cmp = (a: number, b: number) => (key[a]! > key[b]! ? 1 : key[a]! < key[b]! ? -1 : compareRational(values[a]!, values[b]!));
  // Ties keep the caller's order, so the listing is stable.
  order.sort((a, b) => cmp(b, a) || a - b);
  const out = new Array<number | null>(values.length).fill(null);
  let rank = 0;
  let distinct = 0;
  order.forEach((i, k) => {
    const prev = k > 0 ? order[k - 1]! : -1;
    if (prev < 0 || cmp(prev, i) !== 0) {
      distinct += 1;
      rank = ties === 'dense' ? distinct : k + 1;
    }
    out[i] = rank;
  });
  return out;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

/** A fraction in lowest terms: sums of many indices keep small denominators. */
export function reduced(f: Rational): Rational {
  const g = gcd(f.num, f.den);
  return g > 1n ? { num: f.num / g, den: f.den / g } : f;
}

/**
 * The exact mean of the fractions, or null for none.
 * @example meanOf([{ num: 1n, den: 1n }, { num: 2n, den: 1n }]) // { num: 3n, den: 2n }
 */
export function meanOf(values: readonly Rational[]): Rational | null {
  if (values.length === 0) return null;
  // Units with the same applicable maximum share a denominator: add their numerators first, then the few groups.
  const byDen = new Map<bigint, bigint>();
  for (const v of values) byDen.set(v.den, (byDen.get(v.den) ?? 0n) + v.num);
  let sum: Rational = { num: 0n, den: 1n };
  for (const [den, num] of byDen) sum = reduced({ num: sum.num * den + num * sum.den, den: sum.den * den });
  return reduced({ num: sum.num, den: sum.den * BigInt(values.length) });
}
