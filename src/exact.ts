/**
 * Exact points for the hot path, on integers only. A value is a whole number
 * of micro-points (10⁻⁶) in a double while it is one, so most sums are plain
 * additions, exact below 2⁵³; anything finer is a BigInt of quanta (10⁻³⁰),
 * the grid every quotient is carried to (see `divide`). No Decimal is needed
 * to score or rank; one is built when a result prints the value.
 */
import { Decimal, DIVISION_PLACES } from './decimal.js';

export const SCALE = 1_000_000;
/** Quanta per micro-point: 10^(30 − 6). */
export const QUANTA_PER_UNIT = 10n ** BigInt(DIVISION_PLACES - 6);
/** Quanta per point. */
export const QUANTA = 10n ** BigInt(DIVISION_PLACES);
const SCALE_DEC = new Decimal(SCALE);
const QUANTA_DEC = new Decimal(QUANTA.toString());

/** An exact value: `units` (micro-points) when whole, otherwise `quanta`; `dec` for printing. */
export interface Exact {
  readonly units: number | undefined;
  readonly quanta: bigint;
  readonly dec: Decimal;
}

class Value implements Exact {
  private d: Decimal | undefined;
  private q: bigint | undefined;
  constructor(readonly units: number | undefined, quanta: bigint | undefined) {
    this.q = quanta;
  }
  get quanta(): bigint {
    return (this.q ??= BigInt(this.units!) * QUANTA_PER_UNIT);
  }
  get dec(): Decimal {
    return (this.d ??= this.units !== undefined ? new Decimal(this.units).div(SCALE_DEC) : new Decimal(this.q!.toString()).div(QUANTA_DEC));
  }
}

/** Whole micro-points. */
export function fromUnits(units: number): Exact {
  return new Value(units, undefined);
}

/** Quanta (10⁻³⁰ points); micro-points when they divide evenly into a safe integer. */
export function fromQuanta(quanta: bigint): Exact {
  if (quanta % QUANTA_PER_UNIT === 0n) {
    const units = Number(quanta / QUANTA_PER_UNIT);
    if (Number.isSafeInteger(units)) return new Value(units, quanta);
  }
  return new Value(undefined, quanta);
}

/**
 * Wraps a Decimal, carried to 30 decimals half-up if it has more.
 * @example exact(new Decimal('0.25')).units // 250000
 */
export function exact(dec: Decimal): Exact {
  const scaled = dec.times(SCALE_DEC);
  if (scaled.isInteger() && scaled.abs().lte(Number.MAX_SAFE_INTEGER)) return new Value(scaled.toNumber(), undefined);
  return fromQuanta(BigInt(dec.times(QUANTA_DEC).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0)));
}

/** An exact value from a decimal literal. */
export function exactOf(text: string | number): Exact {
  return exact(new Decimal(text));
}

/** Accumulates exact values: micro-points while possible, quanta otherwise. */
export class ExactSum {
  units = 0;
  rest: bigint | undefined = undefined;

  add(v: Exact): void {
    if (v.units !== undefined) this.units += v.units;
    else this.rest = (this.rest ?? 0n) + v.quanta;
  }

  /** The whole sum in quanta. */
  quanta(): bigint {
    return BigInt(this.units) * QUANTA_PER_UNIT + (this.rest ?? 0n);
  }

  value(): Exact {
    return this.rest === undefined ? fromUnits(this.units) : fromQuanta(this.quanta());
  }
}

/**
 * Prints quanta as an exact decimal string.
 * @example formatQuanta(1_500_000_000_000_000_000_000_000_000_000n) // '1.5'
 */
export function formatQuanta(q: bigint): string {
  const neg = q < 0n;
  const digits = (neg ? -q : q).toString().padStart(DIVISION_PLACES + 1, '0');
  const whole = digits.slice(0, -DIVISION_PLACES);
  const frac = digits.slice(-DIVISION_PLACES).replace(/0+$/, '');
  return `${neg ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`;
}

/**
 * `n / d` as text when the quotient of these safe integers has a short exact
 * decimal form (checked on integers), else undefined.
 * @example shortQuotient(725, 9) // undefined (80.555…)
 */
export function shortQuotient(n: number, d: number): string | undefined {
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d) || d <= 0) return undefined;
  const text = String(n / d);
  if (text.length > 15 || text.includes('e')) return undefined;
  const dot = text.indexOf('.');
  const places = dot < 0 ? 0 : text.length - dot - 1;
  const lhs = Number(dot < 0 ? text : text.slice(0, dot) + text.slice(dot + 1)) * d;
  const rhs = n * 10 ** places;
  return Number.isSafeInteger(lhs) && Number.isSafeInteger(rhs) && lhs === rhs ? text : undefined;
}
