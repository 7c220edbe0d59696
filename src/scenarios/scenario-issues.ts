/** Issues about a scenario: at a path inside the scenario, in the file it came from when known. */
import { formatPath, type Issue } from '../errors.js';
import type { Scenario } from '../schema/scenario.js';

/** Pushes an issue about a path of one scenario. */
export type Report = (path: readonly PropertyKey[], code: string, message: string, nodeCode?: string) => void;

/** Files the scenarios were read from, by scenario id, so issues name them. */
export type ScenarioFiles = Readonly<Record<string, string>>;

/**
 * A reporter for `scenario` that appends to `issues`.
 * @example reporter(s, issues, { pay70: 'pay70.yaml' })(['metrics', 'x'], 'UNKNOWN_METRIC', 'no metric x')
 */
export function reporter(scenario: Pick<Scenario, 'id'>, issues: Issue[], files: ScenarioFiles | undefined): Report {
  const file = files !== undefined && Object.hasOwn(files, scenario.id) ? files[scenario.id] : undefined;
  return (path, code, message, nodeCode) =>
    issues.push({ code, severity: 'error', message, path: formatPath(path), ...(file !== undefined && { file }), ...(nodeCode !== undefined && { nodeCode }) });
}
