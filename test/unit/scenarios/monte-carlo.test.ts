/** Monte Carlo: the seeded generator against reference outputs, reproducibility, convergence, incremental = full evaluation. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePlan, CriteriaSet, Decimal, evaluate, parseAssessment, parseCriteriaSet, ParIndexError, SeededRandom, simulate, streamSeed, type Assessment, type Uncertainty } from '../../../src/index.js';
import { unitScorer } from '../../../src/scenarios/incremental.js';
import { samplerOf } from '../../../src/scenarios/monte-carlo-draw.js';
import { totalFraction } from '../../../src/scenarios/monte-carlo-fast.js';
import { compareRational } from '../../../src/engine/rational.js';
import { rowsByMetric } from '../../../src/scenarios/target-reads.js';
import { assessment, leafSet, setInput } from '../../support/build.js';

const load = () => {
  const set = parseCriteriaSet(readFileSync('examples/example-department-2025.yaml', 'utf8'));
  const unit = parseAssessment(readFileSync('examples/so-tu-phap-2025.yaml', 'utf8'));
  if (!set.ok || !unit.ok) throw new Error('examples do not load');
  return { set: set.value, unit: unit.value };
};
const PINNED_STREAMS = [1366722792, 1970107473, 3920151124, 2988046779, 3339585315];
const U = (metrics: Uncertainty['metrics'], units: Uncertainty['units'] = {}): Uncertainty => ({ metrics, units, weights: {} });

describe('SeededRandom (mulberry32)', () => {
  // Outputs of Tommy Ettinger's reference C mulberry32 (uint32 state, x += 0x6D2B79F5), compiled and run for these seeds.
  it.each([
    [0, [1144304738, 1416247, 958946056, 627933444, 2007157716]],
    [1, [2693262067, 11749833, 2265367787, 4213581821, 4159151403]],
    [20251, [342874228, 1754884970, 3492009939, 3682091027, 2660075077]],
  ])('seed %i gives the reference outputs', (seed, expected) => {
    const rng = new SeededRandom(seed);
    expect(expected.map(() => rng.nextUint32())).toEqual(expected);
  });

  it('draws inside [0, 1), the triangular inside its bounds, and refuses a non-integer seed', () => {
    const rng = new SeededRandom(3);
    for (let k = 0; k < 2000; k++) {
      const x = rng.next();
      const t = rng.triangular(2, 3, 7);
      expect(x >= 0 && x < 1 && t >= 2 && t <= 7).toBe(true);
    }
    expect(() => new SeededRandom(1.5)).toThrow(RangeError);
  });
});

describe('samplerOf', () => {
  it('rounds percents to 2 decimals and counts to whole numbers, kept in the metric range', () => {
    const rng = new SeededRandom(9);
    const pct = samplerOf('r', { unit: 'percent' }, { normal: { mean: '99', sd: '5' } }, undefined);
    const count = samplerOf('n', { unit: 'count' }, { uniform: { min: '-3', max: '3' } }, undefined);
    for (let k = 0; k < 500; k++) {
      const p = pct.value(pct.draw(rng)) as string;
      const c = count.value(count.draw(rng)) as string;
      expect(p).toMatch(/^\d+\.\d\d$/);
      expect(Number(p)).toBeLessThanOrEqual(100);
      expect(c).toMatch(/^\d+$/);
    }
  });

  it('draws booleans with a probability and moves a relative range around the unit value', () => {
    const rng = new SeededRandom(4);
    const b = samplerOf('b', { unit: 'boolean' }, { probability: '0.25' }, undefined);
    const trues = Array.from({ length: 4000 }, () => b.value(b.draw(rng))).filter((x) => x === true).length;
    expect(Math.abs(trues / 4000 - 0.25)).toBeLessThan(0.03);
    const rel = samplerOf('r', { unit: 'percent' }, { uniform: { min: '-1', max: '1' }, relative: true }, '50');
    for (let k = 0; k < 100; k++) expect(Math.abs(Number(rel.value(rel.draw(rng))) - 50)).toBeLessThanOrEqual(1);
  });
});

describe('samplerOf codes', () => {
  it('keeps a range bound finer than the places inside the range, and says which codes it can draw', () => {
    const rng = new SeededRandom(8);
    const s = samplerOf('r', { unit: 'number', min: '0.005', max: '0.995' }, { uniform: { min: '-1', max: '2' } }, undefined);
    expect([s.low, s.high]).toEqual([1, 99]);
    const drawn = new Set(Array.from({ length: 3000 }, () => s.draw(rng)));
    expect(Math.min(...drawn)).toBe(1);
    expect(Math.max(...drawn)).toBe(99);
    expect([s.value(1), s.value(99), s.value(-250)]).toEqual(['0.01', '0.99', '-2.50']);
    const rel = samplerOf('r', { unit: 'percent' }, { uniform: { min: '-5', max: '5' }, relative: true, places: 1 }, '97.5');
    expect([rel.low, rel.high]).toEqual([925, 1000]);
    const open = samplerOf('x', { unit: 'number' }, { normal: { mean: '0', sd: '1' } }, undefined);
    expect([open.low, open.high]).toEqual([-Infinity, Infinity]);
    expect(() => samplerOf('r', { unit: 'number', min: '0.005', max: '0.009' }, { uniform: { min: '0', max: '1' } }, undefined)).toThrow("r: no value with 2 decimals lies in the metric's range [0.005, 0.009]; give more places");
    expect(samplerOf('r', { unit: 'number', min: '0.005', max: '0.009' }, { uniform: { min: '0', max: '1' }, places: 3 }, undefined).low).toBe(5);
    const b = samplerOf('b', { unit: 'boolean' }, { probability: '1' }, undefined);
    expect([b.draw(rng), b.value(1), b.value(0), b.low, b.high]).toEqual([1, true, false, 0, 1]);
  });
});

describe('streamSeed', () => {
  it('is fixed for a seed and a name (pinned: a change here changes every published simulation)', () => {
    expect([streamSeed(1, 'a'), streamSeed(1, 'b'), streamSeed(2, 'a'), streamSeed(-1, 'so-tu-phap'), streamSeed(2 ** 40 + 1, 'a')]).toEqual(PINNED_STREAMS);
    expect(new Set(Array.from({ length: 1000 }, (_, k) => streamSeed(7, `unit-${k}`))).size).toBe(1000);
    expect(() => streamSeed(0.5, 'a')).toThrow(RangeError);
  });
});

describe('simulate', () => {
  const { set, unit } = load();
  const u = U({ onlinePaymentRate: { uniform: { min: '40', max: '75' } }, planCompletionRate: { triangular: { min: '85', mode: '90', max: '95' } }, findingsNotCorrected: { uniform: { min: '0', max: '3' } }, initiatives: { uniform: { min: '0', max: '3' } } });

  it('is reproducible for a seed and differs for another', () => {
    const a = simulate(set, [unit], u, { draws: 300, seed: 11 });
    const b = simulate(set, [unit], u, { draws: 300, seed: 11 });
    const c = simulate(set, [unit], u, { draws: 300, seed: 12 });
    expect(b).toEqual(a);
    expect(c.units[0]!.index!.mean).not.toBe(a.units[0]!.index!.mean);
    expect(a.units[0]!.incremental).toBe(true);
  });

  it('gives ordered percentiles, band shares adding up to 1 and does not change its inputs', () => {
    const before = structuredClone(unit);
    const r = simulate(set, [unit], u, { draws: 500, seed: 2 }).units[0]!;
    const ix = r.index!;
    const order = [ix.min, ix.p5, ix.p50, ix.p95, ix.max].map((x) => new Decimal(x));
    for (let k = 1; k < order.length; k++) expect(order[k]!.gte(order[k - 1]!)).toBe(true);
    expect(Object.values(r.bands).reduce((s, b) => s + b.count, 0)).toBe(500);
    expect(unit).toEqual(before);
  });

  it('converges on a known mean: one proportional row, metric uniform on [40, 60] → mean index 50', () => {
    const one = leafSet({ kind: 'proportional', metric: 'rate' }, { rate: { unit: 'percent' } }, '2');
    const a = assessment({ rate: '50' });
    const err = (draws: number) => Math.abs(new Decimal(simulate(one, [a], U({ rate: { uniform: { min: '40', max: '60' } } }), { draws, seed: 5 }).units[0]!.index!.mean).minus(50).toNumber());
    // sd of U[40, 60] is 20/√12 ≈ 5.77: 4 standard errors.
    expect(err(400)).toBeLessThan(4 * 5.77 / Math.sqrt(400));
    expect(err(20_000)).toBeLessThan(4 * 5.77 / Math.sqrt(20_000));
  });

  it('ranks a batch: intervals inside 1..n, P(top k) rising with k', () => {
    const other = { ...unit, unit: { ...unit.unit, id: 'b', name: 'B' }, metrics: { ...unit.metrics, onlinePaymentRate: '60' } };
    const third = { ...unit, unit: { ...unit.unit, id: 'c', name: 'C' }, metrics: { ...unit.metrics, planCompletionRate: '95' } };
    const r = simulate(set, [unit, other, third], U({ onlinePaymentRate: { uniform: { min: '-10', max: '10' }, relative: true } }), { draws: 400, seed: 3, top: [1, 2] });
    for (const x of r.units) {
      expect(x.rank!.low).toBeGreaterThanOrEqual(1);
      expect(x.rank!.high).toBeLessThanOrEqual(3);
      expect(Number(x.rank!.top['1']!.probability)).toBeLessThanOrEqual(Number(x.rank!.top['2']!.probability));
    }
    expect(r.units[2]!.rank).toMatchObject({ low: 1, high: 1 });
  });

  it('gives each unit its own stream: adding, removing or reordering units leaves the others\' distributions as they were', () => {
    const other = { ...unit, unit: { ...unit.unit, id: 'b', name: 'B' }, metrics: { ...unit.metrics, onlinePaymentRate: '60' } };
    const third = { ...unit, unit: { ...unit.unit, id: 'c', name: 'C' } };
    const alone = simulate(set, [unit], u, { draws: 300, seed: 9 }).units[0]!;
    const batch = simulate(set, [third, unit, other], u, { draws: 300, seed: 9 }).units;
    const pair = simulate(set, [other, unit], u, { draws: 300, seed: 9 }).units;
    for (const got of [batch[1]!, pair[1]!]) expect({ index: got.index, bands: got.bands }).toEqual({ index: alone.index, bands: alone.bands });
    expect({ index: pair[0]!.index, bands: pair[0]!.bands }).toEqual({ index: batch[2]!.index, bands: batch[2]!.bands });
    // Same data, another id: another stream.
    expect(batch[0]!.index!.mean).not.toBe(batch[1]!.index!.mean);
    // A repeated id still gets a stream of its own.
    const twice = simulate(set, [unit, unit], u, { draws: 300, seed: 9 }).units;
    expect(twice[0]!.index).toEqual(alone.index);
    expect(twice[1]!.index!.mean).not.toBe(alone.index!.mean);
  });

  it('draws part weights: a part the set lacks, a set without parts or a boolean distribution is bad data; weights all 0 leave no index', () => {
    const codes = (run: () => unknown) => {
      try {
        run();
      } catch (e) {
        return (e as ParIndexError).issues.map((i) => `${i.path} ${i.code}`);
      }
      return [];
    };
    const W = (weights: Uncertainty['weights']): Uncertainty => ({ metrics: {}, units: {}, weights });
    expect(codes(() => simulate(set, [unit], W({ surveys: { uniform: { min: '1', max: '2' } }, survey: { probability: '0.5' } })))).toEqual(['weights.surveys UNKNOWN_PART', 'weights.survey WEIGHT_DISTRIBUTION']);
    const plain = leafSet({ kind: 'proportional', metric: 'rate' }, { rate: { unit: 'percent' } }, '2');
    expect(codes(() => simulate(plain, [assessment({ rate: '50' })], W({ survey: { uniform: { min: '1', max: '2' } } })))).toEqual(['weights.survey UNKNOWN_PART']);
    const none = simulate(set, [unit], W({ self: { uniform: { min: '0', max: '0' } }, survey: { uniform: { min: '-9', max: '0' } } }), { draws: 50 }).units[0]!;
    expect({ draws: none.draws, noIndex: none.noIndex, index: none.index }).toEqual({ draws: 0, noIndex: 50, index: null });
    // A set whose parts weigh nothing has no index; drawn weights give it one, exactly the index under those weights.
    const weightless = structuredClone(set);
    for (const p of weightless.index!.parts) p.weight = '0';
    const back = simulate(weightless, [unit], W({ self: { uniform: { min: '15', max: '15' } }, survey: { uniform: { min: '5', max: '5' } } }), { draws: 10 }).units[0]!;
    const original = evaluate(compilePlan(set), unit).index!.toString();
    expect({ baseline: back.baseline.index, min: back.index!.min, max: back.index!.max }).toEqual({ baseline: null, min: original, max: original });
    // Only the survey weighs: the index is the survey part's share.
    const surveyOnly = simulate(set, [unit], W({ self: { uniform: { min: '0', max: '0' } } }), { draws: 20 }).units[0]!;
    expect(surveyOnly.index!.min).toBe(surveyOnly.index!.max);
    expect(surveyOnly.incremental).toBe(true);
  });

  it('reports a metric or unit that does not exist as bad data, and bad options as misuse', () => {
    expect(() => simulate(set, [unit], U({ nope: { uniform: { min: '0', max: '1' } } }))).toThrow(ParIndexError);
    // A distribution that does not fit its metric is a problem of the uncertainty file, with its path.
    try {
      simulate(set, [unit], U({ onlinePaymentRate: { probability: '0.5' } }, { [unit.unit.id]: { reportsComplete: { uniform: { min: '0', max: '1' } } } }));
      expect.fail('no error');
    } catch (e) {
      expect((e as ParIndexError).issues.map((i) => `${i.path} ${i.code}: ${i.message}`)).toEqual([
        'metrics.onlinePaymentRate DISTRIBUTION_MISMATCH: onlinePaymentRate: probability is for boolean metrics; this one is percent',
        `units.${unit.unit.id}.reportsComplete DISTRIBUTION_MISMATCH: reportsComplete: ranges are for numbers; this metric is boolean`,
      ]);
    }
    expect(() => simulate(set, [unit], U({}, { ghost: {} }))).toThrow(/UNKNOWN_UNIT|ghost/);
    expect(() => simulate(set, [unit], u, { draws: 0 })).toThrow(/draws/);
    expect(() => simulate(set, [unit], u, { draws: 1_000_001 })).toThrow(/draws must be at most 1,000,000/);
  });
});

describe('incremental re-scoring', () => {
  const full = (set: CriteriaSet, a: Assessment, metrics: string[], values: string[]) => {
    const patched = { ...a, metrics: { ...a.metrics, ...Object.fromEntries(metrics.map((m, k) => [m, values[k]!])) } };
    return evaluate(compilePlan(set), patched).indexFraction;
  };

  it('equals a full evaluation on random draws (weighted parts, bonus cap, deductions, ratio, finer points)', () => {
    const { set, unit } = load();
    const plan = compilePlan(set);
    const metrics = ['onlinePaymentRate', 'planCompletionRate', 'findingsNotCorrected', 'initiatives', 'dossiersOnTime', 'satisfactionRate'];
    const scorer = unitScorer(plan, unit, metrics, rowsByMetric(plan), undefined);
    const rng = new SeededRandom(77);
    for (let k = 0; k < 300; k++) {
      const values = [rng.uniform(0, 100).toFixed(2), rng.uniform(60, 100).toFixed(3), String(Math.floor(rng.uniform(0, 8))), String(Math.floor(rng.uniform(0, 5))), String(Math.floor(rng.uniform(2700, 2900))), rng.uniform(50, 100).toFixed(1)];
      const want = full(set, unit, metrics, values);
      const got = scorer.score(values);
      expect(got === null ? null : new Decimal(String(got.num)).div(String(got.den)).toFixed(28)).toBe(want === null ? null : new Decimal(String(want.num)).div(String(want.den)).toFixed(28));
    }
  });

  it('coded: row tables (whole and finer points, a row changing status), rows reading two drawn metrics and a capped bonus equal a full evaluation for every code', () => {
    const set = CriteriaSet.parse(setInput(
      [
        { code: '1', name: 'tỷ lệ', maxPoints: '0.75', rule: { kind: 'proportional', metric: 'rate', full: '80' } },
        { code: '2', name: 'mức', maxPoints: '2', rule: { kind: 'tiers', metric: 'rate', tiers: [{ min: '70', points: '2' }, { min: '50', max: '70', maxInclusive: false, points: '1' }, { max: '50', maxInclusive: false, points: '0' }] } },
        { code: '3', name: 'đúng hạn', maxPoints: '1', rule: { kind: 'ratio', numerator: 'onTime', denominator: 'total', zeroDenominator: 'full' } },
        { code: '4', name: 'công khai', maxPoints: '1', rule: { kind: 'pass-fail', metric: 'published' } },
        { code: '5', name: 'đúng hạn / đã giải quyết', maxPoints: '1', rule: { kind: 'ratio', numerator: 'onTime', denominator: 'handled', zeroDenominator: 'full' } },
      ],
      {
        metrics: { rate: { unit: 'percent' }, onTime: { unit: 'count' }, total: { unit: 'count' }, handled: { unit: 'count' }, published: { unit: 'boolean' }, initiatives: { unit: 'count' } },
        adjustments: { bonus: { cap: '1', items: [{ code: 'B1', name: 'sáng kiến', maxPoints: '2', rule: { kind: 'per-occurrence', metric: 'initiatives', each: '0.5' } }] } },
      },
    ));
    const plan = compilePlan(set);
    // Row 5 reads one drawn metric (onTime) and one fixed (handled = 10): a table that says when the row stops being scored.
    const a = assessment({ rate: '55', onTime: '8', total: '12', handled: '10', published: true, initiatives: '1' });
    const metrics = ['rate', 'onTime', 'total', 'published', 'initiatives'];
    const samplers = [
      samplerOf('rate', set.metrics.rate!, { uniform: { min: '40', max: '90' }, places: 1 }, undefined),
      samplerOf('onTime', set.metrics.onTime!, { uniform: { min: '5', max: '12' } }, undefined),
      samplerOf('total', set.metrics.total!, { uniform: { min: '11', max: '13' } }, undefined),
      samplerOf('published', set.metrics.published!, { probability: '0.5' }, undefined),
      samplerOf('initiatives', set.metrics.initiatives!, { uniform: { min: '0', max: '4' } }, undefined),
    ];
    const s = unitScorer(plan, a, metrics, rowsByMetric(plan), undefined, true);
    const fast = s.coded(samplers);
    const rng = new SeededRandom(31);
    let onFast = 0;
    for (let k = 0; k < 600; k++) {
      // Every rate code from 40.0 to 90.0 at least once, the others drawn.
      const codes = [400 + (k % 501), ...samplers.slice(1).map((x) => x.draw(rng))];
      const values = codes.map((c, m) => samplers[m]!.value(c));
      const want = full(set, a, metrics, values as string[]);
      const total = fast(codes);
      if (Number.isNaN(total)) {
        // Off the fast path only where row 5 stops being scored (more on time than handled); the full evaluation then has no index.
        expect(Number(values[1])).toBeGreaterThan(10);
        expect(want).toBeNull();
        continue;
      }
      onFast++;
      expect(compareRational(totalFraction(total, s.applicableUnits, s.rest), want!)).toBe(0);
    }
    expect(onFast).toBeGreaterThan(300);
    expect(onFast).toBeLessThan(600);
  });

  it('takes the fast path on a plain set and agrees with the exact fraction', () => {
    const set = leafSet({ kind: 'proportional', metric: 'rate', full: '80' }, { rate: { unit: 'percent' } }, '0.75');
    const plan = compilePlan(set);
    const a = assessment({ rate: '50' });
    const s = unitScorer(plan, a, ['rate'], rowsByMetric(plan), undefined, true);
    const rate = samplerOf('rate', set.metrics.rate!, { uniform: { min: '0', max: '100' } }, undefined);
    const fastOf = s.coded([rate]);
    for (const v of ['57.31', '79.99', '80', '0', '33.33']) {
      const total = fastOf([Math.round(Number(v) * 100)]);
      expect(Number.isNaN(total)).toBe(false);
      const f = full(set, a, ['rate'], [v])!;
      // (total micro-points + rest quanta) / applicable micro-points × 100
      const fast = new Decimal(total).plus(new Decimal(String(s.rest)).div('1e24')).times(100).div(s.applicableUnits);
      expect(fast.toFixed(24)).toBe(new Decimal(String(f.num)).div(String(f.den)).toFixed(24));
    }
  });
});
