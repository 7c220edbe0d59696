/**
 * Exact fractions of BigInts. The index is one (points × 100 / applicable
 * maximum, or a weighted mean of parts); bands and ranks compare fractions
 * by cross-multiplying, and a Decimal is built only to print one.
 */
import { Decimal } from '../decimal.js';
import { formatQuanta, QUANTA } from '../exact.js';
import { divHalfUp } from '../rules/units.js';
import type { Threshold } from '../rules/interval.js';

export interface Rational {
  readonly num: bigint;
  /** Always > 0. */
  readonly den: bigint;
}

export function rational(num: bigint, den: bigint): Rational {
  return den < 0n ? { num: -num, den: -den } : { num, den };
}

export const add = (a: Rational, b: Rational): Rational => ({ num: a.num * b.den + b.num * a.den, den: a.den * b.den });
export const times = (a: Rational, b: Rational): Rational => rational(a.num * b.num, a.den * b.den);
export const over = (a: Rational, b: Rational): Rational => rational(a.num * b.den, a.den * b.num);

/** sign(a − b). */
export function compareRational(a: Rational, b: Rational): number {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** A threshold as a fraction: int / 10^places. */
export function thresholdRational(t: Threshold): Rational {
  return t.int !== undefined ? { num: BigInt(t.int), den: 10n ** BigInt(t.places) } : decimalRational(t.dec);
}

/** An exact Decimal as a fraction. */
export function decimalRational(d: Decimal): Rational {
  const places = d.decimalPlaces();
  return { num: BigInt(d.times(new Decimal(10).pow(places)).toFixed(0)), den: 10n ** BigInt(places) };
}

/**
 * The fraction carried to 30 decimals half-up, as text (exact when it terminates sooner).
 * @example rationalText({ num: 200n, den: 3n }) // '66.666666666666666666666666666667'
 */
export function rationalText(f: Rational): string {
  return formatQuanta(divHalfUp(f.num * QUANTA, f.den));
}

/** The fraction as a Decimal carried to 30 decimals (exact when it terminates sooner). */
export function toDecimalValue(f: Rational): Decimal {
  return new Decimal(rationalText(f));
}
