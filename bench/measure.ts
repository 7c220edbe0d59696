/** Timing a batch of unit scorings, with peak RSS sampled inside the loop and the heap measured after gc. */
import { performance } from 'node:perf_hooks';
import type { Assessment } from '../src/schema/assessment.js';

const MB = 1024 * 1024;

export interface Measurement {
  readonly scorings: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly peakRssMB: number;
  readonly peakHeapMB: number;
  readonly heapAfterGcMB: number;
  /** What the scorer returned, summed: proof the work was used. */
  readonly checksum: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
export const hasGc = gc !== undefined;

export function heapAfterGc(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / MB;
}

/**
 * Scores every unit (repeating the batch until at least `minScorings`), sampling
 * RSS and heap every 1024 scorings; the scorer returns a number that is summed.
 */
export function measure(units: readonly Assessment[], score: (a: Assessment) => number, minScorings: number): Measurement {
  heapAfterGc();
  let { rss: peak, heapUsed: peakHeap } = process.memoryUsage();
  let checksum = 0;
  let scorings = 0;
  const start = performance.now();
  while (scorings < minScorings || scorings === 0) {
    for (let i = 0; i < units.length; i++) {
      checksum += score(units[i]!);
      if ((i & 1023) === 0) {
        const m = process.memoryUsage();
        peak = Math.max(peak, m.rss);
        peakHeap = Math.max(peakHeap, m.heapUsed);
      }
    }
    scorings += units.length;
  }
  const seconds = (performance.now() - start) / 1000;
  const end = process.memoryUsage();
  peak = Math.max(peak, end.rss);
  peakHeap = Math.max(peakHeap, end.heapUsed);
  return { scorings, seconds, perSecond: scorings / seconds, peakRssMB: peak / MB, peakHeapMB: peakHeap / MB, heapAfterGcMB: heapAfterGc(), checksum };
}
