/** Bench row: Monte Carlo, 10,000 draws × 100 units × 5 uncertain metrics (goal < 5 s); time and peak RSS. */
import { performance } from 'node:perf_hooks';
import { simulate, type CriteriaSet, type Uncertainty } from '../src/index.js';
import type { Assessment } from '../src/schema/assessment.js';
import { heapAfterGc } from './measure.js';

const MB = 1024 * 1024;
/** The five rates the generated set shares between rows (bench/generate-set.ts). */
const SHARED_RATES = ['onTimeRate', 'onlineRate', 'paymentRate', 'digitisedRate', 'satisfactionRate'];

export interface MonteCarloRun {
  readonly draws: number;
  readonly units: number;
  readonly metrics: number;
  readonly seconds: number;
  /** CPU time of this process over the run (user + system): the wall time less what other processes took. */
  readonly cpuSeconds: number;
  readonly peakRssMB: number;
  readonly incrementalUnits: number;
  readonly meanOfFirst: string;
}

/** Each shared rate drawn ±5 points around the unit's own value (uniform), seeded; times `simulate` end to end. */
export function benchMonteCarlo(set: CriteriaSet, units: readonly Assessment[], draws = 10_000): MonteCarloRun {
  const metrics = SHARED_RATES.filter((m) => m in set.metrics);
  const uncertainty: Uncertainty = { metrics: Object.fromEntries(metrics.map((m) => [m, { uniform: { min: '-5', max: '5' }, relative: true }])), units: {}, weights: {} };
  simulate(set, units.slice(0, 10), uncertainty, { draws: 200, seed: 1 }); // warm-up, untimed
  heapAfterGc();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const r = simulate(set, units, uncertainty, { draws, seed: 20251 });
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { draws, units: units.length, metrics: metrics.length, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRssMB: peak / MB, incrementalUnits: r.units.filter((u) => u.incremental).length, meanOfFirst: r.units[0]?.index?.mean ?? '—' };
}
