/** `tsx bench/profile.ts [n]`: time compact evaluation alone, for profiling (node --cpu-prof). */
import { checkCriteriaSet, compilePlan, evaluate, formatIssues } from '../src/index.js';
import { generateSet } from './generate-set.js';
import { generateUnits } from './generate-units.js';

const bench = generateSet(20251);
const checked = checkCriteriaSet(bench.input);
if (!checked.ok) throw new Error(formatIssues(checked.issues));
const plan = compilePlan(checked.value);
const units = generateUnits(bench, Number(process.argv[2] ?? 10_000), 20252);
for (let round = 0; round < Number(process.argv[3] ?? 3); round++) {
  const t = performance.now();
  let complete = 0;
  for (const a of units) if (evaluate(plan, a).complete) complete++;
  const s = (performance.now() - t) / 1000;
  console.log(`round ${round}: ${Math.round(units.length / s)} scorings/s (${complete} complete)`);
}
