/** Bench row: importing 150 filled unit templates (xlsx bytes → assessments, totals recomputed); time and peak RSS. */
import { performance } from 'node:perf_hooks';
import { importFilled } from '../src/excel/import-filled.js';
import { unitTemplate } from '../src/excel/template.js';
import type { CriteriaSet } from '../src/index.js';
import type { Assessment } from '../src/schema/assessment.js';
import { heapAfterGc } from './measure.js';

const MB = 1024 * 1024;

export interface ImportRun {
  readonly files: number;
  readonly seconds: number;
  readonly peakRssMB: number;
  readonly bytes: number;
}

/** Writes one self-assessment template per unit (untimed), then times importing them all, sampling RSS every 20 ms. */
export async function benchImportTemplates(set: CriteriaSet, units: readonly Assessment[]): Promise<ImportRun> {
  const files: Uint8Array[] = [];
  for (const a of units) files.push(new Uint8Array(await unitTemplate(set, a, { round: 'self', produced: '2026-01-15' }).xlsx.writeBuffer()));
  heapAfterGc();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const start = performance.now();
  let failed = 0;
  for (const [k, bytes] of files.entries()) {
    const result = await importFilled(bytes, { set, base: units[k]! });
    if (!result.ok) failed++;
  }
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  if (failed > 0) throw new Error(`${failed} of ${files.length} templates did not import`);
  return { files: files.length, seconds, peakRssMB: peak / MB, bytes: files.reduce((s, f) => s + f.byteLength, 0) };
}
