/** Numeric values read by rules: the exact text, a double for fast exact comparisons, a Decimal on demand. */
import { Decimal } from '../decimal.js';
import type { NumericValue } from './types.js';

/** A decimal literal; `safe` when its double compares exactly (15 characters or fewer, so ≤ 15 digits). */
export class Numeric implements NumericValue {
  /** A Numeric is also the MetricRead of a number, so reading allocates one object. */
  readonly kind = 'number';
  private exact: Decimal | undefined;
  readonly num: number;
  readonly safe: boolean;
  constructor(readonly text: string, readonly raw: string | number = text) {
    this.num = Number(text);
    this.safe = text.length <= 15;
  }
  get value(): NumericValue {
    return this;
  }
  get dec(): Decimal {
    return (this.exact ??= new Decimal(this.text));
  }
}
