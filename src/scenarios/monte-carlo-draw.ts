/**
 * Turning a distribution into metric values: draw a float, round half-up to
 * the metric's precision (counts whole, others 2 decimals unless `places`),
 * keep it in the metric's range. The engine then scores the value exactly.
 */
import { usageError } from '../errors.js';
import type { MetricValue } from '../schema/assessment.js';
import type { MetricDef } from '../schema/criteria-set.js';
import type { Distribution } from '../schema/uncertainty.js';
import type { SeededRandom } from './seeded-random.js';

export type Sampler = (rng: SeededRandom) => MetricValue;

/** Redraws of a truncated normal before giving up and clamping (only for a range far in the tail). */
const MAX_REDRAWS = 64;

/**
 * A sampler for one metric of one unit; `current` is the unit's value (for `relative`).
 * @example samplerOf('rate', { unit: 'percent' }, { uniform: { min: '50', max: '60' } }, undefined)(rng) // '57.31'
 */
export function samplerOf(metric: string, def: MetricDef, d: Distribution, current: MetricValue | undefined): Sampler {
  if (d.probability !== undefined) {
    if (def.unit !== 'boolean') throw usageError('simulate', `${metric}: probability is for boolean metrics; ${metric} is ${def.unit}`);
    const p = Number(d.probability);
    return (rng) => rng.next() < p;
  }
  if (def.unit !== 'percent' && def.unit !== 'count' && def.unit !== 'number') throw usageError('simulate', `${metric}: ranges are for numbers; ${metric} is ${def.unit}`);
  const base = !d.relative ? 0 : typeof current === 'string' || typeof current === 'number' ? Number(current) : Number.NaN;
  if (Number.isNaN(base)) throw usageError('simulate', `${metric}: a relative distribution needs the unit's own value, which is missing`);
  const lo = Number(def.min ?? (def.unit === 'number' ? -Infinity : 0));
  const hi = Number(def.max ?? (def.unit === 'percent' ? 100 : Infinity));
  const places = def.unit === 'count' ? 0 : (d.places ?? 2);
  const scale = 10 ** places;
  const round = (x: number) => {
    const n = Math.round(Math.min(hi, Math.max(lo, x)) * scale);
    return places === 0 ? String(n) : fixed(n, places, scale);
  };
  if (d.uniform) {
    const a = base + Number(d.uniform.min);
    const b = base + Number(d.uniform.max);
    return (rng) => round(rng.uniform(a, b));
  }
  if (d.triangular) {
    const [a, m, b] = [d.triangular.min, d.triangular.mode, d.triangular.max].map((x) => base + Number(x)) as [number, number, number];
    return (rng) => round(rng.triangular(a, m, b));
  }
  const mean = base + Number(d.normal!.mean);
  const sd = Number(d.normal!.sd);
  return (rng) => {
    let x = rng.normal(mean, sd);
    for (let k = 0; k < MAX_REDRAWS && (x < lo || x > hi); k++) x = rng.normal(mean, sd);
    return round(x);
  };
}

/** n / 10^places written with exactly `places` decimals (toFixed without its float detour). */
function fixed(n: number, places: number, scale: number): string {
  const sign = n < 0 ? '-' : '';
  const a = Math.abs(n);
  const frac = String(a % scale).padStart(places, '0');
  return `${sign}${Math.floor(a / scale)}.${frac}`;
}
