/**
 * Assessments for the bench set, built directly in the shape `checkAssessment`
 * returns (a sample is checked by run.ts). Values come from small pools of
 * strings, so 100k units fit in memory; the engine still parses each value.
 */
import type { Assessment, MetricEntry } from '../src/schema/assessment.js';
import type { BenchSet, MetricPlan } from './generate-set.js';
import { Random } from './random.js';

const YEAR = 2025;
const RATES = Array.from({ length: 6001 }, (_, i) => (40 + i / 100).toFixed(2).replace(/\.?0+$/, ''));
const SCORES = Array.from({ length: 101 }, (_, i) => (i / 10).toString());
const LEVELS = ['province', 'province', 'province', 'province', 'province', 'province', 'province', 'district', 'district', 'commune'];

const dates = new Map<string, string[]>();
/** Dates from 40 days before to 40 days after a due day of YEAR. */
function datesAround(p: Extract<MetricPlan, { fill: 'date' }>): string[] {
  const key = `${p.month}-${p.day}-${p.yearOffset}`;
  let list = dates.get(key);
  if (!list) {
    list = Array.from({ length: 81 }, (_, k) => new Date(Date.UTC(YEAR + p.yearOffset, p.month - 1, p.day + k - 40)).toISOString().slice(0, 10));
    dates.set(key, list);
  }
  return list;
}

function value(p: MetricPlan, rnd: Random, metrics: Record<string, MetricEntry>): MetricEntry {
  switch (p.fill) {
    case 'rate':
      return RATES[Math.floor(Math.sqrt(rnd.next()) * (RATES.length - 1))]!;
    case 'bool':
      return rnd.chance(0.85);
    case 'score10':
      return SCORES[rnd.int(40, 100)]!;
    case 'count':
      return rnd.chance(0.05) ? 0 : rnd.int(1, 3000);
    case 'numerator':
      return Math.floor(Number(metrics[p.of]) * (0.7 + 0.3 * rnd.next()));
    case 'date': {
      if (rnd.chance(0.03)) return null;
      const list = datesAround(p);
      // Mostly on time: the index is skewed towards the early side.
      return list[Math.min(list.length - 1, Math.floor(rnd.next() ** 1.5 * 60))]!;
    }
  }
}

/** `n` complete assessments for the bench set. */
export function generateUnits(bench: BenchSet, n: number, seed: number): Assessment[] {
  const rnd = new Random(seed);
  const out: Assessment[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const metrics: Record<string, MetricEntry> = {};
    for (const p of bench.metrics) metrics[p.id] = value(p, rnd, metrics);
    metrics['initiatives'] = rnd.int(0, 3);
    metrics['violations'] = rnd.chance(0.8) ? 0 : rnd.int(1, 5);
    const points: Record<string, string> = {};
    for (const m of bench.manualCodes) points[m.code] = String(rnd.int(0, m.quarters) / 4);
    const notApplicable: Record<string, string> = {};
    if (rnd.chance(0.1) && bench.naCodes.length > 0) notApplicable[rnd.pick(bench.naCodes)] = 'không phát sinh';
    out[i] = {
      schemaVersion: 1,
      criteriaSet: { id: bench.input.id, version: '1' },
      unit: { id: `u${i}`, name: `Đơn vị ${i}`, level: rnd.pick(LEVELS) },
      year: YEAR,
      metrics,
      points,
      notApplicable,
      evidence: {},
      reports: {},
    };
  }
  return out;
}
