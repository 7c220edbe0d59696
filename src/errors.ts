/**
 * Errors are data. Bad input (criteria sets, assessments, spreadsheets) is
 * reported as a list of coded issues with a location; misuse of the API throws
 * a ParIndexError naming the function.
 */
import { z } from 'zod';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

/** One problem found in input data, with where it is. */
export const IssueSchema = z.object({
  code: z.string().describe('Stable machine-readable code, e.g. TIER_GAP'),
  severity: SeveritySchema,
  message: z.string(),
  file: z.string().optional(),
  path: z.string().describe('Location inside the document, e.g. nodes[2].rule.tiers[1]'),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
  nodeCode: z.string().optional().describe('Criteria row code the issue is about'),
});
export type Issue = z.infer<typeof IssueSchema>;

export type ErrorKind = 'invalid-data' | 'usage';

/** The only error type parindex throws. `issues` lists every problem found. */
export class ParIndexError extends Error {
  override readonly name = 'ParIndexError';
  readonly kind: ErrorKind;
  readonly issues: readonly Issue[];

  constructor(kind: ErrorKind, message: string, issues: readonly Issue[] = []) {
    super(message);
    this.kind = kind;
    this.issues = issues;
  }
}

/** Throws a usage error naming the public function that was misused. */
export function usageError(fn: string, message: string): ParIndexError {
  return new ParIndexError('usage', `${fn}: ${message}`);
}

/** Throws when `issues` contains errors; used by the `*OrThrow` helpers. */
export function dataError(what: string, issues: readonly Issue[]): ParIndexError {
  const errors = issues.filter((i) => i.severity === 'error');
  return new ParIndexError(
    'invalid-data',
    `${what}: ${errors.length} problem${errors.length === 1 ? '' : 's'}\n${formatIssues(errors)}`,
    issues,
  );
}

/**
 * A value as it appears in a message: JSON when it can be written as JSON,
 * otherwise a short description. Never throws (a bigint, a cycle, a getter
 * that throws), so reporting bad input cannot itself fail.
 * @example showValue('a') // '"a"'
 * @example showValue(10n) // '10n'
 */
export function showValue(v: unknown): string {
  if (typeof v === 'bigint') return `${v}n`;
  if (v === undefined || typeof v === 'function' || typeof v === 'symbol') return typeof v;
  try {
    const text = JSON.stringify(v, (_key, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x)) as string | undefined;
    if (text === undefined) return typeof v;
    return text.length > 200 ? `${text.slice(0, 200)}…` : text;
  } catch {
    return Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'a mapping' : typeof v;
  }
}

/** Formats an array path such as ['nodes', 2, 'rule'] as `nodes[2].rule`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(root)';
}

/**
 * One line per issue: `file:line:col: path: message [CODE]`.
 * @example formatIssue({code:'TIER_GAP', severity:'error', message:'gap', path:'nodes[0]'}) // 'nodes[0]: gap [TIER_GAP]'
 */
export function formatIssue(issue: Issue): string {
  let where = issue.file ?? '';
  if (issue.file !== undefined && issue.line !== undefined) {
    where += `:${issue.line}${issue.column !== undefined ? `:${issue.column}` : ''}`;
  }
  const prefix = where ? `${where}: ` : '';
  const level = issue.severity === 'error' ? '' : `${issue.severity}: `;
  return `${prefix}${issue.path}: ${level}${issue.message} [${issue.code}]`;
}

/** Formats issues one per line, errors first, in document order otherwise. */
export function formatIssues(issues: readonly Issue[]): string {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return [...issues]
    .sort((a, b) => rank[a.severity] - rank[b.severity])
    .map(formatIssue)
    .join('\n');
}

/** True when any issue is an error. */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
