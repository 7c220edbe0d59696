/**
 * Exact arithmetic for scorers without a Decimal when it can be avoided: a
 * product or quotient that is a whole number of micro-points, with every step
 * a safe integer, is computed on integers; anything else falls back to Decimal.
 */
import { Decimal } from '../decimal.js';
import { exact, SCALE, type Exact } from '../exact.js';
import type { NumericValue } from './types.js';

const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

/** Whole micro-points; the Decimal is built only when read (results read it, ranking does not). */
class Units implements Exact {
  private d: Decimal | undefined;
  constructor(readonly units: number) {}
  get dec(): Decimal {
    return (this.d ??= new Decimal(this.units).div(SCALE));
  }
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
 * `max` × `v` / `d`, exact: on integers when the result is whole micro-points, else
 * `v.dec × max.dec / d.dec` in Decimal (the product is exact; only the quotient rounds, at 40 digits).
 * @example mulDiv(exactOf('2'), value('92.38'), literal('100')).units // 1847600
 */
export function mulDiv(max: Exact, v: Literal, d: Literal): Exact {
  const a = max.units === undefined ? undefined : scaled(v.text);
  const b = a && scaled(d.text);
  if (a && b && b.int !== 0) {
    // max.units × (a.int / 10^a.scale) / (b.int / 10^b.scale)
    const num = max.units! * a.int * POW10[b.scale]!;
    const den = b.int * POW10[a.scale]!;
    if (Number.isSafeInteger(num) && Number.isSafeInteger(den) && num % den === 0) return new Units(num / den);
  }
  return exact(v.dec.times(max.dec).div(d.dec));
}

/** Points entered as text, as whole micro-points when they have at most 6 decimals. */
export function unitsOf(text: string): number | undefined {
  const s = scaled(text);
  if (s === undefined || s.scale > 6) return undefined;
  const units = s.int * POW10[6 - s.scale]!;
  return Number.isSafeInteger(units) ? units : undefined;
}

/** An Exact from whole micro-points. */
export function fromUnits(units: number): Exact {
  return new Units(units);
}

/** Sign tests without a Decimal when the double is exact: below zero ("-0" is not)… */
export function isBelowZero(v: NumericValue): boolean {
  return v.safe ? v.num < 0 : v.dec.lt(0);
}

/** …and negative as Decimal#isNeg means it ("-0" is). */
export function isNeg(v: NumericValue): boolean {
  return v.safe ? v.num < 0 || Object.is(v.num, -0) : v.dec.isNeg();
}
