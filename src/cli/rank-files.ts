/** `parindex rank` inputs: folders expanded to assessment files, each file loaded and matched to a criteria set. */
import { parse } from 'yaml';
import { locateIssues, parseAssessment, type Assessment, type CriteriaSet, type Issue } from '../index.js';
import type { Io } from './io.js';

const DATA_FILE = /\.(ya?ml|json)$/i;
const MAYBE_CRITERIA = /^\s*(nodes|extends)\s*:|["'](nodes|extends)["']\s*:/m;

/** One assessment file: its text and either the assessment with its set, or the issues that stop it. */
export type LoadedUnit =
  | { readonly file: string; readonly text: string; readonly ok: true; readonly assessment: Assessment; readonly set: CriteriaSet }
  | { readonly file: string; readonly ok: false; readonly issues: readonly Issue[] };

/** True for a criteria set or an edition (a top-level `nodes` or `extends`), which a folder may hold beside assessments. */
export function isCriteriaFile(text: string): boolean {
  // Assessments never hold these keys: skip the full parse for them (it is most of the cost of loading a file).
  if (!MAYBE_CRITERIA.test(text)) return false;
  try {
    const data: unknown = parse(text);
    return typeof data === 'object' && data !== null && ('nodes' in data || 'extends' in data);
  } catch {
    return false; // Not parseable: loading it as an assessment reports why.
  }
}

/**
 * Splits `--criteria a.yaml b.yaml folder`: the variadic option also takes the assessments after the sets,
 * so the sets end at the first folder or file that is not a criteria set or edition.
 */
export function splitPaths(criteria: readonly string[], rest: readonly string[], io: Io): { criteria: string[]; assessments: string[] } {
  const first = criteria.findIndex((p) => io.listDir?.(p) !== undefined || !isCriteriaFile(io.readText(p, 'file')));
  if (first <= 0) return { criteria: [...criteria], assessments: [...rest] };
  return { criteria: criteria.slice(0, first), assessments: [...criteria.slice(first), ...rest] };
}

/**
 * The assessment files named by `paths`: a file as given, a folder's *.yaml/*.yml/*.json in name order.
 * Criteria files found in a folder are skipped; one given by name is loaded (and reported) as an assessment.
 */
export function expandInputs(paths: readonly string[], io: Io): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  for (const path of paths) {
    const listed = io.listDir?.(path);
    if (listed === undefined) {
      out.push({ file: path, text: io.readText(path, 'assessment file') });
      continue;
    }
    for (const file of listed.filter((f) => DATA_FILE.test(f))) {
      const text = io.readText(file, 'assessment file');
      if (!isCriteriaFile(text)) out.push({ file, text });
    }
  }
  return out;
}

/** Loads one assessment and finds its set by `criteriaSet.id` (and `version` when given). */
export function loadUnit(file: string, text: string, sets: readonly CriteriaSet[]): LoadedUnit {
  const loaded = parseAssessment(text, { file });
  if (!loaded.ok) return { file, ok: false, issues: loaded.issues.filter((i) => i.severity === 'error') };
  const ref = loaded.value.criteriaSet;
  const matches = sets.filter((s) => s.id === ref.id && (ref.version === undefined || s.version === ref.version));
  const wanted = `${ref.id}${ref.version === undefined ? '' : ` version ${ref.version}`}`;
  const given = sets.map((s) => `${s.id}@${s.version}`).join(', ');
  let problem: Issue | undefined;
  if (matches.length === 0) problem = issue(file, 'UNKNOWN_SET', `no criteria set ${wanted} was given with --criteria (given: ${given}); add its file`);
  else if (matches.length > 1) problem = issue(file, 'AMBIGUOUS_SET', `several criteria sets match ${wanted} (${matches.map((s) => s.version).join(', ')}); name the version in criteriaSet.version`);
  if (problem) return { file, ok: false, issues: locateIssues([problem], text, file) };
  return { file, text, ok: true, assessment: loaded.value, set: matches[0]! };
}

function issue(file: string, code: string, message: string): Issue {
  return { code, severity: 'error', path: 'criteriaSet.id', message, file };
}
