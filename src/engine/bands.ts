/** Classification bands (xếp loại): the band whose interval holds the exact, unrounded index. */
import type { Band } from '../schema/criteria-set.js';
import { threshold } from '../rules/interval.js';
import { compareRational, thresholdRational, type Rational } from './rational.js';

export interface CompiledBand {
  readonly label: string;
  readonly min: Rational | undefined;
  readonly minInclusive: boolean;
  readonly max: Rational | undefined;
  readonly maxInclusive: boolean;
}

export function compileBands(bands: readonly Band[]): CompiledBand[] {
  const bound = (text: string | undefined) => (text === undefined ? undefined : thresholdRational(threshold(text)));
  return bands.map((b) => ({ label: b.label, min: bound(b.min), minInclusive: b.minInclusive, max: bound(b.max), maxInclusive: b.maxInclusive }));
}

/**
 * The band holding `index`, or null when none does (e.g. below the lowest band).
 * @example bandOf(compileBands([{ label: 'Tốt', min: '80', minInclusive: true, maxInclusive: false }]), { num: 161n, den: 2n }) // 'Tốt'
 */
export function bandOf(bands: readonly CompiledBand[], index: Rational): string | null {
  for (const b of bands) {
    if (b.min !== undefined) {
      const c = compareRational(index, b.min);
      if (c < 0 || (c === 0 && !b.minInclusive)) continue;
    }
    if (b.max !== undefined) {
      const c = compareRational(index, b.max);
      if (c > 0 || (c === 0 && !b.maxInclusive)) continue;
    }
    return b.label;
  }
  return null;
}
