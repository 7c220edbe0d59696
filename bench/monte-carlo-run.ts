/** `node dist/bench/monte-carlo-run.js`: only the target-seeking and Monte Carlo rows of `npm run bench`. */
import { checkCriteriaSet, formatIssues } from '../src/index.js';
import { generateSet } from './generate-set.js';
import { generateUnits } from './generate-units.js';
import { benchMonteCarlo } from './monte-carlo.js';
import { benchTarget } from './target.js';

const SEED = 20251;
const bench = generateSet(SEED);
const checked = checkCriteriaSet(bench.input);
if (!checked.ok) throw new Error(formatIssues(checked.issues));
const units = generateUnits(bench, 100, SEED + 100);
const t = benchTarget(checked.value, units);
console.log(`target seeking, 100-leaf unit, ${t.levers} default levers, target index ${t.plan.target.value}: p50 ${t.p50ms.toFixed(1)} ms, max ${t.maxms.toFixed(1)} ms over ${t.runs} runs; ${t.plan.status}, ${t.plan.changes.length} changes, cost ${t.plan.totalCost}, ${t.plan.baseline.index} → ${t.plan.result.index}`);
const mc = benchMonteCarlo(checked.value, units);
console.log(`Monte Carlo ${mc.draws.toLocaleString('en')} draws × ${mc.units} units × ${mc.metrics} uncertain metrics: ${mc.seconds.toFixed(2)} s wall (${mc.cpuSeconds.toFixed(2)} s CPU), peak RSS ${mc.peakRssMB.toFixed(0)} MB, ${mc.incrementalUnits}/${mc.units} units incremental; goal < 5 s: ${mc.seconds < 5 ? 'met' : 'MISSED'}`);
