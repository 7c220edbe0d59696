/** Loading assessments from YAML/JSON text or from data. */
import { stringify } from 'yaml';
import { hasErrors } from '../errors.js';
import { Assessment } from '../schema/assessment.js';
import type { Loaded, LoadOptions } from './criteria.js';
import { loadOptions, requireText } from './options.js';
import { parseSource, placeIssues, type ParsedSource } from './source.js';
import { fromZod, PARSE_OPTIONS } from './zod-issues.js';
import { markChecked } from './checked.js';

/** Parses and checks the shape of an assessment; what it means for a set is checked when scoring. */
export function parseAssessment(text: string, options: Pick<LoadOptions, 'file'> = {}): Loaded<Assessment> {
  options = loadOptions('parseAssessment', options);
  const src = parseSource(requireText('parseAssessment', text), options.file);
  if (hasErrors(src.issues)) return { ok: false, issues: src.issues };
  return check(src.data, src, options.file);
}

/** Checks an assessment given as data. */
export function checkAssessment(data: unknown, options: Pick<LoadOptions, 'file'> = {}): Loaded<Assessment> {
  options = loadOptions('checkAssessment', options);
  return check(data, { data, issues: [], locate: () => undefined }, options.file);
}

function check(data: unknown, src: ParsedSource, file: string | undefined): Loaded<Assessment> {
  const parsed = Assessment.safeParse(data, PARSE_OPTIONS);
  if (!parsed.success) return { ok: false, issues: [...src.issues, ...placeIssues(fromZod(parsed.error), src, file)] };
  return { ok: true, value: markChecked(parsed.data), issues: src.issues };
}

/** Writes an assessment as YAML (default) or JSON. */
export function serializeAssessment(a: Assessment, format: 'yaml' | 'json' = 'yaml'): string {
  return format === 'json' ? `${JSON.stringify(a, null, 2)}\n` : stringify(a, { lineWidth: 0 });
}
