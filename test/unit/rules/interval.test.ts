/** Intervals with explicit ends, exact comparison, and the coverage check shared by tiers and bands. */
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../src/index.js';
import { checkCoverage, compare, compileInterval, contains, describeInterval, threshold, type IntervalSpec } from '../../../src/rules/interval.js';
import type { NumericValue } from '../../../src/rules/types.js';

/** A value as the metric reader makes it: doubles are trusted only up to 15 characters. */
const value = (text: string): NumericValue => ({ text, dec: new Decimal(text), num: Number(text), safe: text.replace(/^-/, '').length <= 15 });
const iv = (min: string | undefined, minInclusive: boolean, max: string | undefined, maxInclusive: boolean): IntervalSpec => ({ min, minInclusive, max, maxInclusive });
const PERCENT = iv('0', true, '100', true);
const REALS = iv(undefined, true, undefined, true);
const problems = (list: IntervalSpec[], domain = PERCENT, requireCover = true) => checkCoverage(list, domain, requireCover).map((p) => [p.code, p.index, p.message]);

describe('compare', () => {
  it('compares short values as doubles, exactly', () => {
    expect(compare(value('90'), threshold('90'))).toBe(0);
    expect(compare(value('89.99'), threshold('90'))).toBe(-1);
    expect(compare(value('90.01'), threshold('90'))).toBe(1);
    expect(compare(value('0.3'), threshold('0.3'))).toBe(0);
  });

  it('compares values longer than 15 digits as decimals', () => {
    // Both round to the double 90: only a decimal comparison separates them.
    expect(Number('90.0000000000000001')).toBe(90);
    expect(compare(value('90.0000000000000001'), threshold('90'))).toBe(1);
    expect(compare(value('89.9999999999999999'), threshold('90'))).toBe(-1);
    expect(compare(value('90'), threshold('90.0000000000000001'))).toBe(-1);
    expect(compare(value('90.00000000000000000000'), threshold('90'))).toBe(0);
    expect(compare(value('-90.0000000000000001'), threshold('-90'))).toBe(-1);
  });

  it('marks thresholds safe only up to 15 characters', () => {
    expect(threshold('123456789012345').safe).toBe(true);
    expect(threshold('-123456789012345').safe).toBe(true);
    expect(threshold('1234567890123456').safe).toBe(false);
    expect(threshold('90.0000000000001').safe).toBe(false);
  });

  it('separates long values a double cannot', () => {
    expect(compare(value('9007199254740993'), threshold('9007199254740992'))).toBe(1);
  });
});

describe('contains', () => {
  it('"trên 90%": min exclusive', () => {
    const above90 = compileInterval(iv('90', false, undefined, false));
    expect(contains(above90, value('90'))).toBe(false);
    expect(contains(above90, value('90.0000000000000001'))).toBe(true);
    expect(contains(above90, value('89.99'))).toBe(false);
    expect(contains(above90, value('1000'))).toBe(true);
  });

  it('"từ 70% - 90%": both ends included', () => {
    const band = compileInterval(iv('70', true, '90', true));
    expect(contains(band, value('70'))).toBe(true);
    expect(contains(band, value('90'))).toBe(true);
    expect(contains(band, value('69.9999999999999999'))).toBe(false);
    expect(contains(band, value('90.0000000000000001'))).toBe(false);
  });

  it('"từ 80% đến dưới 90%": [80, 90)', () => {
    const band = compileInterval(iv('80', true, '90', false));
    expect(contains(band, value('80'))).toBe(true);
    expect(contains(band, value('90'))).toBe(false);
    expect(contains(band, value('89.9999999999999999'))).toBe(true);
  });

  it('"dưới 70%": max exclusive, and an unbounded interval holds everything', () => {
    expect(contains(compileInterval(iv(undefined, true, '70', false)), value('70'))).toBe(false);
    expect(contains(compileInterval(iv(undefined, true, '70', false)), value('-5'))).toBe(true);
    expect(contains(compileInterval(REALS), value('-1'))).toBe(true);
  });
});

describe('describeInterval', () => {
  it('writes the notation of the source tables', () => {
    expect(describeInterval(iv('70', true, '90', true))).toBe('[70, 90]');
    expect(describeInterval(iv('80', true, '90', false))).toBe('[80, 90)');
    expect(describeInterval(iv('90', false, undefined, false))).toBe('> 90');
    expect(describeInterval(iv('90', true, undefined, false))).toBe('≥ 90');
    expect(describeInterval(iv(undefined, true, '70', false))).toBe('< 70');
    expect(describeInterval(iv(undefined, true, '70', true))).toBe('≤ 70');
    expect(describeInterval(REALS)).toBe('any value');
  });
});

describe('checkCoverage', () => {
  const caMau = [iv('90', false, undefined, false), iv('70', true, '90', true), iv(undefined, true, '70', false)];

  it('accepts Cà Mau 1.1.4: (90, ∞), [70, 90], (−∞, 70) covering [0, 100]', () => {
    expect(problems(caMau)).toEqual([]);
  });

  it('accepts tiers in any order and tiers reaching past the domain', () => {
    expect(problems([caMau[2]!, caMau[0]!, caMau[1]!])).toEqual([]);
    expect(problems([iv('50', true, '200', true), iv('-10', true, '50', false)])).toEqual([]);
  });

  it('finds the single value 90 left out when both neighbours exclude it', () => {
    const gap = [iv('90', false, undefined, false), iv('70', true, '90', false), iv(undefined, true, '70', false)];
    expect(problems(gap)).toEqual([['INTERVAL_GAP', 0, 'values in [90, 90] fall in no interval']]);
  });

  it('finds a gap between two tiers and names the tier after it', () => {
    expect(problems([iv('80', true, undefined, false), iv(undefined, true, '70', false)])).toEqual([['INTERVAL_GAP', 0, 'values in [70, 80) fall in no interval']]);
  });

  it('finds an uncovered bottom and top of the domain', () => {
    expect(problems([iv('10', true, '100', true)])).toEqual([['INTERVAL_GAP', 0, 'values in [0, 10) fall in no interval']]);
    expect(problems([iv('0', true, '90', true)])).toEqual([['INTERVAL_GAP', 0, 'values in (90, 100] fall in no interval']]);
    expect(problems([], PERCENT)).toEqual([['INTERVAL_GAP', 0, 'values in [0, 100] fall in no interval']]);
  });

  it('finds the single value where two tiers overlap', () => {
    const overlap = [iv('90', true, undefined, false), iv('70', true, '90', true), iv(undefined, true, '70', false)];
    expect(problems(overlap)).toEqual([['INTERVAL_OVERLAP', 0, '≥ 90 overlaps [70, 90] (entry 1)']]);
  });

  it('finds overlaps of intervals that both start below the domain', () => {
    expect(problems([iv(undefined, true, '50', false), iv(undefined, true, '60', false), iv('60', true, undefined, false)])).toEqual([
      ['INTERVAL_OVERLAP', 1, '< 60 overlaps < 50 (entry 0)'],
    ]);
  });

  it('finds an overlap inside a wider interval', () => {
    expect(problems([iv('0', true, '100', true), iv('40', true, '60', false)])).toEqual([['INTERVAL_OVERLAP', 1, '[40, 60) overlaps [0, 100] (entry 0)']]);
  });

  it('finds empty intervals', () => {
    const empty = problems([iv('90', false, '90', true), iv('0', true, '100', true)]);
    expect(empty).toEqual([['INTERVAL_EMPTY', 0, '(90, 90] contains no value']]);
    expect(problems([iv('60', true, '50', true), iv('0', true, '100', true)])).toEqual([['INTERVAL_EMPTY', 0, '[60, 50] contains no value']]);
    // [90, 90] is one value, not empty.
    expect(problems([iv('90', true, '90', true), iv('0', true, '90', false), iv('90', false, '100', true)])).toEqual([]);
  });

  it('compares long bounds exactly', () => {
    const tiers = [iv('90.0000000000000001', true, undefined, false), iv(undefined, true, '90', false)];
    expect(problems(tiers)).toEqual([['INTERVAL_GAP', 0, 'values in [90, 90.0000000000000001) fall in no interval']]);
  });

  it('without requireCover, checks only between the intervals (bands)', () => {
    const bands = [iv('90', true, undefined, false), iv('80', true, '90', false), iv('50', true, '70', false)];
    // The gap is reported at the band above it, [80, 90).
    expect(problems(bands, REALS, false)).toEqual([['INTERVAL_GAP', 1, 'values in [70, 80) fall in no interval']]);
    expect(problems([iv('90', true, undefined, false), iv('80', true, '90', false)], REALS, false)).toEqual([]);
  });
});
