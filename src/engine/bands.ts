/** Classification bands (xếp loại): the band whose interval holds the unrounded index. */
import type { Decimal } from '../decimal.js';
import { compileInterval, contains, type CompiledInterval } from '../rules/interval.js';
import type { Band } from '../schema/criteria-set.js';

export interface CompiledBand {
  readonly label: string;
  readonly interval: CompiledInterval;
}

export function compileBands(bands: readonly Band[]): CompiledBand[] {
  return bands.map((b) => ({ label: b.label, interval: compileInterval(b) }));
}

/** The band holding `index`, or null when none does (e.g. below the lowest band). */
export function bandOf(bands: readonly CompiledBand[], index: Decimal): string | null {
  // Compared as a Decimal (safe: false), so the double and the text are never needed: no conversions per unit.
  const value = { dec: index, num: Number.NaN, safe: false, get text() { return index.toString(); } };
  for (const b of bands) if (contains(b.interval, value)) return b.label;
  return null;
}
