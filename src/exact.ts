/**
 * Exact points for the hot path. A value is kept as an integer count of
 * micro-points (10⁻⁶) whenever it is one, so sums are plain integer additions
 * (exact below 2⁵³); anything finer stays a Decimal. Nothing is ever rounded.
 */
import { Decimal } from './decimal.js';

export const SCALE = 1_000_000;
const SCALE_DEC = new Decimal(SCALE);
const LIMIT = new Decimal(Number.MAX_SAFE_INTEGER);

/** An exact value: `dec` always; `units` (micro-points) when it is a whole number of them. */
export interface Exact {
  readonly dec: Decimal;
  readonly units: number | undefined;
}

/**
 * Wraps a Decimal, computing its micro-point count when exact.
 * @example exact(new Decimal('0.25')).units // 250000
 */
export function exact(dec: Decimal): Exact {
  const scaled = dec.times(SCALE_DEC);
  const units = scaled.isInteger() && scaled.abs().lte(LIMIT) ? scaled.toNumber() : undefined;
  return { dec, units };
}

/** An exact value from a decimal literal. */
export function exactOf(text: string | number): Exact {
  return exact(new Decimal(text));
}

/** Accumulates exact values: integers while possible, a Decimal remainder otherwise. */
export class ExactSum {
  units = 0;
  rest: Decimal | undefined = undefined;

  add(v: Exact): void {
    if (v.units !== undefined) this.units += v.units;
    else this.rest = this.rest === undefined ? v.dec : this.rest.plus(v.dec);
  }

  addSum(s: ExactSum): void {
    this.units += s.units;
    if (s.rest !== undefined) this.rest = this.rest === undefined ? s.rest : this.rest.plus(s.rest);
  }

  toDecimal(): Decimal {
    const whole = new Decimal(this.units).div(SCALE_DEC);
    return this.rest === undefined ? whole : whole.plus(this.rest);
  }

  /** Sign-aware comparison with zero-cost fast path when there is no remainder. */
  isZero(): boolean {
    return this.rest === undefined ? this.units === 0 : this.toDecimal().isZero();
  }
}
