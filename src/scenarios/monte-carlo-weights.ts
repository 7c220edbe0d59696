/**
 * Monte Carlo over the weights of a set's index parts (e.g. the survey's share
 * of the index while the Ministry has not fixed it). Every unit is scored by
 * the same set, so a draw's weights are drawn once, from the set's own stream,
 * and shared by every unit: they move the units together, and the ranks show
 * who gains from a heavier part. A unit with uncertain metrics too is fully
 * evaluated each draw; one without re-weights its baseline parts.
 */
import { formatPath, type Issue } from '../errors.js';
import type { Plan } from '../engine/compile.js';
import { evaluate, type Evaluation } from '../engine/evaluate.js';
import { decimalRational, type Rational } from '../engine/rational.js';
import { reweightedIndex } from '../engine/totals.js';
import type { MetricEntry } from '../schema/assessment.js';
import type { CriteriaSet } from '../schema/criteria-set.js';
import type { Uncertainty } from '../schema/uncertainty.js';
import { recordExact } from './monte-carlo-fast.js';
import { samplerOf, type Sampler } from './monte-carlo-draw.js';
import type { UnitRun } from './monte-carlo.js';
import { SeededRandom, streamSeed } from './seeded-random.js';

/** The name of the set's stream. Unit ids are never empty, so no unit draws from it. */
export const SET_STREAM = '';

/** Problems of `weights`: a part the set does not have, or a distribution a weight cannot take. */
export function checkWeights(set: CriteriaSet, u: Uncertainty): Issue[] {
  const ids = set.index?.parts.map((p) => p.id) ?? [];
  return Object.entries(u.weights).flatMap(([id, d]): Issue[] => {
    const path = formatPath(['weights', id]);
    if (ids.length === 0) return [{ code: 'UNKNOWN_PART', severity: 'error', path, message: `criteria set ${set.id} has no weighted parts (index.parts), so there is no weight "${id}" to draw` }];
    if (!ids.includes(id)) return [{ code: 'UNKNOWN_PART', severity: 'error', path, message: `criteria set ${set.id} has no index part "${id}" (its parts: ${ids.join(', ')})` }];
    if (d.probability !== undefined) return [{ code: 'WEIGHT_DISTRIBUTION', severity: 'error', path, message: 'a weight is a number: give uniform, triangular or normal, not probability' }];
    return [];
  });
}

/** Each draw's weights, one per part in the set's order; undefined when no weight is uncertain. */
export interface WeightDraws {
  at(draw: number): readonly Rational[];
}

/** Draws every draw's weights up front from the set's stream (codes kept, fractions built on use). */
export function drawWeights(plan: Plan, u: Uncertainty, seed: number, draws: number): WeightDraws | undefined {
  const parts = plan.set.index?.parts ?? [];
  if (Object.keys(u.weights).length === 0 || parts.length === 0) return undefined;
  const fixed = plan.parts!.map((p) => decimalRational(p.weight));
  // A weight is a number ≥ 0; `relative` moves the set's own weight.
  const samplers: (Sampler | undefined)[] = parts.map((p) => {
    const d = u.weights[p.id];
    return d === undefined ? undefined : samplerOf(`weights.${p.id}`, { unit: 'number', min: '0' }, d, p.weight);
  });
  const scales = parts.map((p) => 10n ** BigInt(u.weights[p.id]?.places ?? 2));
  const rng = new SeededRandom(streamSeed(seed, SET_STREAM));
  const codes = new Float64Array(draws * parts.length);
  for (let k = 0; k < draws; k++) for (let p = 0; p < parts.length; p++) codes[k * parts.length + p] = samplers[p]?.draw(rng) ?? 0;
  return {
    at: (k) => parts.map((_, p) => (samplers[p] === undefined ? fixed[p]! : { num: BigInt(codes[k * parts.length + p]!), den: scales[p]! })),
  };
}

/** Every draw of one unit under drawn weights: its parts (re-evaluated when its metrics are drawn too) re-weighted exactly. */
export function drawUnitReweighted(r: UnitRun, plan: Plan, metrics: readonly string[], samplers: readonly Sampler[], rng: SeededRandom, weights: WeightDraws, asOf: string | undefined): void {
  const base: Evaluation = r.scorer.baseline;
  const draws = r.totals.length;
  for (let k = 0; k < draws; k++) {
    let ev = base;
    if (samplers.length > 0) {
      const patched: Record<string, MetricEntry> = { ...r.a.metrics };
      for (let m = 0; m < samplers.length; m++) patched[metrics[m]!] = samplers[m]!.value(samplers[m]!.draw(rng));
      ev = evaluate(plan, { ...r.a, metrics: patched }, { asOf });
    }
    recordExact(r, k, reweightedIndex(ev, weights.at(k)), plan.bands);
  }
}
