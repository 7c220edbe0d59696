/** Loading a what-if scenario from YAML/JSON text or from data, every problem reported at once with its line. */
import { hasErrors } from '../errors.js';
import type { Loaded, LoadOptions } from '../load/criteria.js';
import { loadOptions, requireText } from '../load/options.js';
import { parseSource, placeIssues, type ParsedSource } from '../load/source.js';
import { fromZod, PARSE_OPTIONS } from '../load/zod-issues.js';
import { markChecked } from '../load/checked.js';
import { Scenario } from '../schema/scenario.js';

/**
 * Parses and checks the shape of a scenario; what it names is checked when it is applied.
 * @example parseScenario('id: pay70\nmetrics: { onlinePaymentRate: { set: "70" } }', { file: 'pay70.yaml' }).ok // true
 */
export function parseScenario(text: string, options: Pick<LoadOptions, 'file'> = {}): Loaded<Scenario> {
  options = loadOptions('parseScenario', options);
  const src = parseSource(requireText('parseScenario', text), options.file);
  if (hasErrors(src.issues)) return { ok: false, issues: src.issues };
  return check(src.data, src, options.file);
}

/**
 * Checks a scenario given as data (e.g. built in code).
 * @example checkScenario({ id: 'pay70', metrics: { onlinePaymentRate: { add: '10' } } }).ok // true
 */
export function checkScenario(data: unknown, options: Pick<LoadOptions, 'file'> = {}): Loaded<Scenario> {
  options = loadOptions('checkScenario', options);
  return check(data, { data, issues: [], locate: () => undefined }, options.file);
}

function check(data: unknown, src: ParsedSource, file: string | undefined): Loaded<Scenario> {
  const parsed = Scenario.safeParse(data, PARSE_OPTIONS);
  if (!parsed.success) return { ok: false, issues: [...src.issues, ...placeIssues(fromZod(parsed.error), src, file)] };
  return { ok: true, value: markChecked(parsed.data), issues: src.issues };
}
