/** Issues from a scored row: its missing and invalid inputs, or a row scored 0 by policy. */
import { formatPath, type Issue } from '../errors.js';
import type { EvaluateOptions } from './evaluate.js';
import type { RowEnv } from './row-env.js';

/** Trace note on a row scored 0 because an input was missing. */
export const ZERO_POLICY_NOTE = 'scored 0 because an input is missing (policy missingInput: zero)';

function pathOf(code: string, metric: string): string {
  if (metric.startsWith('points.')) return formatPath(['points', code]);
  if (metric.startsWith('rounds.')) return formatPath([...metric.split('.'), code]);
  return formatPath(['metrics', metric]);
}

export function rowIssues(code: string, env: RowEnv, options: EvaluateOptions): Issue[] {
  const base = { nodeCode: code, ...(options.file !== undefined && { file: options.file }) };
  const out: Issue[] = [];
  for (const p of env.problems ?? []) {
    out.push({ ...base, code: p.code, severity: 'error', path: p.metric === undefined ? 'metrics' : pathOf(code, p.metric), message: `row ${code}: ${p.message}` });
  }
  if (out.length > 0) return out;
  const zero = options.missingInput === 'zero';
  for (const m of env.missingInputs ?? []) {
    const what = m.startsWith('points.') ? 'points entered by an assessor' : `metric "${m}"`;
    out.push(
      zero
        ? { ...base, code: 'INPUT_MISSING_SCORED_ZERO', severity: 'warning', path: pathOf(code, m), message: `row ${code} scored 0: no ${what} (policy missingInput: zero)` }
        : { ...base, code: 'INPUT_MISSING', severity: 'error', path: pathOf(code, m), message: `row ${code} needs ${what}` },
    );
  }
  return out;
}
