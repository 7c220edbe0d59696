/**
 * The only import of decimal.js. A private clone, so that a host application's
 * global `Decimal.set(...)` can never change parindex results.
 */
import { Decimal as DecimalJs } from 'decimal.js';

/** Exact decimal type used for every point, rate and index in parindex. */
export const Decimal = DecimalJs.clone({
  // 40 significant digits: only division (ratios, index) can be inexact, and
  // 40 digits is far below anything a 2-decimal display can observe.
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  // Never print exponential notation: results are read by people and Excel.
  toExpNeg: -9e15,
  toExpPos: 9e15,
});
export type Decimal = InstanceType<typeof Decimal>;

/** Plain decimal literal: optional minus, digits, optional fraction. */
export const DECIMAL_PATTERN = /^-?(0|[1-9]\d*)(\.\d+)?$/;

export const ZERO = new Decimal(0);
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
