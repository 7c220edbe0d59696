/** Random assessments for a generated set: values in range (thresholds hit exactly), some missing, a few invalid. */
import fc from 'fast-check';
import { Decimal } from '../../src/decimal.js';
import type { AssessmentInput, MetricEntry } from '../../src/schema/assessment.js';
import { LEVELS, UNIT_TYPES, type MetricModel, type SetModel } from './model.js';

const INVALID_NUMBERS = ['92,38', 'abc', '', '5%', '1e3', '- 1', '0x10', true, '１２'] as const;
const INVALID_DATES = ['2025-02-30', 'soon', '2025/01/01', 20250101, true] as const;

/** One metric's raw draws; `finishValue` turns them into an entry once the cap metric is known. */
const draw = fc.record({
  roll: fc.integer({ min: 0, max: 99 }),
  pick: fc.integer({ min: 0, max: 9 }),
  k: fc.integer({ min: 0, max: 1_000_000 }),
  interesting: fc.nat(),
  asNumber: fc.integer({ min: 0, max: 4 }).map((x) => x === 0),
  wrap: fc.integer({ min: 0, max: 9 }).map((x) => x === 0),
  invalid: fc.nat(),
});
type Draw = typeof draw extends fc.Arbitrary<infer T> ? T : never;

export function assessmentFor(model: SetModel): fc.Arbitrary<AssessmentInput> {
  return fc
    .record({
      year: fc.constantFrom(2024, 2025),
      level: fc.constantFrom(...LEVELS),
      type: fc.option(fc.constantFrom(...UNIT_TYPES), { nil: undefined, freq: 4 }),
      missingRate: fc.constantFrom(0, 0, 0, 5, 40),
      invalidRate: fc.constantFrom(0, 0, 0, 0, 3),
      draws: fc.array(draw, { minLength: model.metrics.length, maxLength: model.metrics.length }),
      points: fc.array(draw, { minLength: model.manual.length, maxLength: model.manual.length }),
      na: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: model.naAllowed.length, maxLength: model.naAllowed.length }),
    })
    .map((g) => {
      const metrics: Record<string, MetricEntry> = {};
      const values = new Map<string, string>();
      const order = [...model.metrics].sort((a, b) => Number(a.capBy !== undefined) - Number(b.capBy !== undefined));
      for (const m of order) {
        const d = g.draws[model.metrics.indexOf(m)]!;
        if (d.roll < g.missingRate) continue;
        const valid = d.roll < 100 - g.invalidRate;
        const entry = valid ? validValue(m, d, g.year, m.capBy === undefined ? undefined : values.get(m.capBy)) : invalidValue(m, d);
        if (valid && (typeof entry === 'string' || typeof entry === 'number')) values.set(m.id, String(entry));
        metrics[m.id] = d.wrap ? { value: entry, source: 'generated' } : entry;
      }
      const points: Record<string, string> = {};
      model.manual.forEach((row, i) => {
        const d = g.points[i]!;
        if (d.roll >= g.missingRate) points[row.code] = d.roll >= 100 - g.invalidRate ? ['-0.25', '99', '0.0001'][d.pick % 3]! : manualPoints(row.max, row.step, d.k);
      });
      const notApplicable = Object.fromEntries(model.naAllowed.flatMap((code, i) => (g.na[i] === 0 ? [[code, 'không phát sinh']] : [])));
      return {
        criteriaSet: { id: 'prop-set', version: '1' },
        unit: { id: 'u1', name: 'Đơn vị', level: g.level, ...(g.type !== undefined && { type: g.type }) },
        year: g.year,
        metrics,
        points,
        notApplicable,
      };
    });
}

function invalidValue(m: MetricModel, d: Draw): Exclude<MetricEntry, object | null> {
  const list = m.def.unit === 'date' ? INVALID_DATES : m.def.unit === 'boolean' ? ['yes', 1] : INVALID_NUMBERS;
  return list[d.invalid % list.length]!;
}

function validValue(m: MetricModel, d: Draw, year: number, cap: string | undefined): string | number | boolean | null {
  const { unit } = m.def;
  if (unit === 'boolean') return d.k % 2 === 0;
  if (unit === 'date') return d.pick === 0 ? null : isoDay(year, (d.k % 500) - 60);
  const text = numericValue(m, d, cap);
  const n = Number(text);
  return d.asNumber && String(n) === text ? n : text;
}

/** A value in [min, max] (or up to `cap`): a threshold, a bound, a grid value or a long decimal. */
function numericValue(m: MetricModel, d: Draw, cap: string | undefined): string {
  const lo = new Decimal(m.min ?? '-100');
  let hi = new Decimal(m.max ?? lo.plus(200));
  if (cap !== undefined && new Decimal(cap).lt(hi)) hi = Decimal.max(lo, new Decimal(cap));
  const whole = m.def.unit === 'count';
  const inRange = (v: Decimal) => v.gte(lo) && v.lte(hi);
  if (d.pick < 3 && m.interesting.length > 0) {
    const v = new Decimal(m.interesting[d.interesting % m.interesting.length]!);
    if (inRange(v) && (!whole || v.isInteger())) return v.toString();
  }
  if (d.pick === 3) return lo.toString();
  if (d.pick === 4) return hi.toString();
  const span = hi.minus(lo);
  let v = lo.plus(span.times(d.k).div(1_000_000));
  v = whole ? v.floor() : d.pick === 5 ? v.toDecimalPlaces(2) : v.toDecimalPlaces(3);
  if (!whole && d.pick === 9 && v.plus('1e-18').lte(hi)) v = v.plus('1e-18');
  return v.toFixed();
}

function manualPoints(max: string, step: string | undefined, k: number): string {
  const grid = new Decimal(step ?? '0.001');
  const steps = new Decimal(max).div(grid).floor().toNumber();
  return grid.times(k % (steps + 1)).toString();
}

function isoDay(year: number, offset: number): string {
  return new Date(Date.UTC(year, 0, 1 + offset)).toISOString().slice(0, 10);
}
