/** Loading criteria sets from YAML/JSON text or from data, with every problem reported at once. */
import { stringify } from 'yaml';
import { hasErrors, type Issue } from '../errors.js';
import { validateCriteriaSet } from '../engine/validate.js';
import { RuleRegistry } from '../rules/registry.js';
import { CriteriaSet } from '../schema/criteria-set.js';
import { loadOptions, requireText } from './options.js';
import { parseSource, placeIssues, type ParsedSource } from './source.js';
import { fromZod, PARSE_OPTIONS, type PathIssue } from './zod-issues.js';

/** The outcome of loading: the value when there is no error, and every issue found. */
export type Loaded<T> = { ok: true; value: T; issues: Issue[] } | { ok: false; issues: Issue[] };

export interface LoadOptions {
  /** Name shown in issues, e.g. `criteria/x.yaml`. */
  file?: string;
  /** Rule kinds allowed; defaults to the built-in ones. */
  rules?: RuleRegistry;
}

/**
 * Parses and validates a criteria set from YAML or JSON text.
 * @example parseCriteriaSet(text, { file: 'criteria/so.yaml' })
 */
export function parseCriteriaSet(text: string, options: LoadOptions = {}): Loaded<CriteriaSet> {
  options = loadOptions('parseCriteriaSet', options);
  const src = parseSource(requireText('parseCriteriaSet', text), options.file);
  if (hasErrors(src.issues)) return { ok: false, issues: src.issues };
  return checkWith(src.data, src, options, src.issues);
}

/** Validates a criteria set given as data (e.g. built in code or read from a database). */
export function checkCriteriaSet(data: unknown, options: LoadOptions = {}): Loaded<CriteriaSet> {
  return checkWith(data, undefined, loadOptions('checkCriteriaSet', options), []);
}

function checkWith(data: unknown, src: ParsedSource | undefined, options: LoadOptions, earlier: Issue[]): Loaded<CriteriaSet> {
  const place = (items: PathIssue[]) => (src ? placeIssues(items, src, options.file) : placeIssues(items, NO_SOURCE, options.file));
  const parsed = CriteriaSet.safeParse(data, PARSE_OPTIONS);
  if (!parsed.success) return { ok: false, issues: [...earlier, ...place(fromZod(parsed.error))] };
  const issues = [...earlier, ...place(validateCriteriaSet(parsed.data, options.rules ?? RuleRegistry.builtIn()))];
  return hasErrors(issues) ? { ok: false, issues } : { ok: true, value: parsed.data, issues };
}

const NO_SOURCE: ParsedSource = { data: undefined, issues: [], locate: () => undefined };

/**
 * Writes a criteria set as YAML (default) or JSON; parsing the text gives the same set back.
 * @example serializeCriteriaSet(set, 'json')
 */
export function serializeCriteriaSet(set: CriteriaSet, format: 'yaml' | 'json' = 'yaml'): string {
  return format === 'json' ? `${JSON.stringify(set, null, 2)}\n` : stringify(set, { lineWidth: 0 });
}
