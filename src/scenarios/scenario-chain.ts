/** Chaining: a scenario `basedOn` another is the other applied first; the chain, root first. */
import type { Issue } from '../errors.js';
import type { Scenario } from '../schema/scenario.js';
import { reporter, type ScenarioFiles } from './scenario-issues.js';

/**
 * The scenarios to apply for `scenario`, the base of the chain first; an unknown base or a cycle is an error.
 * @example scenarioChain(b, [a, b]).chain.map((s) => s.id) // ['a', 'b'] when b is basedOn a
 */
export function scenarioChain(scenario: Scenario, scenarios: readonly Scenario[], files?: ScenarioFiles): { chain: Scenario[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const byId = new Map<string, Scenario>();
  for (const s of scenarios) {
    const seen = byId.get(s.id);
    if (seen !== undefined && seen !== s) reporter(s, issues, files)(['id'], 'DUPLICATE_SCENARIO', `two scenarios have the id "${s.id}"; give each its own`);
    byId.set(s.id, s);
  }
  const chain: Scenario[] = [scenario];
  for (let s = scenario; s.basedOn !== undefined; ) {
    const base = byId.get(s.basedOn);
    const report = reporter(s, issues, files);
    if (base === undefined) {
      report(['basedOn'], 'UNKNOWN_SCENARIO', `scenario "${s.id}" is based on "${s.basedOn}", which was not given${byId.size > 0 ? ` (given: ${[...byId.keys()].join(', ')})` : ''}`);
      break;
    }
    if (chain.includes(base)) {
      report(['basedOn'], 'SCENARIO_CYCLE', `scenarios based on each other in a cycle: ${[...chain].reverse().map((x) => x.id).join(' → ')} → ${base.id}`);
      break;
    }
    chain.unshift(base);
    s = base;
  }
  return { chain, issues };
}
