/**
 * `simulate` against a naive reference that scores every draw with a full
 * `evaluate`: same seed, same draws, so every figure must be equal — the fast
 * path (micro-points and quanta), the fallback when a draw changes whether a
 * row is scored, capped bonus and penalty, and exact ranks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePlan, evaluate, meanOf, parseAssessment, parseCriteriaSet, ranksOf, SeededRandom, simulate, streamSeed, type Assessment, type CriteriaSet, type Uncertainty } from '../../../src/index.js';
import { compareRational, rationalText, type Rational } from '../../../src/engine/rational.js';
import { samplerOf } from '../../../src/scenarios/monte-carlo-draw.js';
import { nearestRank } from '../../../src/scenarios/monte-carlo-stats.js';

const SET = 'criteria/department-example/criteria.yaml';
const set = (() => {
  const r = parseCriteriaSet(readFileSync(SET, 'utf8'));
  if (!r.ok) throw new Error('set does not load');
  return r.value;
})();
const units: Assessment[] = readdirSync('examples/province-batch')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parseAssessment(readFileSync(`examples/province-batch/${f}`, 'utf8')))
  .flatMap((r) => (r.ok && r.value.criteriaSet.id === set.id ? [r.value] : []));

const uncertainty: Uncertainty = {
  metrics: {
    onlinePaymentRate: { uniform: { min: '-10', max: '10' }, relative: true },
    fullyOnlineRate: { triangular: { min: '40', mode: '70', max: '95' }, places: 3 },
    initiatives: { uniform: { min: '0', max: '4' } },
    lateReportsReminded: { uniform: { min: '0', max: '6' } },
    // Fewer received than handled makes the ratio row invalid (no index that draw): it leaves the fast path.
    feedbackReceived: { uniform: { min: '-2', max: '2' }, relative: true },
  },
  units: {},
  weights: {},
};

/**
 * Every draw scored by a full `evaluate`; with drawn weights, against a set whose parts carry
 * that draw's weights, compiled afresh (weights from the set's stream, named '', in parts order).
 */
function reference(set: CriteriaSet, units: readonly Assessment[], uncertainty: Uncertainty, draws: number, seed: number) {
  const basePlan = compilePlan(set);
  const parts = set.index?.parts ?? [];
  const weightRng = new SeededRandom(streamSeed(seed, ''));
  const weightSamplers = parts.map((p) => uncertainty.weights[p.id] && samplerOf(p.id, { unit: 'number', min: '0' }, uncertainty.weights[p.id]!, p.weight));
  // Each unit draws from its own stream, named by its id.
  const rngs = units.map((a) => new SeededRandom(streamSeed(seed, a.unit.id)));
  const own = units.map((a) => {
    const known = evaluate(basePlan, a).assessment.metrics;
    const value = (m: string) => {
      const e = known[m];
      return e !== null && typeof e === 'object' ? e.value : e;
    };
    const metrics = Object.keys(uncertainty.metrics).filter((m) => !uncertainty.metrics[m]!.relative || (value(m) !== undefined && value(m) !== null));
    return { metrics, samplers: metrics.map((m) => samplerOf(m, set.metrics[m]!, uncertainty.metrics[m]!, value(m))) };
  });
  const values: Rational[][] = units.map(() => []);
  const bands: Map<string, number>[] = units.map(() => new Map());
  const ranks: number[][] = units.map(() => []);
  for (let k = 0; k < draws; k++) {
    let plan = basePlan;
    if (weightSamplers.some((x) => x !== undefined)) {
      const weighted = structuredClone(set);
      weighted.index!.parts.forEach((p, i) => {
        const sampler = weightSamplers[i];
        if (sampler) p.weight = sampler.value(sampler.draw(weightRng)) as string;
      });
      plan = compilePlan(weighted);
    }
    const drawn = units.map((a, u) => {
      const patch = Object.fromEntries(own[u]!.metrics.map((m, i) => [m, own[u]!.samplers[i]!.value(own[u]!.samplers[i]!.draw(rngs[u]!))]));
      const ev = evaluate(plan, { ...a, metrics: { ...a.metrics, ...patch } });
      if (ev.indexFraction !== null) {
        values[u]!.push(ev.indexFraction);
        if (ev.band !== null) bands[u]!.set(ev.band, (bands[u]!.get(ev.band) ?? 0) + 1);
      }
      return ev.indexFraction;
    });
    ranksOf(drawn, 'competition').forEach((r, u) => r !== null && ranks[u]!.push(r));
  }
  return units.map((_, u) => {
    const sorted = [...values[u]!].sort(compareRational);
    const at = (p: number) => rationalText(nearestRank(sorted, p));
    const rs = [...ranks[u]!].sort((a, b) => a - b);
    return {
      draws: sorted.length,
      index: { mean: rationalText(meanOf(sorted)!), min: at(0), p5: at(0.05), p50: at(0.5), p95: at(0.95), max: rationalText(sorted[sorted.length - 1]!) },
      bands: Object.fromEntries(set.bands.map((b) => [b.label, bands[u]!.get(b.label) ?? 0])),
      rank: { low: nearestRank(rs, 0.05), median: nearestRank(rs, 0.5), high: nearestRank(rs, 0.95), top3: rs.filter((r) => r <= 3).length },
    };
  });
}

describe('simulate = full evaluation of the same draws', () => {
  it('gives the same distribution, bands and ranks for every unit', () => {
    expect(units.length).toBeGreaterThan(5);
    const got = simulate(set, units, uncertainty, { draws: 300, seed: 42, top: [3] });
    const want = reference(set, units, uncertainty, 300, 42);
    got.units.forEach((u, k) => {
      const w = want[k]!;
      expect({ draws: u.draws + u.noIndex === 300, index: u.index, bands: Object.fromEntries(Object.entries(u.bands).map(([b, c]) => [b, c.count])) }).toEqual({ draws: true, index: w.index, bands: w.bands });
      expect(u.draws).toBe(w.draws);
      expect({ low: u.rank!.low, median: u.rank!.median, high: u.rank!.high, top3: u.rank!.top['3']!.count }).toEqual(w.rank);
    });
    expect(got.units.every((u) => u.incremental)).toBe(true);
    expect(got.units.some((u) => u.noIndex > 0)).toBe(true);
  });
});

describe('simulate with drawn part weights = full evaluation against a set carrying each draw\'s weights', () => {
  const weighted = (() => {
    const r = parseCriteriaSet(readFileSync('examples/example-department-2025.yaml', 'utf8'));
    if (!r.ok) throw new Error('set does not load');
    return r.value;
  })();
  const stp = (() => {
    const r = parseAssessment(readFileSync('examples/so-tu-phap-2025.yaml', 'utf8'));
    if (!r.ok) throw new Error('unit does not load');
    return r.value;
  })();
  // Three units differing in the survey and in the rest, so a heavier survey reorders them.
  const three = [
    stp,
    { ...stp, unit: { ...stp.unit, id: 'b', name: 'B' }, metrics: { ...stp.metrics, satisfactionRate: '99', onlinePaymentRate: '40' } },
    { ...stp, unit: { ...stp.unit, id: 'c', name: 'C' }, metrics: { ...stp.metrics, satisfactionRate: '70', onlinePaymentRate: '90' } },
  ];

  it.each([
    ['weights only (baseline parts re-weighted)', { metrics: {}, units: {}, weights: { survey: { uniform: { min: '0', max: '12' } } } }, true],
    ['weights and metrics (full evaluation per draw)', { metrics: { onlinePaymentRate: { uniform: { min: '-10', max: '10' }, relative: true } }, units: {}, weights: { self: { triangular: { min: '-3', mode: '0', max: '3' }, relative: true, places: 1 }, survey: { normal: { mean: '5', sd: '2' } } } }, false],
  ] as const)('%s', (_, u, incremental) => {
    const uncertainty = u as unknown as Uncertainty;
    const got = simulate(weighted, three, uncertainty, { draws: 200, seed: 5, top: [1] });
    const want = reference(weighted, three, uncertainty, 200, 5);
    got.units.forEach((x, k) => {
      const w = want[k]!;
      expect({ draws: x.draws, index: x.index, bands: Object.fromEntries(Object.entries(x.bands).map(([b, c]) => [b, c.count])) }).toEqual({ draws: w.draws, index: w.index, bands: w.bands });
      expect({ low: x.rank!.low, median: x.rank!.median, high: x.rank!.high }).toEqual({ low: w.rank.low, median: w.rank.median, high: w.rank.high });
      expect(x.incremental).toBe(incremental);
    });
    // The weights moved the ranks: someone is not always in the same place.
    expect(got.units.some((x) => x.rank!.low !== x.rank!.high)).toBe(true);
  });
});
