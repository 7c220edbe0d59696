/**
 * The only import of decimal.js. A private clone, so that a host application's
 * global `Decimal.set(...)` can never change parindex results.
 */
import { Decimal as DecimalJs } from 'decimal.js';

/** Exact decimal type used for every point, rate and index in parindex. */
export const Decimal = DecimalJs.clone({
  // Sums and products of points are exact at this precision; only division
  // can be inexact, and `divide` quantises its result (see below).
  precision: 80,
  rounding: DecimalJs.ROUND_HALF_UP,
  // Never print exponential notation: results are read by people and Excel.
  toExpNeg: -9e15,
  toExpPos: 9e15,
});
export type Decimal = InstanceType<typeof Decimal>;

/** Plain decimal literal: optional minus, digits, optional fraction. */
export const DECIMAL_PATTERN = /^-?(0|[1-9]\d*)(\.\d+)?$/;

export const ZERO = new Decimal(0);

/**
 * Decimal places a quotient is carried to (half-up). The one place parindex
 * rounds before display: 2 × 2847 / 2853 has no finite decimal form. With
 * every quotient quantised the same way, sums of points stay exact, so a
 * parent always equals the sum of its children to the last digit.
 */
export const DIVISION_PLACES = 30;

/**
 * `a / b` carried to 30 decimal places, half-up.
 * @example divide(new Decimal(2), new Decimal(3)).toString() // '0.666666666666666666666666666667'
 */
export function divide(a: Decimal, b: Decimal): Decimal {
  // Truncate far past the 30th place, then round half-up once: no double rounding.
  return new Decimal(new Truncating(a).div(b)).toDecimalPlaces(DIVISION_PLACES, Decimal.ROUND_HALF_UP);
}

const Truncating = DecimalJs.clone({ precision: 80, rounding: DecimalJs.ROUND_DOWN });
export const HUNDRED = new Decimal(100);

/**
 * Parses a decimal literal or a finite JS number into a Decimal.
 * @example toDecimal('0.25').toString() // '0.25'
 * @returns undefined when the input is not a plain decimal literal.
 */
export function toDecimal(value: unknown): Decimal | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    value = String(value);
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!DECIMAL_PATTERN.test(text)) return undefined;
  return new Decimal(text);
}

/** Number of digits after the decimal point of a plain decimal literal. */
export function decimalPlaces(d: Decimal): number {
  return d.decimalPlaces();
}

/**
 * Rounds half-up (away from zero at .5) to `places` decimals and prints them all.
 * @example roundHalfUp(new Decimal('90.025'), 2) // '90.03'
 */
export function roundHalfUp(d: Decimal, places: number): string {
  return d.toFixed(places, Decimal.ROUND_HALF_UP);
}
