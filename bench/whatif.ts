/** One what-if on one unit: apply a scenario, score baseline and scenario, diff them. Timed per call, p50 and p90. */
import { performance } from 'node:perf_hooks';
import { checkAssessment, checkScenario, compareScenarios, formatIssues, type Assessment, type CriteriaSet } from '../src/index.js';

export interface WhatifTiming {
  readonly calls: number;
  readonly p50ms: number;
  readonly p90ms: number;
  readonly changedRows: number;
}

/** A scenario moving the first numeric metric the unit gives (a percent up by 5, else a count up by 1). */
function scenarioFor(set: CriteriaSet, unit: Assessment) {
  const [metric, def] = Object.entries(set.metrics).find(([id, d]) => (d.unit === 'percent' || d.unit === 'count') && typeof unit.metrics[id] !== 'object') ?? [];
  if (metric === undefined || def === undefined) throw new Error('bench set has no numeric metric');
  const r = checkScenario({ id: 'bench', metrics: { [metric]: def.unit === 'percent' ? { subtract: '5' } : { add: '1' } } });
  if (!r.ok) throw new Error(formatIssues(r.issues));
  return r.value;
}

/** Times `calls` what-ifs (after a warm-up) on the first unit. */
export function measureWhatif(set: CriteriaSet, units: readonly Assessment[], calls = 2_000): WhatifTiming {
  // Loaded as the CLI and apps load it (checkAssessment), so it is not checked again per call.
  const loaded = checkAssessment(units[0]!);
  if (!loaded.ok) throw new Error(formatIssues(loaded.issues));
  const unit = loaded.value;
  const scenario = scenarioFor(set, unit);
  const run = () => {
    const r = compareScenarios(set, unit, [scenario]);
    if (!r.ok) throw new Error(formatIssues(r.issues));
    return r.value.scenarios[0]!.units[0]!.rows.length;
  };
  for (let k = 0; k < 200; k++) run();
  const times: number[] = [];
  let changedRows = 0;
  for (let k = 0; k < calls; k++) {
    const t0 = performance.now();
    changedRows = run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { calls, p50ms: times[Math.floor(calls / 2)]!, p90ms: times[Math.floor(calls * 0.9)]!, changedRows };
}
