/**
 * One bench task in a fresh process (`node --expose-gc dist/bench/task.js <workbook|import|montecarlo>`), so its
 * time and peak memory are its own, not inflated by the 100k-unit rows run before it. Prints one JSON line.
 */
import { checkCriteriaSet, formatIssues } from '../src/index.js';
import { generateSet } from './generate-set.js';
import { generateUnits } from './generate-units.js';
import { benchImportTemplates } from './import-templates.js';
import { benchMonteCarlo } from './monte-carlo.js';
import { benchRankingWorkbook } from './ranking-workbook.js';

const SEED = 20251;
const bench = generateSet(SEED);
const checked = checkCriteriaSet(bench.input);
if (!checked.ok) throw new Error(formatIssues(checked.issues));
const set = checked.value;

const tasks: Record<string, () => Promise<object> | object> = {
  workbook: () => benchRankingWorkbook(set, generateUnits(bench, 150, SEED + 150)),
  import: () => benchImportTemplates(set, generateUnits(bench, 150, SEED + 151)),
  montecarlo: () => benchMonteCarlo(set, generateUnits(bench, 100, SEED + 100)),
};
const name = process.argv[2] ?? '';
const task = tasks[name];
if (!task) throw new Error(`bench task must be one of ${Object.keys(tasks).join(', ')}, got "${name}"`);
const result = await task();
// maxRSS is in kilobytes: the whole process's peak, which here is the task's.
console.log(JSON.stringify({ ...result, processPeakRssMB: process.resourceUsage().maxRSS / 1024 }));
