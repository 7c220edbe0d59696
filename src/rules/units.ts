/**
 * Exact arithmetic for scorers on integers: whole micro-points in doubles
 * when every step is a safe integer, BigInt quanta (10⁻³⁰) otherwise; a
 * Decimal only for literals too long for a double.
 */
import { Decimal, divide } from '../decimal.js';
import { exact, fromQuanta, fromUnits, type Exact } from '../exact.js';

export { fromUnits };
import type { NumericValue } from './types.js';

const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);
const POW10N = Array.from({ length: 16 }, (_, k) => 10n ** BigInt(k));

/** n / d rounded half away from zero (decimal.js ROUND_HALF_UP), for d > 0. */
export function divHalfUp(n: bigint, d: bigint): bigint {
  return n >= 0n ? (2n * n + d) / (2n * d) : -((-2n * n + d) / (2n * d));
}

/** A decimal literal as `int` × 10^−`scale`, when `int` is a safe integer. */
function scaled(text: string): { int: number; scale: number } | undefined {
  const dot = text.indexOf('.');
  const int = Number(dot < 0 ? text : text.slice(0, dot) + text.slice(dot + 1));
  const scale = dot < 0 ? 0 : text.length - dot - 1;
  return Number.isSafeInteger(int) && scale < POW10.length ? { int, scale } : undefined;
}

/** A value that is a plain decimal literal: a NumericValue, or a constant of the rule. */
export interface Literal {
  readonly text: string;
  readonly dec: Decimal;
}

/** A rule constant as a Literal. */
export function literal(text: string): Literal {
  return { text, dec: new Decimal(text) };
}

/**
 * `max` × `v` / `d`: whole micro-points when the quotient is one, else quanta
 * (10⁻³⁰) rounded half-up, on integers; Decimal only for literals too long for a double.
 * @example mulDiv(exactOf('2'), literal('92.38'), literal('100')).units // 1847600
 */
export function mulDiv(max: Exact, v: Literal, d: Literal): Exact {
  const a = scaled(v.text);
  const b = a && scaled(d.text);
  if (a && b && b.int > 0) {
    if (max.units !== undefined) {
      const num = max.units * a.int * POW10[b.scale]!;
      const den = b.int * POW10[a.scale]!;
      if (Number.isSafeInteger(num) && Number.isSafeInteger(den) && num % den === 0) return fromUnits(num / den);
    }
    return fromQuanta(divHalfUp(max.quanta * BigInt(a.int) * POW10N[b.scale]!, BigInt(b.int) * POW10N[a.scale]!));
  }
  return exact(divide(v.dec.times(max.dec), d.dec));
}

/** Points entered as text, as whole micro-points when they have at most 6 decimals. */
export function unitsOf(text: string): number | undefined {
  const s = scaled(text);
  if (s === undefined || s.scale > 6) return undefined;
  const units = s.int * POW10[6 - s.scale]!;
  return Number.isSafeInteger(units) ? units : undefined;
}

/** Sign tests without a Decimal when the double is exact: below zero ("-0" is not)… */
export function isBelowZero(v: NumericValue): boolean {
  return v.safe ? v.num < 0 : v.dec.lt(0);
}

/** …and negative as Decimal#isNeg means it ("-0" is). */
export function isNeg(v: NumericValue): boolean {
  return v.safe ? v.num < 0 || Object.is(v.num, -0) : v.dec.isNeg();
}
