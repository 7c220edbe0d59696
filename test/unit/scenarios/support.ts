/** The example set and units the scenario tests start from, and a deep freeze to prove purity. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { formatIssues, parseAssessment, parseCriteriaSet, parseScenario, type Assessment, type CriteriaSet, type Scenario, type ScenarioInput } from '../../../src/index.js';
import { checkScenario } from '../../../src/scenarios/parse-scenario.js';

export const SET_FILE = 'examples/example-department-2025.yaml';
export const UNIT_FILE = 'examples/so-tu-phap-2025.yaml';
export const ROUNDS_FILE = 'examples/rounds/so-tu-phap-2025-appraised.yaml';

export function loadSet(file = SET_FILE): CriteriaSet {
  const r = parseCriteriaSet(readFileSync(file, 'utf8'), { file });
  if (!r.ok) expect.fail(formatIssues(r.issues));
  return r.value;
}

export function loadUnit(file = UNIT_FILE): Assessment {
  const r = parseAssessment(readFileSync(file, 'utf8'), { file });
  if (!r.ok) expect.fail(formatIssues(r.issues));
  return r.value;
}

export function loadScenario(file: string): Scenario {
  const r = parseScenario(readFileSync(file, 'utf8'), { file });
  if (!r.ok) expect.fail(formatIssues(r.issues));
  return r.value;
}

/** A scenario built in code, checked. */
export function scenario(input: ScenarioInput): Scenario {
  const r = checkScenario(input);
  if (!r.ok) expect.fail(formatIssues(r.issues));
  return r.value;
}

/** Freezes an object and everything it holds, so any write throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
