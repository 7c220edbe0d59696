/** Loading a plan file (YAML/JSON task table) with every problem reported at once, due times included. */
import { hasErrors, type Issue } from '../errors.js';
import { loadOptions, requireText } from '../load/options.js';
import { parseSource, placeIssues, type ParsedSource } from '../load/source.js';
import { fromZod, PARSE_OPTIONS, type PathIssue } from '../load/zod-issues.js';
import type { Loaded } from '../load/criteria.js';
import { PlanFile } from '../schema/plan.js';
import { parseDueTime } from './parse-due-time.js';

export interface PlanLoadOptions {
  /** Name shown in issues, e.g. `examples/plans/khanh-hoa-2025.yaml`. */
  file?: string;
}

/**
 * Parses and validates a plan file: its shape, unique task ids and that every due time reads.
 * @example parsePlan(text, { file: 'examples/plans/khanh-hoa-2025.yaml' }).ok // true
 */
export function parsePlan(text: string, options: PlanLoadOptions = {}): Loaded<PlanFile> {
  const opts = loadOptions('parsePlan', options);
  const src = parseSource(requireText('parsePlan', text), opts.file);
  if (hasErrors(src.issues)) return { ok: false, issues: src.issues };
  return check(src.data, src, opts.file, src.issues);
}

/**
 * Validates a plan given as data (built in code or read from a database).
 * @example checkPlan({ id: 'x' }).ok // false
 */
export function checkPlan(data: unknown, options: PlanLoadOptions = {}): Loaded<PlanFile> {
  return check(data, NO_SOURCE, loadOptions('checkPlan', options).file, []);
}

const NO_SOURCE: ParsedSource = { data: undefined, issues: [], locate: () => undefined };

function check(data: unknown, src: ParsedSource, file: string | undefined, earlier: Issue[]): Loaded<PlanFile> {
  const parsed = PlanFile.safeParse(data, PARSE_OPTIONS);
  if (!parsed.success) return { ok: false, issues: [...earlier, ...placeIssues(fromZod(parsed.error), src, file)] };
  const issues = [...earlier, ...placeIssues(planProblems(parsed.data), src, file)];
  return hasErrors(issues) ? { ok: false, issues } : { ok: true, value: parsed.data, issues };
}

/** Duplicate task ids and due times that do not read. */
function planProblems(plan: PlanFile): PathIssue[] {
  const out: PathIssue[] = [];
  const seen = new Set<string>();
  plan.tasks.forEach((task, i) => {
    if (seen.has(task.id)) {
      out.push({ path: ['tasks', i, 'id'], issue: { code: 'DUPLICATE_TASK_ID', severity: 'error', message: `task id "${task.id}" is used by an earlier task; ids must be unique` } });
    }
    seen.add(task.id);
    const due = parseDueTime(task.due, { year: plan.year });
    for (const { path: _path, ...issue } of due.issues) out.push({ path: ['tasks', i, 'due'], issue });
  });
  return out;
}
