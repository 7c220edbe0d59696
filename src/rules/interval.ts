/**
 * Intervals with explicit inclusive/exclusive ends ("trên 90%" is (90, ∞),
 * "từ 70% - 90%" is [70, 90]) and the coverage check shared by tiers and bands.
 */
import { z } from 'zod';
import { Decimal } from '../decimal.js';
import { DecimalString } from '../schema/common.js';
import type { NumericValue } from './types.js';

/** Interval fields as written in files; `minInclusive` defaults true, `maxInclusive` false ("từ a đến dưới b"). */
export const IntervalFields = {
  min: DecimalString.optional(),
  minInclusive: z.boolean().default(true),
  max: DecimalString.optional(),
  maxInclusive: z.boolean().default(false),
};

export interface IntervalSpec {
  readonly min?: string | undefined;
  readonly minInclusive: boolean;
  readonly max?: string | undefined;
  readonly maxInclusive: boolean;
}

/** A threshold ready for fast comparison. */
export interface Threshold {
  readonly dec: Decimal;
  readonly num: number;
  readonly safe: boolean;
  /** The threshold as `int` × 10^−`places`, when `int` is a safe integer (for exact integer comparisons). */
  readonly int: number | undefined;
  readonly places: number;
}

export function threshold(text: string): Threshold {
  const dec = new Decimal(text);
  const places = dec.decimalPlaces();
  const int = dec.times(new Decimal(10).pow(places)).toNumber();
  return { dec, num: dec.toNumber(), safe: text.replace(/^-/, '').length <= 15, int: Number.isSafeInteger(int) ? int : undefined, places };
}

/** Compares a value with a threshold exactly: doubles when both are short, Decimal otherwise. */
export function compare(v: NumericValue, t: Pick<Threshold, 'dec' | 'num' | 'safe'>): number {
  if (v.safe && t.safe) return v.num < t.num ? -1 : v.num > t.num ? 1 : 0;
  return v.dec.cmp(t.dec);
}

export interface CompiledInterval {
  readonly min: Threshold | undefined;
  readonly minInclusive: boolean;
  readonly max: Threshold | undefined;
  readonly maxInclusive: boolean;
}

export function compileInterval(spec: IntervalSpec): CompiledInterval {
  return {
    min: spec.min === undefined ? undefined : threshold(spec.min),
    minInclusive: spec.minInclusive,
    max: spec.max === undefined ? undefined : threshold(spec.max),
    maxInclusive: spec.maxInclusive,
  };
}

/** A value known only through how it compares with thresholds: sign(value − t). */
export type Comparator = (t: Threshold) => number;

export function contains(i: CompiledInterval, v: NumericValue): boolean {
  return containsBy(i, (t) => compare(v, t));
}

export function containsBy(i: CompiledInterval, cmp: Comparator): boolean {
  if (i.min !== undefined) {
    const c = cmp(i.min);
    if (c < 0 || (c === 0 && !i.minInclusive)) return false;
  }
  if (i.max !== undefined) {
    const c = cmp(i.max);
    if (c > 0 || (c === 0 && !i.maxInclusive)) return false;
  }
  return true;
}

/**
 * Describes an interval in the notation of the source tables.
 * @example describeInterval({min:'70', minInclusive:true, max:'90', maxInclusive:true}) // '[70, 90]'
 */
export function describeInterval(spec: IntervalSpec): string {
  if (spec.min === undefined && spec.max === undefined) return 'any value';
  if (spec.max === undefined) return `${spec.minInclusive ? '≥' : '>'} ${spec.min}`;
  if (spec.min === undefined) return `${spec.maxInclusive ? '≤' : '<'} ${spec.max}`;
  return `${spec.minInclusive ? '[' : '('}${spec.min}, ${spec.max}${spec.maxInclusive ? ']' : ')'}`;
}

/** A cut between real numbers: just below (side 0) or just above (side 1) a value; ±∞ as undefined. */
interface Cut {
  readonly value: Decimal | undefined;
  readonly side: 0 | 1;
  readonly inf: -1 | 0 | 1;
}

function cmpCut(a: Cut, b: Cut): number {
  if (a.inf !== 0 || b.inf !== 0) return a.inf - b.inf;
  const c = (a.value as Decimal).cmp(b.value as Decimal);
  return c !== 0 ? c : a.side - b.side;
}

const lowCut = (s: IntervalSpec): Cut =>
  s.min === undefined ? { value: undefined, side: 0, inf: -1 } : { value: new Decimal(s.min), side: s.minInclusive ? 0 : 1, inf: 0 };
const highCut = (s: IntervalSpec): Cut =>
  s.max === undefined ? { value: undefined, side: 0, inf: 1 } : { value: new Decimal(s.max), side: s.maxInclusive ? 1 : 0, inf: 0 };

export interface CoverageProblem {
  readonly index: number;
  readonly code: 'INTERVAL_EMPTY' | 'INTERVAL_OVERLAP' | 'INTERVAL_GAP';
  readonly message: string;
}

function describeCuts(from: Cut, to: Cut): string {
  const lo = from.inf === -1 ? '−∞' : String(from.value);
  const hi = to.inf === 1 ? '∞' : String(to.value);
  return `${from.side === 0 && from.inf === 0 ? '[' : '('}${lo}, ${hi}${to.side === 1 ? ']' : ')'}`;
}

/**
 * Checks that intervals neither overlap nor leave a gap inside `domain`
 * (with `requireCover`, also that they cover it end to end).
 */
export function checkCoverage(
  intervals: readonly IntervalSpec[],
  domain: IntervalSpec,
  requireCover: boolean,
): CoverageProblem[] {
  const problems: CoverageProblem[] = [];
  const items = intervals.map((s, index) => ({ index, lo: lowCut(s), hi: highCut(s) }));
  for (const it of items) {
    if (cmpCut(it.lo, it.hi) >= 0) {
      problems.push({ index: it.index, code: 'INTERVAL_EMPTY', message: `${describeInterval(intervals[it.index]!)} contains no value` });
    }
  }
  const valid = items.filter((it) => cmpCut(it.lo, it.hi) < 0).sort((a, b) => cmpCut(a.lo, b.lo));
  const dLo = lowCut(domain);
  const dHi = highCut(domain);
  let reach: Cut = requireCover ? dLo : (valid[0]?.lo ?? dLo);
  let reachIndex = -1;
  for (const it of valid) {
    const c = cmpCut(it.lo, reach);
    if (c > 0 && cmpCut(reach, dHi) < 0) {
      const to = cmpCut(it.lo, dHi) < 0 ? it.lo : dHi;
      problems.push({ index: it.index, code: 'INTERVAL_GAP', message: `values in ${describeCuts(reach, to)} fall in no interval` });
    } else if (c < 0 && reachIndex >= 0) {
      problems.push({
        index: it.index,
        code: 'INTERVAL_OVERLAP',
        message: `${describeInterval(intervals[it.index]!)} overlaps ${describeInterval(intervals[reachIndex]!)} (entry ${reachIndex})`,
      });
    }
    if (cmpCut(it.hi, reach) > 0) {
      reach = it.hi;
      reachIndex = it.index;
    }
  }
  if (requireCover && cmpCut(reach, dHi) < 0) {
    const last = valid.length > 0 ? valid[valid.length - 1]!.index : 0;
    problems.push({ index: last, code: 'INTERVAL_GAP', message: `values in ${describeCuts(reach, dHi)} fall in no interval` });
  }
  return problems;
}

