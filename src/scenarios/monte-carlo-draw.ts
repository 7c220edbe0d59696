/**
 * Turning a distribution into metric values: draw a float, round it to the
 * metric's precision (counts whole, others 2 decimals unless `places`;
 * Math.round, so halves go up), keep it in the metric's range. The engine
 * then scores the value exactly.
 */
import { usageError } from '../errors.js';
import type { MetricValue } from '../schema/assessment.js';
import type { MetricDef } from '../schema/criteria-set.js';
import type { Distribution } from '../schema/uncertainty.js';
import type { SeededRandom } from './seeded-random.js';

/**
 * Draws one metric's values as integer codes: a number times 10^places
 * (counts: the number itself), or 1 / 0 for true / false. Codes lie in
 * [low, high] (±Infinity when the range is open), so a row reading one
 * uncertain metric can keep its points per code.
 */
export interface Sampler {
  draw(rng: SeededRandom): number;
  /** The metric value a code stands for: decimal text, or a boolean. */
  value(code: number): MetricValue;
  readonly low: number;
  readonly high: number;
}

/** Redraws of a truncated normal before giving up and clamping (only for a range far in the tail). */
const MAX_REDRAWS = 64;

/**
 * A sampler for one metric of one unit; `current` is the unit's value (for `relative`).
 * @example const s = samplerOf('rate', { unit: 'percent' }, { uniform: { min: '50', max: '60' } }, undefined); s.value(s.draw(rng)) // '57.31'
 */
export function samplerOf(metric: string, def: MetricDef, d: Distribution, current: MetricValue | undefined): Sampler {
  const problem = distributionProblem(def, d);
  if (problem !== undefined) throw usageError('simulate', `${metric}: ${problem}`);
  if (d.probability !== undefined) {
    const p = Number(d.probability);
    return { draw: (rng) => (rng.next() < p ? 1 : 0), value: (code) => code === 1, low: 0, high: 1 };
  }
  const base = !d.relative ? 0 : typeof current === 'string' || typeof current === 'number' ? Number(current) : Number.NaN;
  if (Number.isNaN(base)) throw usageError('simulate', `${metric}: a relative distribution needs the unit's own value, which is missing`);
  const { lo, hi, places, scale, first, last } = codeRange(def, d);
  const code = (x: number) => Math.min(last, Math.max(first, Math.round(x * scale)));
  const value = (n: number): MetricValue => (places === 0 ? String(n) : fixed(n, places, scale));
  // Rounding is monotone, so the codes of [a, b] lie between the codes of a and b.
  const between = (a: number, b: number) => ({ value, low: code(Math.min(a, b)), high: code(Math.max(a, b)) });
  if (d.uniform) {
    const a = base + Number(d.uniform.min);
    const b = base + Number(d.uniform.max);
    return { draw: (rng) => code(rng.uniform(a, b)), ...between(a, b) };
  }
  if (d.triangular) {
    const [a, m, b] = [d.triangular.min, d.triangular.mode, d.triangular.max].map((x) => base + Number(x)) as [number, number, number];
    return { draw: (rng) => code(rng.triangular(a, m, b)), ...between(a, b) };
  }
  const mean = base + Number(d.normal!.mean);
  const sd = Number(d.normal!.sd);
  const draw = (rng: SeededRandom) => {
    let x = rng.normal(mean, sd);
    for (let k = 0; k < MAX_REDRAWS && (x < lo || x > hi); k++) x = rng.normal(mean, sd);
    return code(x);
  };
  return { draw, value, low: first, high: last };
}

/**
 * Why `d` cannot be drawn for a metric declared as `def`, or undefined: probability is for
 * booleans, ranges for numbers, and the range must hold a value at the rounding places.
 */
export function distributionProblem(def: MetricDef, d: Distribution): string | undefined {
  if (d.probability !== undefined) return def.unit === 'boolean' ? undefined : `probability is for boolean metrics; this one is ${def.unit}`;
  if (def.unit !== 'percent' && def.unit !== 'count' && def.unit !== 'number') return `ranges are for numbers; this metric is ${def.unit}`;
  const { lo, hi, places, first, last } = codeRange(def, d);
  return first > last ? `no value with ${places} decimals lies in the metric's range [${def.min ?? lo}, ${def.max ?? hi}]; give more places` : undefined;
}

/** The metric's range, the rounding, and the first and last codes inside the range (a bound finer than `places` rounds inwards). */
function codeRange(def: MetricDef, d: Distribution) {
  const lo = Number(def.min ?? (def.unit === 'number' ? -Infinity : 0));
  const hi = Number(def.max ?? (def.unit === 'percent' ? 100 : Infinity));
  const places = def.unit === 'count' ? 0 : (d.places ?? 2);
  const scale = 10 ** places;
  const first = lo === -Infinity ? -Infinity : inside(Math.round(lo * scale), (c) => c / scale >= lo, 1);
  const last = hi === Infinity ? Infinity : inside(Math.round(hi * scale), (c) => c / scale <= hi, -1);
  return { lo, hi, places, scale, first, last };
}

const inside = (c: number, ok: (c: number) => boolean, step: 1 | -1) => (ok(c) ? c : c + step);

/** n / 10^places written with exactly `places` decimals (toFixed without its float detour). */
function fixed(n: number, places: number, scale: number): string {
  const sign = n < 0 ? '-' : '';
  const a = Math.abs(n);
  const frac = String(a % scale).padStart(places, '0');
  return `${sign}${Math.floor(a / scale)}.${frac}`;
}
