/** Decimal grids, point values and numeric metric domains for the rule generators. */
import fc from 'fast-check';
import { Decimal } from '../../src/decimal.js';

export type Better = 'higher' | 'lower' | undefined;
export type NumericUnit = 'percent' | 'count' | 'number';

/** The values a numeric metric may take, and the grid generators pick thresholds from. */
export interface NumDomain {
  readonly unit: NumericUnit;
  /** Effective bounds (percent/count default min 0, percent default max 100). */
  readonly min: string;
  readonly max: string | undefined;
  /** Bounds written in the metric definition (the defaults are left implicit). */
  readonly declared: { readonly min?: string; readonly max?: string };
  readonly step: string;
  readonly better: Better;
}

/** Largest value generators use for a domain with no upper bound. */
export const OPEN_TOP = '200';

export const upper = (d: NumDomain): string => d.max ?? new Decimal(d.min).plus(OPEN_TOP).toString();

/** How many grid steps the domain spans. */
export function gridSize(d: NumDomain): number {
  return new Decimal(upper(d)).minus(d.min).div(d.step).floor().toNumber();
}

export const gridValue = (d: NumDomain, k: number): string => new Decimal(d.min).plus(new Decimal(d.step).times(k)).toString();

/** Points in [0, max] on a 0.001 grid (maxima here have at most 3 decimals). */
export function pointsUpTo(max: string): fc.Arbitrary<string> {
  const units = new Decimal(max).times(1000).toNumber();
  return fc.oneof(
    fc.constantFrom('0', max),
    fc.integer({ min: 0, max: units }).map((k) => new Decimal(k).div(1000).toString()),
  );
}

/** `n` point values in [0, max], non-decreasing. */
export function risingPoints(n: number, max: string): fc.Arbitrary<string[]> {
  const units = new Decimal(max).times(1000).toNumber();
  const one = fc.oneof(fc.constantFrom(0, units), fc.integer({ min: 0, max: units }));
  return fc.array(one, { minLength: n, maxLength: n }).map((ks) => ks.sort((a, b) => a - b).map((k) => new Decimal(k).div(1000).toString()));
}

/** 0–`most` distinct grid values strictly inside the domain, ascending. */
export function cutsInside(d: NumDomain, most: number): fc.Arbitrary<string[]> {
  const size = gridSize(d);
  if (size < 2) return fc.constant([]);
  return fc
    .uniqueArray(fc.integer({ min: 1, max: size - 1 }), { minLength: 0, maxLength: most })
    .map((ks) => ks.sort((a, b) => a - b).map((k) => gridValue(d, k)));
}

/** One grid value strictly inside the domain. */
export function valueInside(d: NumDomain): fc.Arbitrary<string> {
  const size = gridSize(d);
  return fc.integer({ min: size > 1 ? 1 : 0, max: Math.max(size - 1, 0) }).map((k) => gridValue(d, k));
}

const percent = (better: Better, step: string): NumDomain => ({ unit: 'percent', min: '0', max: '100', declared: {}, step, better });

/** Domains of numeric metrics; `negative` allows a `number` metric below zero (e.g. a change in %). */
export function numericDomain(units: readonly NumericUnit[], better: readonly Better[], negative = true): fc.Arbitrary<NumDomain> {
  const b = fc.constantFrom(...better);
  const options: fc.Arbitrary<NumDomain>[] = [];
  if (units.includes('percent')) {
    options.push(fc.tuple(b, fc.constantFrom('1', '1', '0.5', '0.01')).map(([bt, step]) => percent(bt, step)));
  }
  if (units.includes('count')) {
    options.push(
      fc.tuple(b, fc.constantFrom(undefined, '50')).map(([bt, max]): NumDomain => ({ unit: 'count', min: '0', max, declared: max === undefined ? {} : { max }, step: '1', better: bt })),
    );
  }
  if (units.includes('number')) {
    const mins = negative ? ['0', '1', '-50'] : ['0', '1'];
    options.push(
      fc.tuple(b, fc.constantFrom(...mins), fc.constantFrom('10', '55.5', '1000')).map(([bt, min, max]): NumDomain => ({ unit: 'number', min, max, declared: { min, max }, step: '0.5', better: bt })),
    );
  }
  return fc.oneof(...options);
}

export const PERCENT_HIGHER = percent('higher', '1');
