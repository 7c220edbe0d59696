/** Bench row: the 150-unit ranking workbook (summary + 150 score sheets), built and written to a buffer; time and peak RSS. */
import { performance } from 'node:perf_hooks';
import { rankingWorkbook } from '../src/excel/ranking-workbook.js';
import { compilePlan, evaluate, rankUnits, scoreRounds, type CriteriaSet } from '../src/index.js';
import type { Assessment } from '../src/schema/assessment.js';
import { heapAfterGc } from './measure.js';

const MB = 1024 * 1024;

export interface WorkbookRun {
  readonly units: number;
  readonly seconds: number;
  readonly peakRssMB: number;
  readonly bytes: number;
}

/** Scores and ranks `units` (untimed), then times building the workbook and writing it to a buffer, sampling RSS every 20 ms. */
export async function benchRankingWorkbook(set: CriteriaSet, units: readonly Assessment[]): Promise<WorkbookRun> {
  const plan = compilePlan(set);
  const ranking = rankUnits(units.map((a) => ({ evaluation: evaluate(plan, a) })));
  const reports = units.map((a) => scoreRounds(set, a));
  heapAfterGc();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const start = performance.now();
  const buffer = await rankingWorkbook(ranking, reports, { sets: [set], produced: '2026-01-15' }).xlsx.writeBuffer();
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { units: units.length, seconds, peakRssMB: peak / MB, bytes: buffer.byteLength };
}
