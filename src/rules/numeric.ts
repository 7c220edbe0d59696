/** Numeric values read by rules: the exact text, a double for fast exact comparisons, a Decimal on demand. */
import { Decimal } from '../decimal.js';
import type { NumericValue } from './types.js';

/** A decimal literal; `safe` when its double compares exactly (15 characters or fewer, so ≤ 15 digits). */
export class Numeric implements NumericValue {
  private exact: Decimal | undefined;
  readonly num: number;
  readonly safe: boolean;
  constructor(readonly text: string) {
    this.num = Number(text);
    this.safe = text.length <= 15;
  }
  get dec(): Decimal {
    return (this.exact ??= new Decimal(this.text));
  }
}
